import { randomUUID } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { Database, Outbox, UnitOfWork } from '@zhanqun/shared';
import { Site } from '@zhanqun/tenancy';
import { In } from 'typeorm';
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
 * Site and group rebuilds as publish runs, as their requesters see them: a run is recorded with
 * the change that needs it (one unit of work) and planned by the worker (rebuild-runner.ts).
 */
@Injectable()
export class RebuildService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
  ) {}

  private get runs() {
    return this.db.crossTenant('publishing').repository(PublishRun);
  }

  /** Records a rebuild of the given sites (null: the whole group) in the current unit of work. */
  request(siteIds: number[] | null, requestedBy: number | null, pageTypes?: string[]): Promise<string> {
    return this.uow.run(async () => {
      const ids = (
        await this.db.platform(Site).find({ select: { id: true }, where: siteIds ? { id: In(siteIds) } : {}, order: { id: 'ASC' } })
      ).map((s) => s.id);
      if (siteIds && ids.length !== new Set(siteIds).size) throw new NotFoundException('站点不存在');
      const id = randomUUID();
      await this.runs.insert({ id, siteId: siteIds?.length === 1 ? siteIds[0] : null, requestedBy });
      await this.outbox.add({ topic: 'rebuild.requested', runId: id, siteIds: ids, ...(pageTypes ? { pageTypes } : {}) });
      return id;
    });
  }

  async get(runId: string): Promise<RunView> {
    const run = /^[0-9a-f-]{36}$/.test(runId) ? await this.runs.findOneBy({ id: runId }) : null;
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
    const [rows, total] = await this.runs.findAndCount({
      where: { ...(filter.siteId ? { siteId: filter.siteId } : {}), ...(filter.status ? { status: filter.status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: ((filter.page ?? 1) - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(runView), total };
  }
}
