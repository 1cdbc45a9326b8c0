import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { AcceptsReadBack } from '@zhanqun/shared';
import { ADOPTION_MODES, SYNDICATION_STATUSES, type AdoptionMode, type SyndicationStatus } from '../syndication.entity';
import { SyndicationRatesResponse, SyndicationRuleResponse } from './syndication.response';

const MAX_ID = 4294967295;
const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Where to submit: a list column of the target site (normally the portal). */
@AcceptsReadBack(SyndicationRuleResponse)
export class TargetDto {
  @ApiProperty()
  @IsInt({ message: 'targetSiteId 必须是正整数' })
  @Min(1, { message: 'targetSiteId 必须是正整数' })
  @Max(MAX_ID, { message: 'targetSiteId 超出范围' })
  targetSiteId: number;

  @ApiProperty()
  @IsInt({ message: 'targetColumnId 必须是正整数' })
  @Min(1, { message: 'targetColumnId 必须是正整数' })
  @Max(MAX_ID, { message: 'targetColumnId 超出范围' })
  targetColumnId: number;
}

export class AdoptDto {
  @ApiPropertyOptional({ enum: ADOPTION_MODES, default: 'reference' })
  @IsOptional()
  @IsIn(ADOPTION_MODES, { message: 'mode 只能是 reference(引用,随源文章更新)或 copy(复制)' })
  mode?: AdoptionMode;

  @ApiPropertyOptional({ description: '重大新闻 (a remuneration bonus)' })
  @IsOptional()
  @IsBoolean({ message: 'major 必须是布尔值' })
  major?: boolean;

  @ApiPropertyOptional({ description: '头条 on the portal; defaults to the source article’s flag' })
  @IsOptional()
  @IsBoolean({ message: 'headline 必须是布尔值' })
  headline?: boolean;
}

export class DeclineDto {
  @ApiProperty({ maxLength: 500 })
  @IsString({ message: 'reason 必须是字符串' })
  @Matches(/\S/, { message: '不采用必须填写理由(reason)' })
  @MaxLength(500, { message: 'reason 最长 500 个字符' })
  @Matches(NO_CONTROL, { message: 'reason 不能包含控制字符' })
  reason: string;
}

export class ListSyndicationsQuery {
  @ApiPropertyOptional({ enum: SYNDICATION_STATUSES })
  @IsOptional()
  @IsIn(SYNDICATION_STATUSES, { message: `status 只能是 ${SYNDICATION_STATUSES.join(', ')}` })
  status?: SyndicationStatus;

  @ApiPropertyOptional({ description: 'only this target site (default: every site the caller decides for)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'targetSiteId 必须是正整数' })
  @Min(1, { message: 'targetSiteId 必须是正整数' })
  @Max(MAX_ID, { message: 'targetSiteId 超出范围' })
  targetSiteId?: number;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page 必须是正整数' })
  @Min(1, { message: 'page 必须是正整数' })
  @Max(100000, { message: 'page 过大' })
  page?: number;

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize 必须是 1 到 100 的整数' })
  @Min(1, { message: 'pageSize 必须是 1 到 100 的整数' })
  @Max(100, { message: 'pageSize 必须是 1 到 100 的整数' })
  pageSize?: number;
}

export class StatsQuery {
  @ApiProperty({ example: '2026-01-01', description: 'first day (Beijing time), inclusive' })
  @IsString({ message: 'from 必须是 YYYY-MM-DD 格式的日期' })
  @Matches(DAY, { message: 'from 必须是 YYYY-MM-DD 格式的日期' })
  from: string;

  @ApiProperty({ example: '2026-12-31', description: 'last day (Beijing time), inclusive' })
  @IsString({ message: 'to 必须是 YYYY-MM-DD 格式的日期' })
  @Matches(DAY, { message: 'to 必须是 YYYY-MM-DD 格式的日期' })
  to: string;

  @ApiPropertyOptional({ description: 'only this source unit' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'siteId 必须是正整数' })
  @Min(1, { message: 'siteId 必须是正整数' })
  @Max(MAX_ID, { message: 'siteId 超出范围' })
  siteId?: number;
}

/**
 * A number with at most two decimals, read as JavaScript writes it (class-validator's
 * `maxDecimalPlaces` does the same but throws on one written with an exponent, such as 7e-323: a 500).
 */
function isWholeFen(value: unknown): boolean {
  return typeof value === 'number' && /^-?\d+(\.\d{1,2})?$/.test(String(value));
}

const yuanAmount = (field: string) => [
  ValidateBy({ name: 'isYuan', validator: { validate: isWholeFen } }, { message: `${field} 必须是最多两位小数的金额(元)` }),
  Min(0, { message: `${field} 不能为负数` }),
  Max(100000, { message: `${field} 不能超过 100000 元` }),
];

/** GET answers amounts as decimal strings ('12.50'): they are taken back as numbers. */
const fromDecimalString = Transform(({ value }) => (typeof value === 'string' && /^\d+(\.\d{1,2})?$/.test(value) ? Number(value) : value));

function Yuan(field: string): PropertyDecorator {
  return (target, key) => [fromDecimalString, ...yuanAmount(field)].forEach((decorate) => decorate(target, key));
}

/** Rates in yuan (stored in fen), as numbers or as GET answers them. */
@AcceptsReadBack(SyndicationRatesResponse)
export class RatesDto {
  @ApiProperty({ example: 100 })
  @IsInt({ message: 'charsPerUnit 必须是正整数' })
  @Min(1, { message: 'charsPerUnit 必须是 1 到 10000 的整数' })
  @Max(10000, { message: 'charsPerUnit 必须是 1 到 10000 的整数' })
  charsPerUnit: number;

  @ApiProperty({ example: 2, description: 'yuan per charsPerUnit characters' })
  @Yuan('pricePerUnit')
  pricePerUnit: number;

  @ApiProperty({ example: 20, description: '头条 bonus, yuan' })
  @Yuan('headlineBonus')
  headlineBonus: number;

  @ApiProperty({ example: 20, description: '重大新闻 bonus, yuan' })
  @Yuan('majorBonus')
  majorBonus: number;

  @ApiProperty({ example: 20, description: '图片新闻 bonus, yuan' })
  @Yuan('pictureBonus')
  pictureBonus: number;
}
