import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseSiteId, SiteRoles } from '@zhanqun/auth';
import { ArticleFieldsDto, ArticlesService } from '@zhanqun/content';
import { ApiErrors, ApiIdParam, parseId } from '@zhanqun/shared';
import { PagePreview } from './page-preview.service';

const HTML = { description: 'The article page as the site will render it', content: { 'text/html': { schema: { type: 'string' } } } };

/** The page as HTML; set only on success, so a refusal stays the usual JSON error. */
function html(res: Response, page: string): string {
  res.type('text/html; charset=utf-8');
  return page;
}

/** The editor's preview: the article page with the draft's fields, rendered in memory; writes nothing. */
@ApiTags('articles')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404)
@ApiIdParam('siteId', 'The site')
@Controller('sites/:siteId/articles')
export class ArticlePreviewController {
  constructor(
    private readonly articles: ArticlesService,
    private readonly preview: PagePreview,
  ) {}

  @Post('preview')
  @HttpCode(200)
  @SiteRoles('site_admin', 'editor')
  @ApiOperation({ summary: 'Preview a new article (not saved yet; columnId required)' })
  @ApiOkResponse(HTML)
  async draft(@Param('siteId') siteId: string, @Body() body: ArticleFieldsDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    return html(res, await this.preview.renderArticle(parseSiteId(siteId), await this.articles.draft(null, body)));
  }

  @Post(':id/preview')
  @HttpCode(200)
  @SiteRoles('site_admin', 'editor', 'leader')
  @ApiOperation({ summary: 'Preview an article with unsaved changes (the body’s fields over the stored ones)' })
  @ApiIdParam('id', 'The article')
  @ApiOkResponse(HTML)
  async edited(
    @Param('siteId') siteId: string,
    @Param('id') id: string,
    @Body() body: ArticleFieldsDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return html(res, await this.preview.renderArticle(parseSiteId(siteId), await this.articles.draft(parseId(id, '文章'), body)));
  }
}
