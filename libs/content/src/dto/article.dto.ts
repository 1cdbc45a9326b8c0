import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { AcceptsReadBack, PageQuery } from '@zhanqun/shared';
import { ARTICLE_STATUSES, VALIDITIES, type ArticleStatus, type Validity } from '../article.entity';
import { ArticleListItemResponse, ArticleResponse } from './article.response';

const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u;
export const MAX_BODY_CHARS = 1_000_000;
export const MAX_ATTACHMENTS = 40;

export class CreateArticleDto {
  @ApiProperty()
  @IsInt({ message: 'columnId 必须是整数' })
  @Min(1)
  columnId: number;

  @ApiProperty({ maxLength: 200 })
  @IsString({ message: 'title 必须是字符串' })
  @Matches(/\S/, { message: 'title 不能为空' })
  @MaxLength(200, { message: 'title 最长 200 个字符' })
  @Matches(NO_CONTROL, { message: 'title 不能包含控制字符' })
  title: string;

  @ApiPropertyOptional({ maxLength: 200, description: '副标题' })
  @IsOptional()
  @IsString({ message: 'subtitle 必须是字符串' })
  @MaxLength(200, { message: 'subtitle 最长 200 个字符' })
  @Matches(NO_CONTROL, { message: 'subtitle 不能包含控制字符' })
  subtitle?: string;

  @ApiProperty({ description: 'HTML; sanitized with an allow-list on save' })
  @IsString({ message: 'body 必须是 HTML 字符串' })
  @MaxLength(MAX_BODY_CHARS, { message: `body 最长 ${MAX_BODY_CHARS} 个字符` })
  body: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'summary 最长 1000 个字符' })
  @Matches(NO_CONTROL, { message: 'summary 不能包含控制字符' })
  summary?: string;

  @ApiPropertyOptional({ description: '来源 ContentSource' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'source 最长 100 个字符' })
  @Matches(NO_CONTROL, { message: 'source 不能包含控制字符' })
  source?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'author 最长 100 个字符' })
  @Matches(NO_CONTROL, { message: 'author 不能包含控制字符' })
  author?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'keywords 最长 200 个字符' })
  @Matches(NO_CONTROL, { message: 'keywords 不能包含控制字符' })
  keywords?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'ISO time; a future time schedules the publication',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsISO8601({ strict: true }, { message: 'publishAt 必须是 ISO 8601 时间' })
  publishAt?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'ISO time; the article goes offline then' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsISO8601({ strict: true }, { message: 'expireAt 必须是 ISO 8601 时间' })
  expireAt?: string | null;

  @ApiPropertyOptional({ description: '头条' })
  @IsOptional()
  @IsBoolean({ message: 'headline 必须是布尔值' })
  headline?: boolean;

  @ApiPropertyOptional({ description: '图片新闻: shown with its cover image on the site home; needs coverImageId' })
  @IsOptional()
  @IsBoolean({ message: 'pictureNews 必须是布尔值' })
  pictureNews?: boolean;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Cover image: an image id of the site media library, or null' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt({ message: 'coverImageId 必须是图片文件的 id' })
  @Min(1, { message: 'coverImageId 必须是图片文件的 id' })
  coverImageId?: number | null;

  @ApiPropertyOptional({ type: [Number], description: 'Attachments (media ids), listed under the body in this order' })
  @IsOptional()
  @IsArray({ message: 'attachmentIds 必须是文件 id 的数组' })
  @ArrayMaxSize(MAX_ATTACHMENTS, { message: `附件最多 ${MAX_ATTACHMENTS} 个` })
  @ArrayUnique({ message: 'attachmentIds 不能重复' })
  @IsInt({ each: true, message: 'attachmentIds 必须是文件 id 的数组' })
  @Min(1, { each: true, message: 'attachmentIds 必须是文件 id 的数组' })
  attachmentIds?: number[];

  @ApiPropertyOptional({ description: '发布机构 (信息公开)' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'issuer 最长 100 个字符' })
  @Matches(NO_CONTROL, { message: 'issuer 不能包含控制字符' })
  issuer?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: '成文日期 YYYY-MM-DD (信息公开)' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsISO8601({ strict: true }, { message: 'writtenOn 必须是 YYYY-MM-DD 日期' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'writtenOn 必须是 YYYY-MM-DD 日期' })
  writtenOn?: string | null;

  @ApiPropertyOptional({ description: '文号, e.g. 示政办〔2026〕12号' })
  @IsOptional()
  @IsString()
  @MaxLength(64, { message: 'docNo 最长 64 个字符' })
  @Matches(NO_CONTROL, { message: 'docNo 不能包含控制字符' })
  docNo?: string;

  @ApiPropertyOptional({ description: '主题分类' })
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: 'topic 最长 50 个字符' })
  @Matches(NO_CONTROL, { message: 'topic 不能包含控制字符' })
  topic?: string;

  @ApiPropertyOptional({ enum: VALIDITIES, description: '有效性: valid 有效 / revised 已修订 / repealed 已废止' })
  @IsOptional()
  @IsIn(VALIDITIES, { message: 'validity 只能是 valid、revised 或 repealed' })
  validity?: Validity;
}

/** PATCH: every field optional; with `updatedAt` as read, a compare-and-set. */
@AcceptsReadBack(ArticleResponse, ArticleListItemResponse)
export class ArticleFieldsDto extends PartialType(CreateArticleDto) {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'The `updatedAt` the change was made from (as GET answered it): 409 if the article changed since',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'updatedAt 必须是读取文章时得到的 ISO 8601 时间' })
  updatedAt?: string;
}

export class ListArticlesQuery extends PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Only this column' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'columnId 必须是整数' })
  @Min(1)
  columnId?: number;

  @ApiPropertyOptional({ enum: ARTICLE_STATUSES })
  @IsOptional()
  @IsIn(ARTICLE_STATUSES, { message: `status 只能是 ${ARTICLE_STATUSES.join(', ')}` })
  status?: ArticleStatus;

  @ApiPropertyOptional({ maxLength: 100, description: 'Words of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: only the articles the caller created' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'mine 只能是 true 或 false' })
  mine?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Changed at or after this ISO time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from 必须是 ISO 8601 时间' })
  from?: string;

  @ApiPropertyOptional({ description: 'Changed at or before this ISO time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to 必须是 ISO 8601 时间' })
  to?: string;
}

/** A draft's texts to screen for sensitive words before submitting (nothing is saved). */
export class ScreenDraftDto extends PartialType(
  PickType(CreateArticleDto, ['title', 'subtitle', 'summary', 'body', 'attachmentIds'] as const),
) {}

export class DiffQuery {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The older revision number' })
  @Type(() => Number)
  @IsInt({ message: 'from 必须是版本号(正整数)' })
  @Min(1)
  from: number;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'The newer revision number' })
  @Type(() => Number)
  @IsInt({ message: 'to 必须是版本号(正整数)' })
  @Min(1)
  to: number;
}
