import { existsSync } from 'node:fs';

export type OutputMedium = 'tmpfs' | 'disk';

const TMPFS = '/dev/shm';

/**
 * Where the bench writes published pages, ours and Hugo's alike (call before creating the test
 * environment, which puts the publish root under the temp folder). tmpfs unless `onDisk`: on this
 * machine kind, creating a file on the ext4 disk costs 70–250 µs of kernel time, and the same
 * 20,000 files took 1.4 s of it in one run and 5.1 s in the next (docs/benchmarks.md), which
 * swamps what a change to either generator does. `--on-disk` measures the disk as deployed.
 */
export function chooseOutputMedium(onDisk: boolean | undefined): OutputMedium {
  if (onDisk || !existsSync(TMPFS)) return 'disk';
  process.env.TMPDIR = TMPFS;
  return 'tmpfs';
}
