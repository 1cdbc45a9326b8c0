import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';

/** The private store of uploads: MEDIA_ROOT/<siteId>/<public path>. Written atomically. */
export class MediaStorage {
  constructor(private readonly root: string) {}

  private resolve(siteId: number, path: string): string {
    const siteRoot = join(this.root, String(siteId));
    const absolute = normalize(join(siteRoot, path));
    if (!absolute.startsWith(siteRoot + sep)) throw new Error(`Refusing a media path outside the site's store: ${path}`);
    return absolute;
  }

  async write(siteId: number, path: string, content: Buffer): Promise<void> {
    const target = this.resolve(siteId, path);
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temp, content);
    await rename(temp, target);
  }

  read(siteId: number, path: string): Promise<Buffer> {
    return readFile(this.resolve(siteId, path));
  }

  async remove(siteId: number, path: string): Promise<void> {
    await rm(this.resolve(siteId, path), { force: true });
  }
}
