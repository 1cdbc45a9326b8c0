import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MEDIA_KINDS, type MediaKind } from '../media-file.entity';

export class ListMediaQuery {
  @ApiPropertyOptional({ enum: MEDIA_KINDS })
  @IsOptional()
  @IsIn(MEDIA_KINDS, { message: 'kind 只能是 image 或 attachment' })
  kind?: MediaKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page 必须是正整数' })
  @Min(1, { message: 'page 必须是正整数' })
  @Max(100000)
  page?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize 必须是 1–100 的整数' })
  @Min(1, { message: 'pageSize 必须是 1–100 的整数' })
  @Max(100, { message: 'pageSize 必须是 1–100 的整数' })
  pageSize?: number;
}

export class SetQuotaDto {
  @ApiProperty({ description: 'Storage quota of the site in MB (1–1048576)' })
  @IsInt({ message: 'quotaMb 必须是整数(MB)' })
  @Min(1, { message: 'quotaMb 至少为 1' })
  @Max(1_048_576, { message: 'quotaMb 最大为 1048576(1 TB)' })
  quotaMb: number;
}
