import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, QueueRegistry } from '@zhanqun/shared';
import { Site } from '@zhanqun/tenancy';
import { DataSource, In } from 'typeorm';
import { jobId, QueueName, RenderJob, type PlanRebuildPayload, type RebuildChunkPayload } from '../jobs/queues';
import { PageManifestEntry } from '../page-manifest.entity';
import { PublishRun, type PublishRunStatus } from '../publish-run.entity';

export interface RunView {
  id: string;
  siteId: number | null;
  status: PublishRun['status'];
  total: number;
  done: number;
  failed: number;
  createdAt: Date;
  finishedAt: Date | null;
}

function runView({ id, siteId, status, total, done, failed, createdAt, finishedAt }: PublishRun): RunView {
  return { id, siteId, status, total, done, failed, createdAt, finishedAt };
}

/**
 * Site and group rebuilds as publish runs: planned into chunks of pages, each chunk one job.
 * A chunk counts once however often it runs, so a worker killed mid-run simply resumes.
 */
@Injectable()
export class RebuildService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a rebuild of the given sites (null: the whole group). */
  async start(siteIds: number[] | null, requestedBy: number | null, pageTypes?: string[]): Promise<string> {
    const ids = (
      await this.dataSource
        .getRepository(Site)
        .find({ select: { id: true }, where: siteIds ? { id: In(siteIds) } : {}, order: { id: 'ASC' } })
    ).map((s) => s.id);
    if (siteIds && ids.length !== new Set(siteIds).size) throw new NotFoundException('站点不存在');
    const id = randomUUID();
    await this.dataSource.getRepository(PublishRun).insert({ id, siteId: siteIds?.length === 1 ? siteIds[0] : null, requestedBy });
    await this.queues
      .queue(QueueName.Render)
      .add(RenderJob.PlanRebuild, { runId: id, siteIds: ids, pageTypes } satisfies PlanRebuildPayload, { jobId: jobId('plan', id) });
    return id;
  }

  async get(runId: string): Promise<RunView> {
    const run = /^[0-9a-f-]{36}$/.test(runId) ? await this.dataSource.getRepository(PublishRun).findOneBy({ id: runId }) : null;
    if (!run) throw new NotFoundException('发布任务不存在');
    return runView(run);
  }

  /** Runs, newest first: every run, or those of one site, optionally of one status. */
  async list(filter: {
    siteId?: number;
    status?: PublishRunStatus;
    page?: number;
    pageSize?: number;
  }): Promise<{ items: RunView[]; total: number }> {
    const pageSize = filter.pageSize ?? 20;
    const [rows, total] = await this.dataSource.getRepository(PublishRun).findAndCount({
      where: { ...(filter.siteId ? { siteId: filter.siteId } : {}), ...(filter.status ? { status: filter.status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: ((filter.page ?? 1) - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(runView), total };
  }

  /** Chunk payloads of one site: its pages in order, and the pages it no longer has. */
  siteChunks(runId: string, siteId: number, pageKeys: string[], previous: string[], firstChunkNo: number): RebuildChunkPayload[] {
    const current = new Set(pageKeys);
    const stale = previous.filter((key) => !current.has(key));
    const chunks: RebuildChunkPayload[] = [];
    const size = this.config.rebuildChunkPages;
    for (let offset = 0; offset < Math.max(pageKeys.length, 1); offset += size) {
      chunks.push({
        runId,
        siteId,
        chunkNo: firstChunkNo + chunks.length,
        pageKeys: pageKeys.slice(offset, offset + size),
        stale: offset === 0 ? stale : [],
      });
    }
    return chunks;
  }

  async manifestKeys(siteId: number): Promise<string[]> {
    const rows = await this.dataSource.getRepository(PageManifestEntry).find({ select: { pageKey: true }, where: { siteId } });
    return rows.map((row) => row.pageKey);
  }

  /** Records the plan and queues its chunks (job ids make a re-planned run queue nothing twice). */
  async enqueueChunks(runId: string, chunks: RebuildChunkPayload[]): Promise<void> {
    const total = chunks.reduce((sum, chunk) => sum + chunk.pageKeys.length, 0);
    await this.dataSource.getRepository(PublishRun).update({ id: runId }, { total, chunks: chunks.length, status: 'running' });
    await this.queues
      .queue(QueueName.Render)
      .addBulk(
        chunks.map((chunk) => ({ name: RenderJob.RebuildChunk, data: chunk, opts: { jobId: jobId('rebuild', runId, chunk.chunkNo) } })),
      );
    await this.finishIfComplete(runId);
  }

  /** Counts a finished chunk exactly once, then closes the run when all chunks are in. */
  async recordChunk(runId: string, chunkNo: number, done: number, failed: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Lock the run first: the chunk row's foreign key would otherwise take a shared lock on it
      // that two concurrent chunks both try to upgrade — a deadlock.
      await manager.query('SELECT id FROM publish_runs WHERE id = ? FOR UPDATE', [runId]);
      const inserted = await manager.query('INSERT IGNORE INTO publish_run_chunks (run_id, chunk_no, done, failed) VALUES (?, ?, ?, ?)', [
        runId,
        chunkNo,
        done,
        failed,
      ]);
      if (inserted.affectedRows !== 1) return;
      await manager.query('UPDATE publish_runs SET done = done + ?, failed = failed + ?, chunks_done = chunks_done + 1 WHERE id = ?', [
        done,
        failed,
        runId,
      ]);
    });
    await this.finishIfComplete(runId);
  }

  private async finishIfComplete(runId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE publish_runs SET status = IF(failed > 0, 'failed', 'done'), finished_at = CURRENT_TIMESTAMP(3)
        WHERE id = ? AND chunks_done >= chunks AND status IN ('queued', 'running')`,
      [runId],
    );
  }
}
