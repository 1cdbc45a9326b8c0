import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Queue } from 'bullmq';
import { WORKER_NODE_FLAGS } from '../apps/worker/src/node-flags';
import { cpuSeconds, residentMb } from './memory';
import { sleep, startProcess, stopProcess } from './measure';

/**
 * The bench's apps/worker processes, started afresh for each phase so a phase's CPU profiles
 * (`--profile <dir>/<phase>`) and peak memory cover that phase alone.
 */
export class WorkerPool {
  private processes: ChildProcess[] = [];

  constructor(private readonly options: { script: string; count: number; env: NodeJS.ProcessEnv; profileDir?: string; queue: Queue }) {}

  /** Starts the workers and waits until each consumes the render queue. */
  async start(phase: string): Promise<void> {
    const { script, count, env, profileDir } = this.options;
    const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, phase)}`] : [];
    for (let i = 0; i < count; i++) this.processes.push(startProcess(process.execPath, [...WORKER_NODE_FLAGS, ...profiling, script], env));
    while ((await this.options.queue.getWorkersCount()) < count) await sleep(100);
  }

  /** The largest peak resident memory (MB) of the running workers since they started. */
  peakRssMb(): number {
    return Math.max(...this.processes.map((child) => residentMb(child.pid!, 'VmHWM')));
  }

  /** CPU seconds the running workers have used since they started. */
  cpuSeconds(): number {
    return this.processes.reduce((sum, child) => sum + cpuSeconds(child.pid!), 0);
  }

  async stop(): Promise<void> {
    for (const child of this.processes.splice(0)) await stopProcess(child);
    // BullMQ forgets a closed worker only when its connection is gone.
    while ((await this.options.queue.getWorkersCount()) > 0) await sleep(100);
  }
}
