import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@zhanqun/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Min } from 'class-validator';
import type { PublishRunStatus } from '../publish-run.entity';

const STATUSES: PublishRunStatus[] = ['queued', 'running', 'done', 'failed'];

export class ListPublishRunsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES, enumName: 'PublishRunStatus' })
  @IsOptional()
  @IsIn(STATUSES, { message: 'status 只能是 queued、running、done 或 failed' })
  status?: PublishRunStatus;

  @ApiPropertyOptional({ type: 'integer', description: 'Only the rebuilds of this site' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'siteId 必须是正整数' })
  @Min(1, { message: 'siteId 必须是正整数' })
  siteId?: number;
}
