import { BadRequestException, Body, Controller, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseSiteId, PlatformAdminOnly, SiteRoles } from '@zhanqun/auth';
import { ApiErrors, ApiIdParam } from '@zhanqun/shared';
import { TemplatePreviewDto, TemplatesService } from '@zhanqun/templating';
import { PagePreview } from './page-preview.service';

/** Shows a page rendered with a draft template before it is saved; writes nothing. */
@ApiTags('templates')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404, 422)
@Controller()
export class TemplatesPreviewController {
  constructor(
    private readonly templates: TemplatesService,
    private readonly preview: PagePreview,
  ) {}

  @Post('platform/templates/preview')
  @HttpCode(200)
  @PlatformAdminOnly()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'Preview a page of a site under a draft platform template' })
  @ApiOkResponse({ description: 'The page as it would be rendered', content: { 'text/html': { schema: { type: 'string' } } } })
  async platform(@Body() body: TemplatePreviewDto): Promise<string> {
    if (!body.siteId) throw new BadRequestException('siteId 必填:预览哪个站点');
    const theme = await this.templates.draftTheme(null, { [body.name]: body.source }, body.siteId);
    return this.preview.render(body.siteId, { theme }, body.path);
  }

  @Post('sites/:siteId/templates/preview')
  @HttpCode(200)
  @SiteRoles('site_admin')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'Preview a page of the site under a draft override' })
  @ApiIdParam('siteId', 'The site')
  @ApiOkResponse({ description: 'The page as it would be rendered', content: { 'text/html': { schema: { type: 'string' } } } })
  async site(@Param('siteId') raw: string, @Body() body: TemplatePreviewDto): Promise<string> {
    const siteId = parseSiteId(raw);
    const theme = await this.templates.draftTheme(siteId, { [body.name]: body.source }, siteId);
    return this.preview.render(siteId, { theme }, body.path);
  }
}
