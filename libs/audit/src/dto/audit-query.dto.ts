import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class AuditQuery {
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

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page 必须是正整数' })
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize 必须是 1–200 的整数' })
  @Min(1)
  @Max(200)
  pageSize?: number;
}
