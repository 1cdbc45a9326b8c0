import { readFileSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { contentType, isCompressible } from './mime-types';

export interface CachedFile {
  body: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
  type: string;
  etag: string;
  lastModified: string;
  mtimeMs: number;
}

type Lookup = { kind: 'file'; file: CachedFile } | { kind: 'directory' } | { kind: 'missing' };

interface Entry extends CachedFile {
  ino: number;
  size: number;
  bytes: number;
}

/**
 * Files in memory with their compressed variants, made once. A stat per request keeps them
 * fresh: the publisher replaces files by rename, so a new inode, size or mtime means new
 * content. Bounded by total bytes, least recently used out first.
 */
export class FileCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  lookup(absolute: string, root: string): Lookup {
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      return { kind: 'missing' };
    }
    if (stat.isDirectory()) return { kind: 'directory' };
    if (!stat.isFile()) return { kind: 'missing' };
    const cached = this.entries.get(absolute);
    if (cached && cached.ino === stat.ino && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) {
      this.entries.delete(absolute); // re-insert: most recently used last
      this.entries.set(absolute, cached);
      return { kind: 'file', file: cached };
    }
    // A symlink inside the site must not lead outside it.
    if (!realpathSync(absolute).startsWith(realpathSync(root) + sep)) return { kind: 'missing' };
    const entry = this.load(absolute, stat.ino, stat.size, stat.mtimeMs);
    this.store(absolute, entry);
    return { kind: 'file', file: entry };
  }

  private load(absolute: string, ino: number, size: number, mtimeMs: number): Entry {
    const body = readFileSync(absolute);
    const compress = isCompressible(absolute) && body.length > 256;
    const gzip = compress ? gzipSync(body, { level: 6 }) : null;
    const br = compress ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : null;
    return {
      body,
      gzip,
      br,
      type: contentType(absolute),
      etag: `"${ino.toString(36)}-${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`,
      lastModified: new Date(mtimeMs).toUTCString(),
      mtimeMs,
      ino,
      size,
      bytes: body.length + (gzip?.length ?? 0) + (br?.length ?? 0),
    };
  }

  private store(key: string, entry: Entry): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.bytes -= previous.bytes;
      this.entries.delete(key);
    }
    if (entry.bytes > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.bytes;
    }
  }
}
