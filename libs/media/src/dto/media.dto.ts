import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { AcceptsReadBack, PageQuery } from '@zhanqun/shared';
import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { MEDIA_KINDS, type MediaKind } from '../media-file.entity';
import { MediaUsageResponse } from './media.response';

export class ListMediaQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MEDIA_KINDS })
  @IsOptional()
  @IsIn(MEDIA_KINDS, { message: 'kind 只能是 image 或 attachment' })
  kind?: MediaKind;

  @ApiPropertyOptional({ description: 'Only the file at this site-relative URL (an article body’s `/uploads/…` link)' })
  @IsOptional()
  @Matches(/^\/uploads\/[\w./-]+$/, { message: 'path 必须是 /uploads/ 下的文件路径' })
  @MaxLength(80, { message: 'path 必须是 /uploads/ 下的文件路径' })
  path?: string;
}

/** GET media-usage's answer may come back with `quotaMb` changed. */
@AcceptsReadBack(MediaUsageResponse)
export class SetQuotaDto {
  @ApiProperty({ description: 'Storage quota of the site in MB (1–1048576)' })
  @IsInt({ message: 'quotaMb 必须是整数(MB)' })
  @Min(1, { message: 'quotaMb 至少为 1' })
  @Max(1_048_576, { message: 'quotaMb 最大为 1048576(1 TB)' })
  quotaMb: number;
}
