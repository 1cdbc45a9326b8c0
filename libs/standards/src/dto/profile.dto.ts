import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PLAIN_TEXT } from '@zhanqun/shared';
import { FOOTER_ITEMS, type FooterItem } from '../standards-profile';

const COLOR = /^#[0-9a-fA-F]{6}$/;
const COLOR_MESSAGE = (field: string) => `${field} 必须是 #RRGGBB 形式的颜色`;
const SLUG = /^[a-z0-9-]{1,50}$/;

export class IdentityDto {
  @ApiProperty({ description: 'Show the national emblem beside the portal name' })
  @IsBoolean({ message: 'identity.showEmblem 必须是布尔值' })
  showEmblem: boolean;
}

@ApiSchema({ description: 'The standard style (统一风格)' })
export class StyleDto {
  @ApiProperty({ example: '#b5121b' })
  @Matches(COLOR, { message: COLOR_MESSAGE('style.primaryColor') })
  primaryColor: string;

  @ApiProperty({ example: '#1f4e8c' })
  @Matches(COLOR, { message: COLOR_MESSAGE('style.accentColor') })
  accentColor: string;

  @ApiProperty({ example: '#222222' })
  @Matches(COLOR, { message: COLOR_MESSAGE('style.textColor') })
  textColor: string;

  @ApiPropertyOptional({ description: 'One of the colours above (the theme’s own when absent)' })
  @IsOptional()
  @Matches(COLOR, { message: COLOR_MESSAGE('style.linkColor') })
  linkColor?: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200, { message: 'style.fontFamily 最长 200 个字符' })
  @Matches(/^[\p{L}\p{N} ,'"-]+$/u, { message: 'style.fontFamily 只能包含字体名称、空格、逗号和引号' })
  fontFamily: string;

  @ApiProperty({ type: 'integer', minimum: 12, maximum: 24, description: 'px' })
  @IsInt({ message: 'style.baseFontSize 必须是整数(px)' })
  @Min(12, { message: 'style.baseFontSize 不能小于 12' })
  @Max(24, { message: 'style.baseFontSize 不能大于 24' })
  baseFontSize: number;
}

export class StyleVariantDto {
  @ApiProperty({ example: 'blue' })
  @Matches(SLUG, { message: 'styleVariants[].key 只能是 1–50 个小写字母、数字或连字符' })
  key: string;

  @ApiProperty({ example: '政务蓝' })
  @IsString()
  @MinLength(1, { message: 'styleVariants[].name 不能为空' })
  @MaxLength(20, { message: 'styleVariants[].name 最长 20 个字符' })
  @Matches(PLAIN_TEXT, { message: 'styleVariants[].name 不能包含控制字符' })
  name: string;

  @ApiProperty()
  @Matches(COLOR, { message: COLOR_MESSAGE('styleVariants[].primaryColor') })
  primaryColor: string;

  @ApiProperty()
  @Matches(COLOR, { message: COLOR_MESSAGE('styleVariants[].accentColor') })
  accentColor: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(COLOR, { message: COLOR_MESSAGE('styleVariants[].linkColor') })
  linkColor?: string;
}

export class SkeletonColumnDto {
  @ApiProperty()
  @IsString()
  @MinLength(1, { message: '栏目名称不能为空' })
  @MaxLength(50, { message: '栏目名称最长 50 个字符' })
  @Matches(PLAIN_TEXT, { message: '栏目名称不能包含控制字符' })
  name: string;

  @ApiProperty()
  @Matches(SLUG, { message: '栏目 slug 只能是 1–50 个小写字母、数字或连字符' })
  slug: string;

  @ApiProperty({ enum: ['list', 'page', 'link'] })
  @IsIn(['list', 'page', 'link'], { message: '栏目 kind 只能是 list、page 或 link' })
  kind: 'list' | 'page' | 'link';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '栏目描述最长 200 个字符' })
  description?: string;

  @ApiPropertyOptional({ type: () => [SkeletonColumnDto] })
  @IsOptional()
  @IsArray({ message: '栏目 children 必须是数组' })
  @ArrayMaxSize(50, { message: '一个栏目下最多 50 个子栏目' })
  @ValidateNested({ each: true })
  @Type(() => SkeletonColumnDto)
  children?: SkeletonColumnDto[];
}

@ApiSchema({ description: 'The standard columns (统一栏目) created for each kind of new site' })
export class SkeletonDto {
  @ApiProperty({ type: [SkeletonColumnDto] })
  @IsArray({ message: 'skeleton.portal 必须是栏目数组' })
  @ArrayMinSize(1, { message: 'skeleton.portal 至少要有一个栏目' })
  @ValidateNested({ each: true })
  @Type(() => SkeletonColumnDto)
  portal: SkeletonColumnDto[];

  @ApiProperty({ type: [SkeletonColumnDto] })
  @IsArray({ message: 'skeleton.department 必须是栏目数组' })
  @ArrayMinSize(1, { message: 'skeleton.department 至少要有一个栏目' })
  @ValidateNested({ each: true })
  @Type(() => SkeletonColumnDto)
  department: SkeletonColumnDto[];

