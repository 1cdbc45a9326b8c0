import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { AcceptsReadBack, PLAIN_TEXT } from '@zhanqun/shared';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min } from 'class-validator';
import { GOV_LINK_GROUPS, type GovLinkGroup } from '../gov-link.entity';
import { GovLinkResponse } from './gov-link.response';

export class CreateGovLinkDto {
  @ApiProperty({ example: '中国政府网' })
  @IsString({ message: 'name 必须是字符串' })
  @Matches(/\S/, { message: 'name 不能为空' })
  @MaxLength(100, { message: 'name 最长 100 个字符' })
  @Matches(PLAIN_TEXT, { message: 'name 不能包含尖括号或控制字符' })
  name: string;

  @ApiProperty({ example: 'https://www.gov.cn/' })
  @IsString({ message: 'url 必须是字符串' })
  @MaxLength(500, { message: 'url 最长 500 个字符' })
  // Only absolute http(s) URLs: javascript:, data: and relative links are refused.
  @Matches(/^https?:\/\//i, { message: 'url 必须是 http 或 https 地址' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url 必须是 http 或 https 地址' })
  url: string;

  @ApiProperty({ enum: GOV_LINK_GROUPS, description: 'higher: 上级政府网站; sibling: 本级政府网站' })
  @IsIn(GOV_LINK_GROUPS, { message: 'group 只能是 higher 或 sibling' })
  group: GovLinkGroup;

  @ApiPropertyOptional({ default: 0, description: 'ascending within the group' })
  @IsOptional()
  @IsInt({ message: 'sort 必须是整数' })
  @Min(0, { message: 'sort 不能小于 0' })
  @Max(9999, { message: 'sort 不能大于 9999' })
  sort?: number;
}

/** PATCH: every field optional. */
@AcceptsReadBack(GovLinkResponse)
export class UpdateGovLinkDto extends PartialType(CreateGovLinkDto) {}
