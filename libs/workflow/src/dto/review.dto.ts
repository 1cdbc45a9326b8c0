import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { AcceptsReadBack } from '@zhanqun/shared';
import { REVIEW_ROLES, type ReviewRole } from '../entities';
import { ColumnReviewChainResponse, ReviewChainResponse, SiteReviewChainResponse } from './review.response';

export class ApproveDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'comment 必须是字符串' })
  @MaxLength(1000, { message: 'comment 最长 1000 个字符' })
  comment?: string;
}

export class RejectDto {
  @ApiProperty({ description: 'why: returned to the author' })
  @IsString({ message: 'comment 必须是字符串' })
  @Matches(/\S/, { message: '退回必须填写意见(comment)' })
  @MaxLength(1000, { message: 'comment 最长 1000 个字符' })
  comment: string;
}

export class InboxQuery {
  @ApiPropertyOptional({ enum: ['pending'] })
  @IsOptional()
  @IsIn(['pending'], { message: 'status 目前只支持 pending' })
  status?: 'pending';
}

@AcceptsReadBack(ReviewChainResponse, SiteReviewChainResponse, ColumnReviewChainResponse)
export class ChainDto {
  @ApiProperty({ enum: REVIEW_ROLES, isArray: true, description: 'ordered steps; [] publishes on submit' })
  @IsArray({ message: 'steps 必须是角色数组' })
  @ArrayMaxSize(5, { message: '审核链最多 5 级' })
  @IsIn(REVIEW_ROLES, { each: true, message: `steps 的取值只能是 ${REVIEW_ROLES.join(', ')}` })
  steps: ReviewRole[];
}
