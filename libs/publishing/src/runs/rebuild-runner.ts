import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Database, UnitOfWork } from '@zhanqun/shared';
import { PageFreshness } from '../jobs/page-freshness';
import type { PlanRebuildPayload, RebuildChunkPayload } from '../jobs/queues';
import { RenderQueue } from '../jobs/render-queue';
import { PageManifestEntry } from '../page-manifest.entity';
import { parsePageKey } from '../render/page-keys';
import { PagePlanner } from '../render/page-planner';
import { SnapshotLoader } from '../render/snapshot-loader';

/**
 * The worker's side of publish runs: a plan job splits the pages into chunks, each chunk counts
 * exactly once however often it runs (a worker killed mid-run simply resumes), and runs of one
 * site are serialized by supersession (see the SiteRebuilds migration).
 */
@Injectable()
export class RebuildRunner {
  private readonly logger = new Logger('RebuildRunner');

  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly snapshots: SnapshotLoader,
    private readonly planner: PagePlanner,
    private readonly freshness: PageFreshness,
    private readonly queue: RenderQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async plan({ runId, siteIds, pageTypes }: PlanRebuildPayload): Promise<void> {
    const chunks: RebuildChunkPayload[] = [];
    // A partial rebuild neither renders nor removes pages of other types, nor supersedes a full one.
    const wanted = (key: string) => !pageTypes || pageTypes.includes(parsePageKey(key)?.type ?? '');
    for (const siteId of siteIds) {
      const snapshot = await this.snapshots.load(siteId);
      if (!snapshot) continue;
      const keys = (await this.planner.allPages(snapshot)).filter(wanted);
      const previous = (await this.manifestKeys(siteId)).filter(wanted);
      if (!pageTypes) await this.supersedeOlderRuns(runId, siteId, [...keys, ...previous]);
      chunks.push(...this.siteChunks(runId, siteId, keys, previous, chunks.length));
    }
    const total = chunks.reduce((sum, chunk) => sum + chunk.pageKeys.length, 0);
    await this.db
      .crossTenant('publishing')
      .query(`UPDATE publish_runs SET total = ?, chunks = ?, status = 'running' WHERE id = ?`, [total, chunks.length, runId]);
    await this.queue.chunks(chunks);
    await this.finishIfComplete(runId);
    this.logger.log(`Run ${runId}: ${total} pages in ${chunks.length} chunks`);
  }

  /**
   * Makes this run the site's newest full rebuild: chunks of older runs for the site render
   * nothing from now on, and pages an older chunk is rendering right now are stamped, so that
   * chunk queues them again from current data instead of leaving its older copy on disk.
   */
  private async supersedeOlderRuns(runId: string, siteId: number, pageKeys: string[]): Promise<void> {
    await this.db.crossTenant('publishing').query(
      `INSERT INTO site_rebuilds (site_id, run_id, run_created_at)
         SELECT ?, id, created_at FROM publish_runs WHERE id = ?
       ON DUPLICATE KEY UPDATE
         run_id = IF(VALUES(run_created_at) >= run_created_at, VALUES(run_id), run_id),
         run_created_at = GREATEST(VALUES(run_created_at), run_created_at)`,
      [siteId, runId],
    );
    await this.freshness.mark(siteId, pageKeys);
  }

  /** Whether a newer full run has planned this chunk's site since this chunk's run was created. */
  private async superseded(runId: string, siteId: number): Promise<boolean> {
    const rows: unknown[] = await this.db.crossTenant('publishing').query(
      `SELECT 1 FROM site_rebuilds sr JOIN publish_runs r ON r.id = ?
        WHERE sr.site_id = ? AND sr.run_id <> r.id AND sr.run_created_at > r.created_at`,
      [runId, siteId],
    );
    return rows.length > 0;
  }

  /** Runs a chunk unless superseded; `render` returns its tally. A superseded chunk counts as done. */
  async chunk(payload: RebuildChunkPayload, render: () => Promise<{ done: number; failed: number }>): Promise<void> {
    const { runId, siteId, chunkNo, pageKeys } = payload;
    const tally = (await this.superseded(runId, siteId)) ? { done: pageKeys.length, failed: 0 } : await render();
    await this.recordChunk(runId, chunkNo, tally.done, tally.failed);
  }

  /** Counts a finished chunk exactly once, then closes the run when all chunks are in. */
  async recordChunk(runId: string, chunkNo: number, done: number, failed: number): Promise<void> {
    await this.uow.run(async () => {
      // Lock the run first: the chunk row's foreign key would otherwise take a shared lock on it
      // that two concurrent chunks both try to upgrade — a deadlock.
      await this.db.crossTenant('publishing').query('SELECT id FROM publish_runs WHERE id = ? FOR UPDATE', [runId]);
      const inserted = await this.db.query<{ affectedRows: number }>(
        'INSERT IGNORE INTO publish_run_chunks (run_id, chunk_no, done, failed) VALUES (?, ?, ?, ?)',
        [runId, chunkNo, done, failed],
      );
      if (inserted.affectedRows !== 1) return;
      await this.db
        .crossTenant('publishing')
        .query('UPDATE publish_runs SET done = done + ?, failed = failed + ?, chunks_done = chunks_done + 1 WHERE id = ?', [
          done,
          failed,
          runId,
        ]);
    });
    await this.finishIfComplete(runId);
  }

  private async finishIfComplete(runId: string): Promise<void> {
    await this.db.crossTenant('publishing').query(
      `UPDATE publish_runs SET status = IF(failed > 0, 'failed', 'done'), finished_at = CURRENT_TIMESTAMP(3)
        WHERE id = ? AND chunks_done >= chunks AND status IN ('queued', 'running')`,
      [runId],
    );
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

  private async manifestKeys(siteId: number): Promise<string[]> {
    const rows = await this.db
      .crossTenant('publishing')
      .repository(PageManifestEntry)
      .find({ select: { pageKey: true }, where: { siteId } });
    return rows.map((row) => row.pageKey);
  }
}
