import { mkdir, readdir, rename, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { tempNameIn } from './atomic-file';
import type { HostsFile } from './hosts-writer';

/**
 * Keeps PUBLISH_ROOT/hosts/<host> → ../sites/<code> for the primary domain of every active
 * site, so nginx can serve pages with `root .../hosts/$host` and no reload. Aliases and
 * suspended sites get no link: nginx passes them to apps/site, which answers 301 or 503.
 * Several workers may run this at once (each writes the hosts table at start).
 */
export async function writeHostLinks(publishRoot: string, file: HostsFile): Promise<void> {
  const dir = join(publishRoot, 'hosts');
  await mkdir(dir, { recursive: true });
  const live = new Map(
    Object.entries(file.hosts)
      .filter(([host, entry]) => entry.primary === host && entry.status === 'active')
      .map(([host, entry]) => [host, entry.code]),
  );
  for (const [host, code] of live) {
    const temp = tempNameIn(dir);
    await symlink(join('..', 'sites', code), temp);
    await rename(temp, join(dir, host));
  }
  for (const name of await readdir(dir)) {
    // Dot names are another worker's links on their way in (temp + rename): not ours to remove.
    if (!live.has(name) && !name.startsWith('.')) await rm(join(dir, name), { force: true });
  }
}
