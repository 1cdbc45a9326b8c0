import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { crashPoint, simulatedDiskFull } from '@zhanqun/shared';
import { writeFileAtomically } from './atomic-file';

/**
 * The output folder of one site under PUBLISH_ROOT/sites/<code>. Files are written to a temp
 * name and renamed into place, so a reader (or a crash) never sees a torn page.
 */
export class SiteFiles {
  readonly root: string;
  private readonly madeDirs = new Set<string>();

  constructor(publishRoot: string, siteCode: string) {
    this.root = join(publishRoot, 'sites', siteCode);
  }

  /** Absolute path of a site-relative path; refuses anything that would leave the site's root. */
  resolve(path: string): string {
    const absolute = normalize(join(this.root, path));
    if (!absolute.startsWith(this.root + sep)) throw new Error(`Refusing to write outside the site root: ${path}`);
    return absolute;
  }

  /** Synchronous, as `writeFileAtomically` explains: one page at a time, between render turns. */
  write(path: string, body: string | Buffer): void {
    const target = this.resolve(path);
    const dir = dirname(target);
    if (!this.madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    simulatedDiskFull();
    writeFileAtomically(target, body);
    crashPoint('render.after-write');
  }

  remove(path: string): void {
    rmSync(this.resolve(path), { force: true });
  }
}
