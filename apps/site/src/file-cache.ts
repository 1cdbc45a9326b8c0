import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { compress, type ContentCoding } from './compression';
import { mediaTypeOf, type MediaType } from './mime-types';

/** A file ready to send: its bytes (unless too large to keep), validators and compressed forms. */
export interface CachedFile {
  readonly path: string;
  readonly media: MediaType;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  /** Strong validator, the same in every process and on every machine serving the same bytes. */
  readonly etag: string;
  readonly lastModified: string;
  /** The whole file, or null when it is larger than the cache keeps (then it is streamed). */
  readonly body: Buffer | null;
  /** Compressed forms, made on first demand (undefined: not yet; null: not worth it). */
  br?: Buffer | null;
  gzip?: Buffer | null;
  /** Response header sets built once per entry by responses.ts. */
  readonly headers: Record<string, Readonly<Record<string, string | number>>>;
  /** Bytes charged to the cache for this entry. */
  bytes: number;
}

/** What a path names on disk: a file, a directory (to redirect to its slash form), or nothing servable. */
export type Lookup = CachedFile | 'directory' | null;

export interface FileCacheOptions {
  /** Upper bound of the bytes kept, bodies and compressed forms together (default 256 MiB). */
  maxBytes?: number;
  /** Files larger than this are streamed from disk and never kept (default: min(16 MiB, maxBytes / 8)). */
  maxFileBytes?: number;
}

/** Rough per-entry bookkeeping cost, so that many tiny files still count. */
const ENTRY_OVERHEAD = 512;

function isInside(path: string, root: string): boolean {
  try {
    const realRoot = realpathSync(root);
    const real = realpathSync(path);
    return real === realRoot || real.startsWith(realRoot + sep);
  } catch {
    return false;
  }
}

/**
 * Files in memory with their compressed forms, each made once. Every lookup costs one stat,
 * which keeps entries fresh: the publisher replaces files by rename, so a different inode, size
 * or mtime means different content and the entry is read again. Bounded by total bytes, least
 * recently used out first. Symlinks are followed only when they stay inside the site's root.
 */
export class FileCache {
  private readonly entries = new Map<string, CachedFile>();
  private total = 0;
  readonly maxBytes: number;
  readonly maxFileBytes: number;

  constructor(options: FileCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
    this.maxFileBytes = options.maxFileBytes ?? Math.min(16 * 1024 * 1024, Math.floor(this.maxBytes / 8));
  }

  /** Entries and bytes currently kept. */
  get stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.total };
  }

  /** `absolute` must already be a normalised path under `root` (request-path.ts sees to that). */
  lookup(absolute: string, root: string): Lookup {
    let stat: Stats | undefined;
    try {
      stat = statSync(absolute, { throwIfNoEntry: false });
    } catch {
      stat = undefined; // ENOTDIR, EACCES, ELOOP, ...
    }
    if (!stat) {
      this.forget(absolute);
      return null;
    }
    if (stat.isFile()) {
      const cached = this.entries.get(absolute);
      if (cached !== undefined && cached.ino === stat.ino && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
        this.entries.delete(absolute); // re-insert: most recently used last
        this.entries.set(absolute, cached);
        return cached;
      }
      this.forget(absolute);
      if (!isInside(absolute, root)) return null;
      return this.load(absolute);
    }
    if (stat.isDirectory()) return isInside(absolute, root) ? 'directory' : null;
    return null;
  }

  /** The body in the given coding, compressing it on first demand; null when not available. */
  encoded(file: CachedFile, coding: ContentCoding): Buffer | null {
    let packed = file[coding];
    if (packed === undefined) {
      packed = file.body && file.media.compressible ? compress(file.body, coding) : null;
      file[coding] = packed;
      if (packed && this.entries.get(file.path) === file) {
        file.bytes += packed.length;
        this.total += packed.length;
        this.evict();
      }
    }
    return packed;
  }

  /** Drops everything (tests, memory pressure). */
  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  private load(absolute: string): CachedFile | null {
    let fd: number;
    try {
      fd = openSync(absolute, 'r');
    } catch {
      return null;
    }
    try {
      // Validators and bytes from the same open file, even if it is renamed over meanwhile.
      const stat = fstatSync(fd);
      if (!stat.isFile()) return null;
      const media = mediaTypeOf(absolute);
      const lastModified = new Date(stat.mtimeMs).toUTCString();
      if (stat.size > this.maxFileBytes) {
        return {
          path: absolute,
          media,
          size: stat.size,
          mtimeMs: stat.mtimeMs,
          ino: stat.ino,
          etag: `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`,
          lastModified,
          body: null,
          br: null,
          gzip: null,
          headers: {},
          bytes: 0,
        };
      }
      const body = Buffer.allocUnsafe(stat.size);
      let read = 0;
      while (read < body.length) {
        const count = readSync(fd, body, read, body.length - read, read);
        if (count === 0) break;
        read += count;
      }
      const bytes = read === body.length ? body : body.subarray(0, read);
      const file: CachedFile = {
        path: absolute,
        media,
        size: stat.size,
        mtimeMs: stat.mtimeMs,
        ino: stat.ino,
        etag: `"${createHash('sha1').update(bytes).digest('base64url')}"`,
        lastModified,
        body: bytes,
        headers: {},
        bytes: bytes.length + ENTRY_OVERHEAD,
      };
      this.store(file);
      return file;
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  }

  private store(file: CachedFile): void {
    if (file.bytes > this.maxBytes) return;
    this.entries.set(file.path, file);
    this.total += file.bytes;
    this.evict();
  }

  private forget(absolute: string): void {
    const old = this.entries.get(absolute);
    if (old === undefined) return;
    this.entries.delete(absolute);
    this.total -= old.bytes;
  }

  private evict(): void {
    if (this.total <= this.maxBytes) return;
    for (const [path, old] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(path);
      this.total -= old.bytes;
    }
  }
}