  @ApiProperty({ type: [SkeletonColumnDto] })
  @IsArray({ message: 'skeleton.township 必须是栏目数组' })
  @ArrayMinSize(1, { message: 'skeleton.township 至少要有一个栏目' })
  @ValidateNested({ each: true })
  @Type(() => SkeletonColumnDto)
  township: SkeletonColumnDto[];
}

@ApiSchema({ description: 'The locked footer (统一页脚)' })
export class FooterDto {
  @ApiProperty({ description: '党政机关标识 link target' })
  @Matches(/^https?:\/\/\S+$/, { message: 'footer.conacUrl 必须是 http(s) 地址' })
  @MaxLength(300)
  conacUrl: string;

  @ApiProperty({ description: 'Path on the portal of the group-wide error report entry' })
  @Matches(/^\/[A-Za-z0-9/_.-]*$/, { message: 'footer.errorReportPath 必须是以 / 开头的站内路径' })
  @MaxLength(200)
  errorReportPath: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string', enum: [...FOOTER_ITEMS] } },
    description: 'Rows of footer items, in order',
  })
  @IsArray({ message: 'footer.layout 必须是由页脚项目组成的行' })
  @ArrayMinSize(1, { message: 'footer.layout 至少一行' })
  @ArrayMaxSize(8, { message: 'footer.layout 最多 8 行' })
  @IsArray({ each: true, message: 'footer.layout 的每一行必须是页脚项目数组' })
  layout: FooterItem[][];

  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(FOOTER_ITEMS.map((item) => [item, { type: 'string' }])),
    description: 'Values for sites whose record leaves an item empty',
  })
  @IsObject({ message: 'footer.defaults 必须是对象' })
  defaults: Partial<Record<FooterItem, string>>;
}

export class MetaTagDto {
  @ApiProperty()
  @Matches(/^[A-Za-z][A-Za-z0-9_.:-]{0,49}$/, { message: 'metadata.extra[].name 必须是字母开头的 meta 名称' })
  name: string;

  @ApiProperty()
  @IsString()
  @MaxLength(300, { message: 'metadata.extra[].content 最长 300 个字符' })
  @Matches(PLAIN_TEXT, { message: 'metadata.extra[].content 不能包含控制字符' })
  content: string;
}

export class MetadataDto {
  @ApiProperty({
    type: 'integer',
    minimum: 40,
    maximum: 300,
    description: 'Length of the generated Description of an article without a summary',
  })
  @IsInt({ message: 'metadata.descriptionChars 必须是整数' })
  @Min(40, { message: 'metadata.descriptionChars 不能小于 40' })
  @Max(300, { message: 'metadata.descriptionChars 不能大于 300' })
  descriptionChars: number;

  @ApiProperty({ type: [MetaTagDto], description: 'Extra meta tags every page carries' })
  @IsArray({ message: 'metadata.extra 必须是数组' })
  @ArrayMaxSize(20, { message: 'metadata.extra 最多 20 项' })
  @ValidateNested({ each: true })
  @Type(() => MetaTagDto)
  extra: MetaTagDto[];
}

@ApiSchema({ description: 'Tools of the service bar (统一服务); accessibility and elder mode are always on' })
export class ServiceBarDto {
  @ApiProperty()
  @IsBoolean({ message: 'serviceBar.print 必须是布尔值' })
  print: boolean;

  @ApiProperty()
  @IsBoolean({ message: 'serviceBar.mailbox 必须是布尔值' })
  mailbox: boolean;

  @ApiProperty()
  @IsBoolean({ message: 'serviceBar.errorReport 必须是布尔值' })
  errorReport: boolean;

  @ApiProperty()
  @IsBoolean({ message: 'serviceBar.sitemap 必须是布尔值' })
  sitemap: boolean;
}

/** A new profile version. Parts left out are kept from the version in force. */
export class StandardsProfileDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(2, { message: 'portalName 至少 2 个字符' })
  @MaxLength(50, { message: 'portalName 最长 50 个字符' })
  @Matches(PLAIN_TEXT, { message: 'portalName 不能包含控制字符' })
  portalName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateNested()
  @Type(() => IdentityDto)
  identity?: IdentityDto;

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateNested()
  @Type(() => StyleDto)
  style?: StyleDto;

  @ApiPropertyOptional({ type: [StyleVariantDto] })
  @IsOptional()
  @IsArray({ message: 'styleVariants 必须是数组' })
  @ArrayMaxSize(12, { message: 'styleVariants 最多 12 个' })
  @ValidateNested({ each: true })
  @Type(() => StyleVariantDto)
  styleVariants?: StyleVariantDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateNested()
  @Type(() => SkeletonDto)
  skeleton?: SkeletonDto;

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateNested()
  @Type(() => FooterDto)
  footer?: FooterDto;

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateNested()
  @Type(() => MetadataDto)
  metadata?: MetadataDto;

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceBarDto)
  serviceBar?: ServiceBarDto;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray({ message: 'allowedDomainSuffixes 必须是数组' })
  @ArrayMinSize(1, { message: 'allowedDomainSuffixes 至少一个后缀' })
  @ArrayMaxSize(20)
  @Matches(/^\.[\p{L}\p{N}.-]{1,60}$/u, { each: true, message: 'allowedDomainSuffixes 的每一项必须以 . 开头,如 .gov.cn' })
  allowedDomainSuffixes?: string[];
}
