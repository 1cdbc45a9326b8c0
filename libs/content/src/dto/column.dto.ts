import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { AcceptsReadBack, PLAIN_TEXT } from '@zhanqun/shared';
import { ColumnResponse } from './column.response';

const PLAIN = PLAIN_TEXT;

export class CreateColumnDto {
  @ApiProperty({ example: '教育资讯' })
  @IsString({ message: 'name 必须是字符串' })
  @IsNotEmpty({ message: 'name 不能为空' })
  @MaxLength(50, { message: 'name 最长 50 个字符' })
  @Matches(PLAIN, { message: 'name 不能包含 < > 或控制字符' })
  name: string;

  @ApiProperty({ example: 'jyzx', description: 'URL folder: 1–50 of a-z0-9-' })
  @IsString({ message: 'slug 必须是字符串' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,49}$/, { message: 'slug 须为 1–50 位小写字母、数字或连字符,且以字母或数字开头' })
  slug: string;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'parent column id; null for a first-level column' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt({ message: 'parentId 必须是整数或 null' })
  @Min(1)
  parentId?: number | null;

  @ApiPropertyOptional({ enum: ['list', 'page', 'link'] })
  @IsOptional()
  @IsIn(['list', 'page', 'link'], { message: 'kind 只能是 list、page 或 link' })
  kind?: 'list' | 'page' | 'link';

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'sort 必须是整数' })
  sort?: number;

  @ApiPropertyOptional({ description: 'ColumnDescription metadata' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(PLAIN, { message: 'description 不能包含 < > 或控制字符' })
  description?: string;

  @ApiPropertyOptional({ description: 'ColumnKeywords metadata' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(PLAIN, { message: 'keywords 不能包含 < > 或控制字符' })
  keywords?: string;

  @ApiPropertyOptional({ description: 'target of a link column (http/https)' })
  @IsOptional()
  @ValidateIf((_, value) => value !== '')
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'linkUrl 必须是 http(s) 地址' })
  @MaxLength(500)
  linkUrl?: string;
}

/** PATCH: every field optional. */
@AcceptsReadBack(ColumnResponse)
export class ColumnFieldsDto extends PartialType(CreateColumnDto) {}
