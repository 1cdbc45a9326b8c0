import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { AcceptsReadBack, PLAIN_TEXT } from '@zhanqun/shared';
import { SiteResponse } from './site.response';

const TEXT = PLAIN_TEXT;
const NO_MARKUP = { message: '$property 不能包含 < > 或控制字符' };

export class SiteAdminDto {
  @ApiProperty({ example: 'jyj_admin' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_.-]{1,63}$/, { message: 'admin.username 须为 2–64 位小写字母、数字或 _ . -' })
  username: string;

  @ApiProperty({ example: '教育局网站管理员' })
  @IsString()
  @IsNotEmpty({ message: 'admin.displayName 不能为空' })
  @MaxLength(100)
  @Matches(TEXT, NO_MARKUP)
  displayName: string;
}

/** POST /sites: a new site, its domains and its admin. */
export class CreateSiteDto {
  @ApiProperty({ example: '示范县教育局' })
  @IsString({ message: 'name 必须是字符串' })
  @IsNotEmpty({ message: 'name 不能为空' })
  @MaxLength(100, { message: 'name 最长 100 个字符' })
  @Matches(TEXT, NO_MARKUP)
  name: string;

  @ApiPropertyOptional({ description: '主办单位' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(TEXT, NO_MARKUP)
  sponsor?: string;

  @ApiPropertyOptional({ description: '承办单位' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(TEXT, NO_MARKUP)
  organizer?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(/^[0-9+\-() ,、转]*$/u, { message: 'contactPhone 只能包含数字、空格和 + - ( ) , 、转' })
  contactPhone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(TEXT, NO_MARKUP)
  contactAddress?: string;

  @ApiPropertyOptional({ description: '政府网站标识码, 10 characters', example: '4103240001' })
  @IsOptional()
  @IsString()
  @Matches(/^([0-9A-Za-z]{10})?$/, { message: 'idCode(政府网站标识码)须为 10 位字母或数字' })
  idCode?: string;

  @ApiPropertyOptional({ description: '统一社会信用代码, the prefix of 索引号', example: '11410324005252417X' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Z]{0,32}$/, { message: 'orgCode 须为不超过 32 位的数字或大写字母' })
  orgCode?: string;

  @ApiPropertyOptional({ description: 'ICP备案号', example: '豫ICP备05001234号-1' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(TEXT, NO_MARKUP)
  icp?: string;

  @ApiPropertyOptional({ description: '公安机关备案号', example: '豫公网安备 41032402000001号' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(TEXT, NO_MARKUP)
  psb?: string;

  @ApiPropertyOptional({ description: '本单位特色 banner text' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(TEXT, NO_MARKUP)
  featureText?: string;

  @ApiPropertyOptional({ enum: ['party', 'government'], description: '党群 or 政府 unit' })
  @IsOptional()
  @IsIn(['party', 'government'], { message: 'category 只能是 party 或 government' })
  category?: 'party' | 'government';

  @ApiPropertyOptional({ type: [String], description: 'legacy hosts that 301 to the primary domain' })
  @IsOptional()
  @IsArray({ message: 'aliases 必须是域名数组' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  aliases?: string[];

  @ApiProperty({ example: 'jyj', description: '2–32 of a-z0-9-' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,30}[a-z0-9]$/, { message: 'code 须为 2–32 位小写字母、数字或连字符' })
  code: string;

  @ApiProperty({ enum: ['department', 'township', 'portal'] })
  @IsIn(['department', 'township', 'portal'], { message: 'kind 只能是 department、township 或 portal' })
  kind: 'department' | 'township' | 'portal';

  @ApiProperty({ type: SiteAdminDto })
  @ValidateNested()
  @Type(() => SiteAdminDto)
  @IsNotEmpty({ message: 'admin 不能为空' })
  admin: SiteAdminDto;
}

/** PATCH /sites/:siteId: the site's own fields; code, kind and admin are fixed at creation. */
@AcceptsReadBack(SiteResponse)
export class SiteFieldsDto extends PartialType(OmitType(CreateSiteDto, ['code', 'kind', 'admin'] as const)) {
  @ApiPropertyOptional({ description: "key of one of the standards profile's approved style variants ('' = the standard style)" })
  @IsOptional()
  @IsString({ message: 'styleVariant 必须是字符串' })
  @MaxLength(50, { message: 'styleVariant 最长 50 个字符' })
  styleVariant?: string;
}
