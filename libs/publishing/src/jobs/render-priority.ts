import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';

/** How long background rendering waits for urgent work at most, so a stream of publications cannot starve a rebuild. */
const MAX_PAUSE_MS = 200;
/**
 * Background rendering between two turns of the event loop, at most (a few pages): every step
 * of a publish-lane job (its fetch, each query, the write) waits for a turn, so this decides the
 * latency during a rebuild. Measured: turns every 10 ms gave a p95 of 655 ms during a group
 * rebuild, every 4 pages (about 1 ms) 362–409 ms, with the same rebuild rate within the noise.
 */
const TURN_MS = 1;

/**
 * Priority between the jobs of one worker process, which share its event loop: while a job of
 * the publish lane runs, background rendering (rebuild chunks, change batches) pauses at its
 * next turn, so the article someone waits for renders without sharing the CPU with them.
 */
@Injectable()
export class RenderPriority {
  private urgentJobs = 0;
  private urgentDone: Promise<void> | null = null;
  private releaseWaiters: (() => void) | null = null;
  private lastTurnAt = performance.now();

  async urgent<T>(work: () => Promise<T>): Promise<T> {
    if (this.urgentJobs++ === 0) this.urgentDone = new Promise((resolve) => (this.releaseWaiters = resolve));
    try {
      return await work();
    } finally {
      if (--this.urgentJobs === 0) {
        this.releaseWaiters?.();
        this.urgentDone = this.releaseWaiters = null;
      }
    }
  }

  /**
   * Called by background rendering between pages: after TURN_MS without a turn of the event loop
   * it lets other I/O in, and while urgent jobs run it waits for them (up to MAX_PAUSE_MS).
   */
  async backgroundTurn(): Promise<void> {
    if (this.urgentDone) await Promise.race([this.urgentDone, sleep(MAX_PAUSE_MS)]);
    else if (performance.now() - this.lastTurnAt >= TURN_MS) await nextTurn();
    else return;
    this.lastTurnAt = performance.now();
  }
}
