import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { HostsWriter } from '../output/hosts-writer';
import { PageRenderService } from '../render/page-render.service';
import { RebuildService } from '../runs/rebuild.service';
import { QueueRegistry } from '@zhanqun/shared';
import { QueueName, RenderJob, renderJobId, type PlanRebuildPayload, type RebuildChunkPayload, type RenderPagePayload } from './queues';
import { PageFreshness } from './page-freshness';
import { SnapshotLoader } from '../render/snapshot-loader';
import { PagePlanner } from '../render/page-planner';

const MAX_RERENDERS = 3;

interface RenderedPageResult {
  lastRenderStarted: number;
}

/** One handler per render job name; `assertComplete` checks at start-up that none is missing. */
@Injectable()
export class RenderProcessor {
  private readonly logger = new Logger('RenderProcessor');
  private readonly handlers: Record<RenderJob, (job: Job) => Promise<unknown>> = {
    [RenderJob.Page]: (job) => this.renderPage(job.data as RenderPagePayload),
    [RenderJob.PlanRebuild]: (job) => this.planRebuild(job.data as PlanRebuildPayload),
    [RenderJob.RebuildChunk]: (job) => this.rebuildChunk(job as Job<RebuildChunkPayload>),
    [RenderJob.WriteHosts]: () => this.hosts.write(),
  };

  constructor(
    private readonly pages: PageRenderService,
    private readonly rebuilds: RebuildService,
    private readonly hosts: HostsWriter,
    private readonly snapshots: SnapshotLoader,
    private readonly planner: PagePlanner,
    private readonly freshness: PageFreshness,
    private readonly queues: QueueRegistry,
  ) {}

  assertComplete(): void {
    const missing = Object.values(RenderJob).filter((name) => !this.handlers[name]);
    if (missing.length) throw new Error(`No handler for render jobs: ${missing.join(', ')}`);
  }

  process = async (job: Job): Promise<unknown> => {
    const handler = this.handlers[job.name as RenderJob];
    if (!handler) throw new Error(`Unknown render job ${job.name}`);
    return handler(job);
  };

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

  /**
   * A render asked for between a page job's last freshness check and BullMQ removing the
   * completed job was dropped as a duplicate; once the job is gone, queue it again.
   */
  afterCompleted = async (job: Job, result: unknown): Promise<void> => {
    if (job.name !== RenderJob.Page) return;
    const { siteId, pageKey } = job.data as RenderPagePayload;
    const { lastRenderStarted } = result as RenderedPageResult;
    if (!(await this.freshness.changedSince(siteId, pageKey, lastRenderStarted))) return;
    await this.queues
      .queue(QueueName.Render)
      .add(RenderJob.Page, { siteId, pageKey } satisfies RenderPagePayload, { jobId: renderJobId(siteId, pageKey) });
  };

  /**
   * A chunk renders from data it loaded at its start: a page asked for since (an article withdrawn
   * meanwhile) may have been written back stale. Those pages are rendered again by page jobs; the
   * fresh mark makes a page job already running for them run once more too.
   */
  private async renderOvertaken(siteId: number, pageKeys: string[], since: number): Promise<void> {
    const overtaken = await this.freshness.changedSinceAny(siteId, pageKeys, since);
    if (!overtaken.length) return;
    await this.freshness.mark(siteId, overtaken);
    const queue = this.queues.queue(QueueName.Render);
    for (const pageKey of overtaken) {
      await queue.add(RenderJob.Page, { siteId, pageKey } satisfies RenderPagePayload, { jobId: renderJobId(siteId, pageKey) });
    }
  }

  private async planRebuild({ runId, siteIds, pageTypes }: PlanRebuildPayload): Promise<void> {
    const chunks = [];
    // A partial rebuild neither renders nor removes pages of other types.
    const wanted = (key: string) => !pageTypes || pageTypes.includes(key.split(':')[0]);
    for (const siteId of siteIds) {
      const snapshot = await this.snapshots.load(siteId);
      if (!snapshot) continue;
      const keys = (await this.planner.allPages(snapshot)).filter(wanted);
      const previous = (await this.rebuilds.manifestKeys(siteId)).filter(wanted);
      chunks.push(...this.rebuilds.siteChunks(runId, siteId, keys, previous, chunks.length));
    }
    await this.rebuilds.enqueueChunks(runId, chunks);
    this.logger.log(`Run ${runId}: ${chunks.reduce((n, c) => n + c.pageKeys.length, 0)} pages in ${chunks.length} chunks`);
  }

  private async rebuildChunk(job: Job<RebuildChunkPayload>): Promise<void> {
    const { runId, siteId, chunkNo, pageKeys, stale } = job.data;
    try {
      const started = Date.now();
      const tally = await this.pages.render(siteId, pageKeys, { preload: true, stale });
      await this.renderOvertaken(siteId, [...pageKeys, ...(stale ?? [])], started);
      await this.rebuilds.recordChunk(runId, chunkNo, tally.done, tally.failed);
    } catch (error) {
      // On the last attempt, count the chunk as failed so the run still ends and says so.
      if (job.attemptsMade + 1 < (job.opts.attempts ?? 1)) throw error;
      this.logger.error(`Run ${runId} chunk ${chunkNo} failed: ${error instanceof Error ? error.message : error}`);
      await this.rebuilds.recordChunk(runId, chunkNo, 0, pageKeys.length);
    }
  }
}
