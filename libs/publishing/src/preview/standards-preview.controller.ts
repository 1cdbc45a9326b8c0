import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiSchema, ApiTags } from '@nestjs/swagger';
import { PlatformAdminOnly } from '@zhanqun/auth';
import { ApiErrors } from '@zhanqun/shared';
import { StandardsProfileDto, StandardsService, type StandardsProfile } from '@zhanqun/standards';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { PagePreview } from './page-preview.service';

@ApiSchema({
  description:
    'A page of a site under a draft profile: `profile` holds draft parts (as for PUT); the others come from the version in force',
})
export class StandardsPreviewDto {
  @ApiProperty({ description: 'The site to show' })
  @IsInt({ message: 'siteId 必须是整数' })
  @Min(1, { message: 'siteId 必须是整数' })
  siteId: number;

  @ApiPropertyOptional({ description: 'A published page of the site, e.g. /zwdt/gzdt/index.html (default: home)' })
  @IsOptional()
  @Matches(/^\/[^\s?#]*$/, { message: 'path 必须是以 / 开头的站内页面路径' })
  @MaxLength(255)
  path?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateNested()
  @Type(() => StandardsProfileDto)
  profile?: StandardsProfileDto;
}

/** The portal center previews a site under a draft profile before making it the standard. */
@ApiTags('standards')
@ApiBearerAuth()
@Controller('platform/standards/preview')
@PlatformAdminOnly()
export class StandardsPreviewController {
  constructor(
    private readonly standards: StandardsService,
    private readonly preview: PagePreview,
  ) {}

  @Post()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'Preview a page of a site under a draft standards profile' })
  @ApiOkResponse({ description: 'The page as it would be rendered', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiErrors(400, 401, 403, 404, 422)
  async render(@Body() body: StandardsPreviewDto): Promise<string> {
    const profile = await this.standards.draft((body.profile ?? {}) as Partial<StandardsProfile>);
    return this.preview.render(body.siteId, { profile }, body.path);
  }
}
