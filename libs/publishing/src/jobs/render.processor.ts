import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { runInTenant } from '@zhanqun/shared';
import { HostsWriter } from '../output/hosts-writer';
import { PageRenderService } from '../render/page-render.service';
import { RebuildReads } from '../render/rebuild-reads';
import { RebuildRunner } from '../runs/rebuild-runner';
import { PageFreshness } from './page-freshness';
import {
  RenderJob,
  type JobHandlers,
  type PublishQueueJob,
  type RebuildChunkPayload,
  type RenderPagePayload,
  type RenderPagesPayload,
  type RenderPayloads,
  type RenderQueueJob,
} from './queues';
import { RenderPriority } from './render-priority';
import { RenderQueue } from './render-queue';

const MAX_RERENDERS = 3;

/** What a page or pages job returns, for `afterCompleted`: when its last render started. */
interface RenderedPageResult {
  lastRenderStarted: number;
}

/** One handler per render job name (the type demands one for each); each runs in its site's tenant context. */
@Injectable()
export class RenderProcessor {
  private readonly logger = new Logger('RenderProcessor');
  private readonly handlers: JobHandlers<RenderPayloads> = {
    [RenderJob.Page]: (job) => this.renderPage(job.data),
    [RenderJob.Pages]: (job) => this.renderPages(job.data),
    [RenderJob.PlanRebuild]: (job) => this.rebuilds.plan(job.data),
    [RenderJob.RebuildChunk]: (job) => this.rebuildChunk(job),
    [RenderJob.WriteHosts]: () => this.hosts.write(),
  };

  constructor(
    private readonly pages: PageRenderService,
    private readonly rebuilds: RebuildRunner,
    private readonly hosts: HostsWriter,
    private readonly freshness: PageFreshness,
    private readonly queue: RenderQueue,
    private readonly priority: RenderPriority,
    private readonly reads: RebuildReads,
  ) {}

  process = async (job: RenderQueueJob): Promise<unknown> => {
    const handler = this.handlers[job.name] as (job: RenderQueueJob) => Promise<unknown>;
    if (!handler) throw new Error(`Unknown render job ${job.name}`);
    const siteId = 'siteId' in job.data ? job.data.siteId : 0;
    return siteId ? runInTenant({ siteId }, () => handler(job)) : handler(job);
  };

  /** A job of the publish lane: background rendering in this process waits for it (see RenderPriority). */
  processUrgent = (job: PublishQueueJob): Promise<unknown> => this.priority.urgent(() => this.process(job));

  /**
   * Renders one page, again if it was asked for while rendering (see PageFreshness). Returns
   * when its last render started, for `afterCompleted`.
   */
  private async renderPage({ siteId, pageKey }: RenderPagePayload): Promise<RenderedPageResult> {
    let started = Date.now();
    for (let attempt = 0; attempt < MAX_RERENDERS; attempt++) {
      started = Date.now();
      const { failed } = await this.pages.render(siteId, [pageKey]);
      if (failed) throw new Error(`Rendering ${pageKey} of site ${siteId} failed`);
      if (!(await this.freshness.changedSince(siteId, pageKey, started))) break;
    }
    return { lastRenderStarted: started };
  }

  /** Renders a change's pages from one read of the site's content; pages changed meanwhile follow in `afterCompleted`. */
  private async renderPages({ siteId, pageKeys }: RenderPagesPayload): Promise<RenderedPageResult> {
    const { failed, readAt } = await this.pages.renderBatch(siteId, pageKeys);
    if (failed) throw new Error(`Rendering ${failed} of ${pageKeys.length} pages of site ${siteId} failed`);
    return { lastRenderStarted: readAt };
  }

  /**
   * A render asked for while a page or batch job ran was dropped as a duplicate (same job id);
   * once the job is gone, queue what changed since its last render started again: a batch's
   * pages as one batch, which a publication's own batch waiting with the same pages absorbs.
   */
  afterCompleted = async (job: RenderQueueJob, result: unknown): Promise<void> => {
    if (job.name !== RenderJob.Page && job.name !== RenderJob.Pages) return;
    const { siteId } = job.data;
    const { lastRenderStarted } = result as RenderedPageResult;
    if (job.name === RenderJob.Page) {
      const { pageKey } = job.data;
      if (await this.freshness.changedSince(siteId, pageKey, lastRenderStarted)) await this.queue.again(siteId, pageKey);
      return;
    }
    const changed = await this.freshness.changedSinceAny(siteId, job.data.pageKeys, lastRenderStarted);
    if (changed.length) await this.queue.pages(siteId, changed);
  };

  /**
   * A chunk renders from the site as read for its run (RebuildReads): a page asked for since (an
   * article withdrawn meanwhile) may have been written back stale. Those pages are rendered again
   * by page jobs, and the run's later chunks read the site anew.
   */
  private async rebuildChunk(job: Job<RebuildChunkPayload, unknown, RenderJob.RebuildChunk>): Promise<void> {
    const { runId, siteId, chunkNo, pageKeys, stale } = job.data;
    try {
      await this.rebuilds.chunk(job.data, async () => {
        const tally = await this.pages.renderChunk(job.data);
        const overtaken = await this.freshness.changedSinceAny(siteId, [...pageKeys, ...(stale ?? [])], tally.readAt);
        if (overtaken.length) {
          this.reads.forget(runId, siteId);
          await this.queue.overtaken(siteId, overtaken);
        }
        return tally;
      });
    } catch (error) {
      // On the last attempt, count the chunk as failed so the run still ends and says so.
      if (job.attemptsMade + 1 < (job.opts.attempts ?? 1)) throw error;
      this.logger.error(`Run ${runId} chunk ${chunkNo} failed: ${error instanceof Error ? error.message : error}`);
      await this.rebuilds.recordChunk(runId, chunkNo, 0, pageKeys.length);
    }
  }
}
