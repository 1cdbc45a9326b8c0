import type { Job } from 'bullmq';

/** Queue and job names of the publishing pipeline (docs/architecture.md "Publishing data flow"); every payload carries siteId. */
export enum QueueName {
  /** Pages people wait for (an article going live or offline): its own workers, never behind rebuild work. */
  Publish = 'publish',
  /** Everything else: the lists and site pages a change touches, rebuild plans and chunks, the host table. */
  Render = 'render',
  Timing = 'timing',
}

export enum RenderJob {
  /** Render one page; job id `render.<siteId>.<pageKey>` collapses duplicates. */
  Page = 'render-page',
  /** Render the pages of one change together (one read of the site's content); equal batches collapse. */
  Pages = 'render-pages',
  /** Enumerate a rebuild's pages and split them into chunks. */
  PlanRebuild = 'plan-rebuild',
  /** Render one chunk of a rebuild. */
  RebuildChunk = 'rebuild-chunk',
  /** Rewrite hosts.json and the platform notice pages. */
  WriteHosts = 'write-hosts',
}

export enum TimingJob {
  PublishAt = 'publish-at',
  ExpireAt = 'expire-at',
}

export interface RenderPagePayload {
  siteId: number;
  pageKey: string;
}

export interface RenderPagesPayload {
  siteId: number;
  pageKeys: string[];
}

export interface PlanRebuildPayload {
  runId: string;
  siteIds: number[];
  /** Only pages of these types (`home`, `list`, `article` ...): a template change re-renders what uses it. */
  pageTypes?: string[];
}

export interface RebuildChunkPayload {
  runId: string;
  siteId: number;
  chunkNo: number;
  pageKeys: string[];
  /** Pages of the site no longer generated: removed with the first chunk. */
  stale: string[];
}

export interface WriteHostsPayload {
  siteId: 0;
}

export interface TimingPayload {
  siteId: number;
  articleId: number;
  /** The publishAt/expireAt (ms) this timer was armed for; a changed time makes it a no-op. */
  at: number;
}

/** The payload of each render job name: the render queue's typed union. */
export interface RenderPayloads {
  [RenderJob.Page]: RenderPagePayload;
  [RenderJob.Pages]: RenderPagesPayload;
  [RenderJob.PlanRebuild]: PlanRebuildPayload;
  [RenderJob.RebuildChunk]: RebuildChunkPayload;
  [RenderJob.WriteHosts]: WriteHostsPayload;
}

/** The publish lane carries single pages only. */
export type PublishPayloads = Pick<RenderPayloads, RenderJob.Page>;

/** The payload of each timing job name. */
export interface TimingPayloads {
  [TimingJob.PublishAt]: TimingPayload;
  [TimingJob.ExpireAt]: TimingPayload;
}

/** A job as BullMQ hands it to a processor, its name and payload narrowed together. */
export type JobOf<P, K extends keyof P & string = keyof P & string> = { [N in K]: Job<P[N], unknown, N> }[K];
export type RenderQueueJob = JobOf<RenderPayloads>;
export type PublishQueueJob = JobOf<PublishPayloads>;
export type TimingQueueJob = JobOf<TimingPayloads>;

/** One handler per job name of a queue: a name without a handler does not compile. */
export type JobHandlers<P> = { [N in keyof P & string]: (job: Job<P[N], unknown, N>) => Promise<unknown> };

/** A job id from its parts. BullMQ 6 refuses `:` in custom ids, so parts are joined with `.`. */
export const jobId = (...parts: (string | number)[]) => parts.join('.').replace(/:/g, '.');

/** `render.<siteId>.<pageKey>`: one waiting render per page, however often it is asked for. */
export const renderJobId = (siteId: number, pageKey: string) => jobId('render', siteId, pageKey);
