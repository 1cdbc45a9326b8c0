import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Temp names are this process's random tag and a counter: unique across processes and hosts that
 * share one publish root (containers all have small pids), with no randomness per file.
 */
const PROCESS_TAG = randomBytes(4).toString('hex');
let tempFiles = 0;

/** A dot name in `dir` for a file on its way in: readers and sweeps skip dot names. */
export function tempNameIn(dir: string): string {
  return join(dir, `.${PROCESS_TAG}-${++tempFiles}.tmp`);
}

/**
 * Writes `target` through a temp file renamed into place, so a reader (or a crash) never sees a
 * torn file. Synchronous on purpose: a page is some 10 KB in the page cache, and the three
 * thread-pool round trips of an asynchronous open, write and close plus one for the rename cost
 * twice the CPU of the system calls themselves (docs/benchmarks.md).
 */
export function writeFileAtomically(target: string, body: string | Buffer): void {
  const temp = tempNameIn(dirname(target));
  try {
    writeFileSync(temp, body);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** `writeFileAtomically`, creating the target's folder first. */
export function writeFileAtomicallyInto(target: string, body: string | Buffer): void {
  mkdirSync(dirname(target), { recursive: true });
  writeFileAtomically(target, body);
}
