import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, SiteRoles, type Principal } from '@zhanqun/auth';
import { IsIn, IsOptional } from 'class-validator';
import { ArticlesService } from './articles.service';
import { ArticleFieldsDto, CreateArticleDto, DiffQuery, ListArticlesQuery } from './dto/article.dto';
import {
  ArticleHistoryResponse,
  ArticleListResponse,
  ArticleResponse,
  ArticleStatusResponse,
  ArticleSubmitResponse,
  RevisionDiffResponse,
  RevisionListResponse,
  RevisionResponse,
} from './dto/article.response';
import { ApiErrors, ApiIdParam, parseId } from '@zhanqun/shared';

const WRITERS = ['site_admin', 'editor'] as const;

export class SaveArticleQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: '`true`: an autosave of the editor; a draft’s autosaves by one author within ten minutes make one revision',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'autosave 只能是 true 或 false' })
  autosave?: 'true' | 'false';
}

@ApiTags('articles')
@ApiBearerAuth()
@ApiErrors(401, 403, 404)
@ApiIdParam('siteId', 'The site')
@Controller('sites/:siteId/articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get()
  @ApiOperation({ summary: 'List the site’s articles (newest change first)' })
  @ApiOkResponse({ type: ArticleListResponse })
  @ApiErrors(400)
  list(@Query() query: ListArticlesQuery, @CurrentUser() principal: Principal) {
    return this.articles.list(query, principal.id);
  }

  @Post()
  @SiteRoles(...WRITERS)
  @ApiOperation({ summary: 'Create a draft article' })
  @ApiCreatedResponse({ type: ArticleResponse })
  @ApiErrors(400)
  create(@Body() body: CreateArticleDto, @CurrentUser() principal: Principal) {
    return this.articles.create(body, principal.id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an article' })
  @ApiIdParam('id', 'The article')
  @ApiOkResponse({ type: ArticleResponse })
  get(@Param('id') id: string) {
    return this.articles.get(parseId(id, '文章'));
  }

  @Patch(':id')
  @SiteRoles(...WRITERS)
  @ApiOperation({ summary: 'Change an article (a live one’s content edit may wait for review)' })
  @ApiIdParam('id', 'The article')
  @ApiOkResponse({ type: ArticleResponse })
  @ApiErrors(400, 409)
  update(@Param('id') id: string, @Body() body: ArticleFieldsDto, @Query() query: SaveArticleQuery, @CurrentUser() principal: Principal) {
    return this.articles.update(parseId(id, '文章'), body, principal.id, query.autosave === 'true');
  }

  @Delete(':id')
  @HttpCode(204)
  @SiteRoles(...WRITERS)
  @ApiOperation({ summary: 'Delete an article (taken offline first if live)' })
  @ApiIdParam('id', 'The article')
  @ApiNoContentResponse({ description: 'Deleted' })
  async remove(@Param('id') id: string): Promise<void> {
    await this.articles.remove(parseId(id, '文章'));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @SiteRoles(...WRITERS)
  @ApiOperation({ summary: 'Submit an article (or a live one’s edit) for review' })
  @ApiIdParam('id', 'The article')
  @ApiOkResponse({ type: ArticleSubmitResponse })
  @ApiErrors(409, 422)
  submit(@Param('id') id: string, @CurrentUser() principal: Principal) {
    return this.articles.submit(parseId(id, '文章'), principal.id);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @SiteRoles('site_admin', 'editor', 'leader')
  @ApiOperation({ summary: 'Take a published or scheduled article offline' })
  @ApiIdParam('id', 'The article')
  @ApiOkResponse({ type: ArticleStatusResponse })
  @ApiErrors(409)
  unpublish(@Param('id') id: string, @CurrentUser() principal: Principal) {
    return this.articles.unpublish(parseId(id, '文章'), principal.id);
  }

  /** The author (or the site admin) takes a pending article back to draft. */
  @Post(':id/withdraw')
  @HttpCode(200)
  @SiteRoles(...WRITERS)
  @ApiOperation({ summary: 'Withdraw an article from review' })
  @ApiIdParam('id', 'The article')
  @ApiOkResponse({ type: ArticleStatusResponse })
  @ApiErrors(409)
  withdraw(@Param('id') id: string, @CurrentUser() principal: Principal) {
    return this.articles.withdraw(parseId(id, '文章'), principal.id);
  }

  @Get(':id/revisions')
  @ApiOperation({ summary: 'List an article’s revisions' })
  @ApiIdParam('id', 'The article')
  @ApiOkResponse({ type: RevisionListResponse })
  revisions(@Param('id') id: string) {
    return this.articles.revisionsOf(parseId(id, '文章'));
  }

  /** A unified diff between two revisions: `?from=1&to=3`. */
  @Get(':id/revisions/diff')
  @ApiOperation({ summary: 'Compare two revisions of an article' })
  @ApiIdParam('id', 'The article')
  @ApiOkResponse({ type: RevisionDiffResponse })
  @ApiErrors(400)
  diff(@Param('id') id: string, @Query() query: DiffQuery) {
    return this.articles.diff(parseId(id, '文章'), query.from, query.to);
  }

  @Get(':id/revisions/:number')
  @ApiOperation({ summary: 'Get one revision of an article' })
  @ApiIdParam('id', 'The article')
  @ApiIdParam('number', 'The revision number')
  @ApiOkResponse({ type: RevisionResponse })
  revision(@Param('id') id: string, @Param('number') number: string) {
    return this.articles.revision(parseId(id, '文章'), parseId(number, '版本'));
  }

  @Post(':id/revisions/:number/restore')
  @HttpCode(200)
  @SiteRoles(...WRITERS)
  @ApiOperation({ summary: 'Restore a revision as the article’s content' })
  @ApiIdParam('id', 'The article')
  @ApiIdParam('number', 'The revision number')
  @ApiOkResponse({ type: ArticleResponse })
  @ApiErrors(400, 409)
  restore(@Param('id') id: string, @Param('number') number: string, @CurrentUser() principal: Principal) {
    return this.articles.restore(parseId(id, '文章'), parseId(number, '版本'), principal.id);
  }

  /** Who did what to the article, when, at which review step, with what comment. */
  @Get(':id/history')
  @ApiOperation({ summary: 'An article’s history: who did what, when, with what comment' })
  @ApiIdParam('id', 'The article')
  @ApiOkResponse({ type: ArticleHistoryResponse })
  history(@Param('id') id: string) {
    return this.articles.historyOf(parseId(id, '文章'));
  }
}
