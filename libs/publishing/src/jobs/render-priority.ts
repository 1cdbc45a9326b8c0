import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';

/** How long background rendering waits for urgent work at most, so a stream of publications cannot starve a rebuild. */
const MAX_PAUSE_MS = 200;

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

  /** A turn of background work: lets other I/O in, and waits (up to MAX_PAUSE_MS) while urgent jobs run. */
  async backgroundTurn(): Promise<void> {
    if (!this.urgentDone) return nextTurn();
    await Promise.race([this.urgentDone, sleep(MAX_PAUSE_MS)]);
  }
}
