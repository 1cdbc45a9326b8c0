import { readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** One domain of hosts.json: the site it belongs to and that site's primary domain. */
export interface HostEntry {
  code: string;
  status: 'active' | 'suspended';
  primary: string;
}

/** A Host header split into a lower-case name (no trailing dot) and the port it named, if any. */
export interface RequestHost {
  host: string;
  port: string;
}

const NO_HOST: RequestHost = Object.freeze({ host: '', port: '' });

/**
 * Splits a Host header: `JYJ.Example.gov.cn:8080` → `{ host: 'jyj.example.gov.cn', port: '8080' }`.
 * An empty or malformed header yields host '' (which no site has).
 */
export function parseHostHeader(header: string | undefined): RequestHost {
  if (!header) return NO_HOST;
  let value = header.toLowerCase();
  let port = '';
  const colon = value.lastIndexOf(':');
  if (colon !== -1 && !value.endsWith(']')) {
    port = value.slice(colon + 1);
    value = value.slice(0, colon);
    if (!/^\d{1,5}$/.test(port)) return NO_HOST;
  }
  if (value.endsWith('.')) value = value.slice(0, -1);
  return { host: value, port };
}

/** Site codes name a folder under sites/: never anything that could climb out of it. */
const SITE_CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/** Parses the text of hosts.json; throws with a reason when it is not a valid host table. */
export function parseHostsFile(text: string): Map<string, HostEntry> {
  const parsed = JSON.parse(text) as { version?: unknown; hosts?: unknown };
  if (!parsed || typeof parsed !== 'object' || parsed.version !== 1) throw new Error('hosts.json: expected { "version": 1, ... }');
  if (!parsed.hosts || typeof parsed.hosts !== 'object' || Array.isArray(parsed.hosts)) {
    throw new Error('hosts.json: "hosts" must be an object');
  }
  const table = new Map<string, HostEntry>();
  for (const [name, raw] of Object.entries(parsed.hosts as Record<string, unknown>)) {
    const entry = raw as Partial<HostEntry> | null;
    if (
      !entry ||
      typeof entry.code !== 'string' ||
      !SITE_CODE.test(entry.code) ||
      (entry.status !== 'active' && entry.status !== 'suspended') ||
      typeof entry.primary !== 'string' ||
      !entry.primary
    ) {
      continue; // one bad row must not take every other site offline
    }
    const host = parseHostHeader(name).host;
    if (host) table.set(host, Object.freeze({ code: entry.code, status: entry.status, primary: entry.primary.toLowerCase() }));
  }
  return table;
}

export interface HostTableOptions {
  /** Interval of the stat fallback, in ms (default 2000). */
  pollMs?: number;
  /** Told once per broken version of the file; the last good table stays in use. */
  onInvalid?: (error: Error) => void;
}

/**
 * The host → site table the publisher writes to PUBLISH_ROOT/hosts.json (atomically, by
 * rename). Reloaded when the file changes: fs.watch on the directory, plus a periodic stat in
 * case the watch misses an event or the directory is replaced. A missing or broken file keeps
 * the last good table.
 */
export class HostTable {
  private hosts = new Map<string, HostEntry>();
  /** inode, size and mtime of the file last read (good or bad): an unchanged file is not read again. */
  private stamp = '';
  private readonly file: string;
  private watcher: FSWatcher | null = null;
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly publishRoot: string,
    private readonly options: HostTableOptions = {},
  ) {
    this.file = join(publishRoot, 'hosts.json');
    this.reload();
    this.watch();
    this.timer = setInterval(() => {
      if (!this.watcher) this.watch();
      this.reload();
    }, options.pollMs ?? 2000);
    this.timer.unref();
  }

  lookup(host: string): HostEntry | undefined {
    return this.hosts.get(host);
  }

  get size(): number {
    return this.hosts.size;
  }

  /** Re-reads hosts.json if it changed since the last read. */
  reload(): void {
    let stamp: string;
    try {
      const stat = statSync(this.file);
      stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      return; // briefly missing: keep the last good table
    }
    if (stamp === this.stamp) return;
    this.stamp = stamp;
    try {
      this.hosts = parseHostsFile(readFileSync(this.file, 'utf8'));
    } catch (error) {
      this.options.onInvalid?.(error as Error);
    }
  }

  close(): void {
    this.closed = true;
    this.watcher?.close();
    this.watcher = null;
    clearInterval(this.timer);
  }

  private watch(): void {
    if (this.closed) return;
    try {
      const watcher = watch(this.publishRoot, { persistent: false }, (_event, name) => {
        if (name === null || name === 'hosts.json') this.reload();
      });
      watcher.on('error', () => {
        watcher.close();
        if (this.watcher === watcher) this.watcher = null; // the timer sets up a new one
      });
      this.watcher = watcher;
    } catch {
      this.watcher = null; // the root may not exist yet; the timer retries
    }
  }
}
