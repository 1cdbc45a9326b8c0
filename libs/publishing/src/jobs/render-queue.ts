import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { QueueRegistry } from '@zhanqun/shared';
import type { Queue } from 'bullmq';
import { PageFreshness } from './page-freshness';
import {
  jobId,
  QueueName,
  RenderJob,
  renderJobId,
  type PlanRebuildPayload,
  type PublishPayloads,
  type RebuildChunkPayload,
  type RenderPayloads,
} from './queues';

/**
 * Order within the render queue (lower runs first; jobs without a priority run before all):
 * the pages of a change before a rebuild's chunks, so a publication's lists are not stuck
 * behind a group rebuild.
 */
const CHANGE_PRIORITY = 5;
const REBUILD_PRIORITY = 10;

type QueueOf<P> = Queue<P[keyof P], unknown, keyof P & string>;

/**
 * The one owner of the render queues: every render, plan, chunk and host-table job is queued
 * here, with the job ids that collapse duplicates and the freshness stamps that make a change
 * arriving while its page renders render it once more (see PageFreshness).
 */
@Injectable()
export class RenderQueue {
  constructor(
    private readonly queues: QueueRegistry,
    private readonly freshness: PageFreshness,
  ) {}

  private get render(): QueueOf<RenderPayloads> {
    return this.queues.queue(QueueName.Render) as QueueOf<RenderPayloads>;
  }

  private get publish(): QueueOf<PublishPayloads> {
    return this.queues.queue(QueueName.Publish) as QueueOf<PublishPayloads>;
  }

  /** Pages someone waits for (the article that goes live or offline, its files): one job each on the publish lane. */
  async urgent(siteId: number, pageKeys: string[]): Promise<void> {
    if (!pageKeys.length) return;
    await this.freshness.mark(siteId, pageKeys);
    await this.publish.addBulk(
      pageKeys.map((pageKey) => ({ name: RenderJob.Page, data: { siteId, pageKey }, opts: { jobId: renderJobId(siteId, pageKey) } })),
    );
  }

  /**
   * The other pages a change touches (lists, home, site maps, feed): one job that renders them
   * from one read of the site's content. The same set asked for again while it waits collapses
   * into it (its id is the set's hash); asked for while it runs, the freshness stamps catch it.
   */
  async pages(siteId: number, pageKeys: string[]): Promise<void> {
    if (!pageKeys.length) return;
    await this.freshness.mark(siteId, pageKeys);
    const digest = createHash('sha1').update(pageKeys.join('\n')).digest('hex');
    await this.render.add(RenderJob.Pages, { siteId, pageKeys }, { jobId: jobId('pages', siteId, digest), priority: CHANGE_PRIORITY });
  }

  /** Queues a page again whose render was overtaken by a newer change (its freshness stamp already says so). */
  async again(siteId: number, pageKey: string): Promise<void> {
    await this.render.add(RenderJob.Page, { siteId, pageKey }, { jobId: renderJobId(siteId, pageKey) });
  }

  /** Pages a rebuild chunk may have written from data older than a change: stamp and render them again. */
  async overtaken(siteId: number, pageKeys: string[]): Promise<void> {
    await this.freshness.mark(siteId, pageKeys);
    for (const pageKey of pageKeys) await this.again(siteId, pageKey);
  }

  async plan(payload: PlanRebuildPayload): Promise<void> {
    await this.render.add(RenderJob.PlanRebuild, payload, { jobId: jobId('plan', payload.runId) });
  }

  /** Job ids make a re-planned run queue nothing twice. */
  async chunks(chunks: RebuildChunkPayload[]): Promise<void> {
    await this.render.addBulk(
      chunks.map((chunk) => ({
        name: RenderJob.RebuildChunk,
        data: chunk,
        opts: { jobId: jobId('rebuild', chunk.runId, chunk.chunkNo), priority: REBUILD_PRIORITY },
      })),
    );
  }

  async hosts(): Promise<void> {
    await this.render.add(RenderJob.WriteHosts, { siteId: 0 }, { jobId: 'write-hosts' });
  }
}
