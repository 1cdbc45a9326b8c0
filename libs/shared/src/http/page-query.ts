import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?page=&pageSize=` of list endpoints: pages from 1, up to 100 items per page. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page 必须是正整数' })
  @Min(1, { message: 'page 必须是正整数' })
  @Max(100000, { message: 'page 不能超过 100000' })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize 必须是 1–100 的整数' })
  @Min(1, { message: 'pageSize 必须是 1–100 的整数' })
  @Max(100, { message: 'pageSize 必须是 1–100 的整数' })
  pageSize?: number;
}
