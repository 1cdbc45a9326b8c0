import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, parseSiteId, PlatformAdminOnly, SiteRoles, type Principal } from '@zhanqun/auth';
import { ApiErrors, ApiIdParam, parseId } from '@zhanqun/shared';
import { CreateWordDto, ImportWordsDto, ListWordsQuery } from './dto/word.dto';
import { SensitiveWordListResponse, SensitiveWordResponse, WordImportResponse } from './dto/word.response';
import { SensitiveWordsService } from './sensitive-words.service';

/** The portal center's dictionary, applied to every site. */
@ApiTags('sensitive words')
@ApiBearerAuth()
@ApiErrors(401, 403)
@Controller('platform/sensitive-words')
@PlatformAdminOnly()
export class PlatformWordsController {
  constructor(private readonly words: SensitiveWordsService) {}

  @Get()
  @ApiOperation({ summary: 'List the platform’s sensitive words' })
  @ApiOkResponse({ type: SensitiveWordListResponse })
  @ApiErrors(400)
  list(@Query() query: ListWordsQuery) {
    return this.words.list(null, query);
  }

  @Post()
  @ApiOperation({ summary: 'Add a word to the platform’s dictionary' })
  @ApiCreatedResponse({ type: SensitiveWordResponse })
  @ApiErrors(400, 409)
  add(@Body() body: CreateWordDto, @CurrentUser() principal: Principal) {
    return this.words.add(null, body.word, body.level, principal.id);
  }

  @Post('import')
  @HttpCode(200)
  @ApiOperation({ summary: 'Import a word list into the platform’s dictionary (one per line)' })
  @ApiOkResponse({ type: WordImportResponse })
  @ApiErrors(400, 413, 422)
  import(@Body() body: ImportWordsDto, @CurrentUser() principal: Principal) {
    return this.words.import(null, body.text, body.level, principal.id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a word from the platform’s dictionary' })
  @ApiIdParam('id', 'The word')
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors(404)
  async remove(@Param('id') id: string): Promise<void> {
    await this.words.remove(null, parseId(id, '敏感词'));
  }
}

/** A unit's own additional words, checked on its site only. */
@ApiTags('sensitive words')
@ApiBearerAuth()
@ApiErrors(401, 403)
@ApiIdParam('siteId', 'The site')
@Controller('sites/:siteId/sensitive-words')
@SiteRoles('site_admin')
export class SiteWordsController {
  constructor(private readonly words: SensitiveWordsService) {}

  @Get()
  @ApiOperation({ summary: 'List the site’s own sensitive words' })
  @ApiOkResponse({ type: SensitiveWordListResponse })
  @ApiErrors(400, 404)
  list(@Param('siteId') siteId: string, @Query() query: ListWordsQuery) {
    return this.words.list(parseSiteId(siteId), query);
  }

  @Post()
  @ApiOperation({ summary: 'Add a word to the site’s own dictionary' })
  @ApiCreatedResponse({ type: SensitiveWordResponse })
  @ApiErrors(400, 404, 409)
  add(@Param('siteId') siteId: string, @Body() body: CreateWordDto, @CurrentUser() principal: Principal) {
    return this.words.add(parseSiteId(siteId), body.word, body.level, principal.id);
  }

  @Post('import')
  @HttpCode(200)
  @ApiOperation({ summary: 'Import a word list into the site’s own dictionary (one per line)' })
  @ApiOkResponse({ type: WordImportResponse })
  @ApiErrors(400, 404, 413, 422)
  import(@Param('siteId') siteId: string, @Body() body: ImportWordsDto, @CurrentUser() principal: Principal) {
    return this.words.import(parseSiteId(siteId), body.text, body.level, principal.id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a word from the site’s own dictionary' })
  @ApiIdParam('id', 'The word')
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors(404)
  async remove(@Param('siteId') siteId: string, @Param('id') id: string): Promise<void> {
    await this.words.remove(parseSiteId(siteId), parseId(id, '敏感词'));
  }
}
