import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?page=&pageSize=` of a list endpoint: pages from 1 (at most 100000), up to `maxPageSize` items per page. */
export function pageQueryOf(maxPageSize: number) {
  const sizeMessage = `pageSize 必须是 1–${maxPageSize} 的整数`;
  class PagedQuery {
    @ApiPropertyOptional({ minimum: 1 })
    @IsOptional()
    @Type(() => Number)
    @IsInt({ message: 'page 必须是正整数' })
    @Min(1, { message: 'page 必须是正整数' })
    @Max(100000, { message: 'page 不能超过 100000' })
    page?: number;

    @ApiPropertyOptional({ minimum: 1, maximum: maxPageSize })
    @IsOptional()
    @Type(() => Number)
    @IsInt({ message: sizeMessage })
    @Min(1, { message: sizeMessage })
    @Max(maxPageSize, { message: sizeMessage })
    pageSize?: number;
  }
  return PagedQuery;
}

/** The usual list page: up to 100 items. */
export class PageQuery extends pageQueryOf(100) {}

/** The paging fields of a paged list's answer; a list extends it with its `items`. */
export class PageResponse {
  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  pageSize: number;
}
