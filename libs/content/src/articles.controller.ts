import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SiteRoles, type Principal } from '@zhanqun/auth';
import { ArticlesService } from './articles.service';
import { ArticleFieldsDto, CreateArticleDto, DiffQuery, ListArticlesQuery } from './dto/article.dto';
import { parseId } from '@zhanqun/shared';

const WRITERS = ['site_admin', 'editor'] as const;

@ApiTags('articles')
@ApiBearerAuth()
@Controller('sites/:siteId/articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get()
  list(@Query() query: ListArticlesQuery) {
    return this.articles.list(query);
  }

  @Post()
  @SiteRoles(...WRITERS)
  create(@Body() body: CreateArticleDto, @CurrentUser() principal: Principal) {
    return this.articles.create(body, principal.id);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.articles.get(parseId(id, '文章'));
  }

  @Patch(':id')
  @SiteRoles(...WRITERS)
  update(@Param('id') id: string, @Body() body: ArticleFieldsDto, @CurrentUser() principal: Principal) {
    return this.articles.update(parseId(id, '文章'), body, principal.id);
  }

  @Delete(':id')
  @HttpCode(204)
  @SiteRoles(...WRITERS)
  async remove(@Param('id') id: string): Promise<void> {
    await this.articles.remove(parseId(id, '文章'));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @SiteRoles(...WRITERS)
  submit(@Param('id') id: string, @CurrentUser() principal: Principal) {
    return this.articles.submit(parseId(id, '文章'), principal.id);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @SiteRoles('site_admin', 'editor', 'leader')
  unpublish(@Param('id') id: string, @CurrentUser() principal: Principal) {
    return this.articles.unpublish(parseId(id, '文章'), principal.id);
  }

  /** The author (or the site admin) takes a pending article back to draft. */
  @Post(':id/withdraw')
  @HttpCode(200)
  @SiteRoles(...WRITERS)
  withdraw(@Param('id') id: string, @CurrentUser() principal: Principal) {
    return this.articles.withdraw(parseId(id, '文章'), principal.id);
  }

  @Get(':id/revisions')
  revisions(@Param('id') id: string) {
    return this.articles.revisionsOf(parseId(id, '文章'));
  }

  /** A unified diff between two revisions: `?from=1&to=3`. */
  @Get(':id/revisions/diff')
  diff(@Param('id') id: string, @Query() query: DiffQuery) {
    return this.articles.diff(parseId(id, '文章'), query.from, query.to);
  }

  @Get(':id/revisions/:number')
  revision(@Param('id') id: string, @Param('number') number: string) {
    return this.articles.revision(parseId(id, '文章'), parseId(number, '版本'));
  }

  @Post(':id/revisions/:number/restore')
  @HttpCode(200)
  @SiteRoles(...WRITERS)
  restore(@Param('id') id: string, @Param('number') number: string, @CurrentUser() principal: Principal) {
    return this.articles.restore(parseId(id, '文章'), parseId(number, '版本'), principal.id);
  }

  /** Who did what to the article, when, at which review step, with what comment. */
  @Get(':id/history')
  history(@Param('id') id: string) {
    return this.articles.historyOf(parseId(id, '文章'));
  }
}
