import { existsSync } from 'node:fs';

/**
 * Test-only fault injection for the fault tests (test/faults). Without the variables below —
 * always, in production — these functions do nothing.
 */

/**
 * A process started with `ZQ_CRASH_AT=approve.after-close` kills itself with SIGKILL when it
 * reaches that point, as a power cut or an OOM kill would.
 */
export function crashPoint(name: string): void {
  const points = process.env.ZQ_CRASH_AT;
  if (points && points.split(',').includes(name)) process.kill(process.pid, 'SIGKILL');
}

/**
 * A process started with `ZQ_DISK_FULL_FLAG=<file>` fails every write of published files with
 * ENOSPC while that file exists, as a full disk under PUBLISH_ROOT would.
 */
export function simulatedDiskFull(): void {
  const flag = process.env.ZQ_DISK_FULL_FLAG;
  if (flag && existsSync(flag)) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}
