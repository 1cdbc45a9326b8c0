import { ApiProperty } from '@nestjs/swagger';
import type { PublishRunStatus } from '../publish-run.entity';

export class PublishRunStartedResponse {
  @ApiProperty({ format: 'uuid', description: 'Follow it with GET /publish-runs/{runId}' })
  runId: string;
}

/** A rebuild's progress. */
export class PublishRunResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'null for a rebuild of the whole group' })
  siteId: number | null;

  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'], enumName: 'PublishRunStatus' })
  status: PublishRunStatus;

  @ApiProperty({ type: 'integer', description: 'Pages to render' })
  total: number;

  @ApiProperty({ type: 'integer', description: 'Pages rendered' })
  done: number;

  @ApiProperty({ type: 'integer', description: 'Pages that failed' })
  failed: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt: Date | null;
}

export class PublishRunListResponse {
  @ApiProperty({ type: [PublishRunResponse], description: 'Newest first' })
  items: PublishRunResponse[];

  @ApiProperty({ type: 'integer' })
  total: number;
}
