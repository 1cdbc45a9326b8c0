import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { AcceptsReadBack } from '@zhanqun/shared';
import { MAX_TEMPLATE_CHARS } from './templates.service';
import { TemplateResponse } from './templates.response';

@AcceptsReadBack(TemplateResponse)
export class TemplateSourceDto {
  @ApiProperty({ description: 'Handlebars source' })
  @IsString({ message: 'source 必须是字符串' })
  @MaxLength(MAX_TEMPLATE_CHARS, { message: `source 最长 ${MAX_TEMPLATE_CHARS} 个字符` })
  source: string;
}

export class TemplatePreviewDto extends TemplateSourceDto {
  @ApiProperty({ description: 'layout, page.<type> or partial.<name>' })
  @IsString({ message: 'name 必须是模板名称' })
  @MaxLength(60)
  name: string;

  @ApiPropertyOptional({ description: 'platform preview: the site to show' })
  @IsOptional()
  @IsInt({ message: 'siteId 必须是整数' })
  @Min(1, { message: 'siteId 必须是整数' })
  siteId?: number;

  @ApiPropertyOptional({
    description:
      'A published page of the site (default: home), or /search, /interaction/mailbox, /interaction/error-report, /interaction/query, /interaction/letters',
  })
  @IsOptional()
  @Matches(/^\/[^\s?#]*$/, { message: 'path 必须是以 / 开头的站内页面路径' })
  @MaxLength(255)
  path?: string;
}
