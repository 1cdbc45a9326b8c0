import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Min } from 'class-validator';
import { pageQueryOf } from '@zhanqun/shared';

export class AuditQuery extends pageQueryOf(200) {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'siteId 必须是整数' })
  @Min(1)
  siteId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'userId 必须是整数' })
  @Min(1)
  userId?: number;

  @ApiPropertyOptional({ example: 'articles.submit' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-zA-Z.]{1,64}$/, { message: 'action 形如 articles.submit' })
  action?: string;

  @ApiPropertyOptional({ description: 'ISO time, inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from 必须是 ISO 8601 时间' })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO time, inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to 必须是 ISO 8601 时间' })
  to?: string;
}
