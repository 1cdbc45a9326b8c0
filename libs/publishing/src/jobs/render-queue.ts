import { Injectable } from '@nestjs/common';
import { QueueRegistry } from '@zhanqun/shared';
import type { Queue } from 'bullmq';
import { PageFreshness } from './page-freshness';
import { jobId, QueueName, RenderJob, renderJobId, type PlanRebuildPayload, type RebuildChunkPayload, type RenderPayloads } from './queues';

/** Priority of list pages, home and site maps: after every article page (lower runs first). */
const BACKGROUND_PRIORITY = 10;

type RenderQueueOf = Queue<RenderPayloads[RenderJob], unknown, RenderJob>;

/**
 * The one owner of the render queue: every render, plan, chunk and host-table job is queued
 * here, with the job ids that collapse duplicates and the freshness stamps that make a change
 * arriving while its page renders render it once more (see PageFreshness).
 */
@Injectable()
export class RenderQueue {
  constructor(
    private readonly queues: QueueRegistry,
    private readonly freshness: PageFreshness,
  ) {}

  private get queue(): RenderQueueOf {
    return this.queues.queue(QueueName.Render) as RenderQueueOf;
  }

  /**
   * Queues renders of pages whose content changed. `urgent` pages go to the plain wait list,
   * which BullMQ serves before any prioritized job, so an article page is never stuck behind a
   * backlog of list pages.
   */
  async pages(siteId: number, pageKeys: string[], urgent: (pageKey: string) => boolean = () => false): Promise<void> {
    if (!pageKeys.length) return;
    await this.freshness.mark(siteId, pageKeys);
    await this.queue.addBulk(
      pageKeys.map((pageKey) => ({
        name: RenderJob.Page,
        data: { siteId, pageKey },
        opts: { jobId: renderJobId(siteId, pageKey), ...(urgent(pageKey) ? {} : { priority: BACKGROUND_PRIORITY }) },
      })),
    );
  }

  /** Queues a page again whose render was overtaken by a newer change (its freshness stamp already says so). */
  async again(siteId: number, pageKey: string): Promise<void> {
    await this.queue.add(RenderJob.Page, { siteId, pageKey }, { jobId: renderJobId(siteId, pageKey) });
  }

  /** Pages a rebuild chunk may have written from data older than a change: stamp and render them again. */
  async overtaken(siteId: number, pageKeys: string[]): Promise<void> {
    await this.freshness.mark(siteId, pageKeys);
    for (const pageKey of pageKeys) await this.again(siteId, pageKey);
  }

  async plan(payload: PlanRebuildPayload): Promise<void> {
    await this.queue.add(RenderJob.PlanRebuild, payload, { jobId: jobId('plan', payload.runId) });
  }

  /** Job ids make a re-planned run queue nothing twice. */
  async chunks(chunks: RebuildChunkPayload[]): Promise<void> {
    await this.queue.addBulk(
      chunks.map((chunk) => ({ name: RenderJob.RebuildChunk, data: chunk, opts: { jobId: jobId('rebuild', chunk.runId, chunk.chunkNo) } })),
    );
  }

  async hosts(): Promise<void> {
    await this.queue.add(RenderJob.WriteHosts, { siteId: 0 }, { jobId: 'write-hosts' });
  }
}
