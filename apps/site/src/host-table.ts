import { readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

export interface HostEntry {
  code: string;
  status: 'active' | 'suspended';
  primary: string;
}

/**
 * The host → site table the publisher writes to PUBLISH_ROOT/hosts.json. Reloaded when the file
 * changes (watch, with a 2 s stat fallback); a missing or broken file keeps the last good table.
 */
export class HostTable {
  private hosts = new Map<string, HostEntry>();
  private stamp = '';
  private readonly file: string;
  private watcher: FSWatcher | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(publishRoot: string) {
    this.file = join(publishRoot, 'hosts.json');
    this.reload();
    try {
      this.watcher = watch(publishRoot, (_, name) => {
        if (name === 'hosts.json') this.reload();
      });
      this.watcher.on('error', () => undefined);
    } catch {
      this.watcher = null; // the root may not exist yet; the timer covers it
    }
    this.timer = setInterval(() => this.reload(), 2000);
    this.timer.unref();
  }

  lookup(host: string): HostEntry | undefined {
    return this.hosts.get(host);
  }

  reload(): void {
    try {
      const stat = statSync(this.file);
      const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
      if (stamp === this.stamp) return;
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as { hosts?: Record<string, HostEntry> };
      if (!parsed.hosts || typeof parsed.hosts !== 'object') return;
      this.hosts = new Map(Object.entries(parsed.hosts));
      this.stamp = stamp;
    } catch {
      // keep the last good table
    }
  }

  close(): void {
    this.watcher?.close();
    clearInterval(this.timer);
  }
}
