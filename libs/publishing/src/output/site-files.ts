import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';

/*
 * A rebuild writes tens of thousands of small files: fs's callback functions cost less per call
 * than fs/promises (no FileHandle per file), and a counter names temp files without randomness.
 */
const writeBytes = promisify(fs.writeFile);
const renameFile = promisify(fs.rename);
let tempFiles = 0;
import { crashPoint, simulatedDiskFull } from '@zhanqun/shared';

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

  async write(path: string, body: string | Buffer): Promise<void> {
    const target = this.resolve(path);
    const dir = dirname(target);
    if (!this.madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    const temp = join(dir, `.${process.pid}-${++tempFiles}.tmp`);
    try {
      simulatedDiskFull();
      await writeBytes(temp, body);
      await renameFile(temp, target);
      crashPoint('render.after-write');
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async remove(path: string): Promise<void> {
    await rm(this.resolve(path), { force: true });
  }
}

/** Writes a file of the publish root itself (hosts.json, platform pages) atomically. */
export async function writeAtomically(target: string, body: string | Buffer): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temp, body);
  await rename(temp, target);
}
