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
/** How often a paused background job looks again whether the urgent jobs are done. */
const RECHECK_MS = 2;

/** The publish lane's job events, as BullMQ's QueueEvents emits them (any worker process). */
export interface PublishLaneEvents {
  on(event: 'active' | 'completed' | 'failed', listener: (args: { jobId: string }) => void): unknown;
}

/**
 * Priority of the publish lane over background rendering (rebuild chunks, change batches):
 * while a publish-lane job runs — in this process or in any other worker, which all share the
 * machine's cores, the database and the disk — background rendering pauses at its next turn, so
 * the article someone waits for renders without sharing them.
 */
@Injectable()
export class RenderPriority {
  private urgentHere = 0;
  /** Publish-lane jobs seen running anywhere, with when they started (a lost "done" expires). */
  private readonly urgentAnywhere = new Map<string, number>();
  private lastTurnAt = performance.now();

  async urgent<T>(work: () => Promise<T>): Promise<T> {
    this.urgentHere++;
    try {
      return await work();
    } finally {
      this.urgentHere--;
    }
  }

  /** Follows the publish lane of every worker process. */
  watch(events: PublishLaneEvents): void {
    events.on('active', ({ jobId }) => this.urgentAnywhere.set(jobId, performance.now()));
    events.on('completed', ({ jobId }) => this.urgentAnywhere.delete(jobId));
    events.on('failed', ({ jobId }) => this.urgentAnywhere.delete(jobId));
  }

  private urgentRunning(): boolean {
    if (this.urgentHere > 0) return true;
    const now = performance.now();
    for (const [jobId, since] of this.urgentAnywhere) if (now - since > MAX_PAUSE_MS) this.urgentAnywhere.delete(jobId);
    return this.urgentAnywhere.size > 0;
  }

  /**
   * Called by background rendering between pages: after TURN_MS without a turn of the event loop
   * it lets other I/O in, and while urgent jobs run it waits for them (up to MAX_PAUSE_MS).
   */
  async backgroundTurn(): Promise<void> {
    if (this.urgentRunning()) {
      const until = performance.now() + MAX_PAUSE_MS;
      while (this.urgentRunning() && performance.now() < until) await sleep(RECHECK_MS);
    } else if (performance.now() - this.lastTurnAt >= TURN_MS) await nextTurn();
    else return;
    this.lastTurnAt = performance.now();
  }
}
