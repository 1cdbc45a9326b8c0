import { BadRequestException, Body, Controller, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { parseSiteId, PlatformAdminOnly, SiteRoles } from '@zhanqun/auth';
import { TemplatePreviewDto, TemplatesService } from '@zhanqun/templating';
import { PagePreview } from './page-preview.service';

/** Shows a page rendered with a draft template before it is saved; writes nothing. */
@ApiTags('templates')
@ApiBearerAuth()
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
  async platform(@Body() body: TemplatePreviewDto): Promise<string> {
    if (!body.siteId) throw new BadRequestException('siteId 必填:预览哪个站点');
    const theme = await this.templates.draftTheme(null, { [body.name]: body.source }, body.siteId);
    return this.preview.render(body.siteId, { theme }, body.path);
  }

  @Post('sites/:siteId/templates/preview')
  @HttpCode(200)
  @SiteRoles('site_admin')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async site(@Param('siteId') raw: string, @Body() body: TemplatePreviewDto): Promise<string> {
    const siteId = parseSiteId(raw);
    const theme = await this.templates.draftTheme(siteId, { [body.name]: body.source }, siteId);
    return this.preview.render(siteId, { theme }, body.path);
  }
}
