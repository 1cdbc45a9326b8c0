import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type PublishRunStatus = 'queued' | 'running' | 'done' | 'failed';

/** A site or group rebuild: pages in `total`, progress in `done`/`failed`, chunked into jobs. */
@Entity('publish_runs')
export class PublishRun {
  @PrimaryColumn({ length: 36 })
  id: string;

  /** Null for a group rebuild. */
  @Column({ name: 'site_id', type: 'int', unsigned: true, nullable: true })
  siteId: number | null;

  @Column({ type: 'enum', enum: ['queued', 'running', 'done', 'failed'], default: 'queued' })
  status: PublishRunStatus;

  @Column({ unsigned: true, default: 0 })
  total: number;

  @Column({ unsigned: true, default: 0 })
  done: number;

  @Column({ unsigned: true, default: 0 })
  failed: number;

  @Column({ unsigned: true, default: 0 })
  chunks: number;

  @Column({ name: 'chunks_done', unsigned: true, default: 0 })
  chunksDone: number;

  @Column({ name: 'requested_by', type: 'int', unsigned: true, nullable: true })
  requestedBy: number | null;

  @CreateDateColumn({ name: 'created_at', precision: 3 })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'datetime', precision: 3, nullable: true })
  finishedAt: Date | null;
}
