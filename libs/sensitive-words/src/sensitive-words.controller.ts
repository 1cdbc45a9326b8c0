import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, parseSiteId, PlatformAdminOnly, SiteRoles, type Principal } from '@zhanqun/auth';
import { parseId } from '@zhanqun/shared';
import { CreateWordDto, ImportWordsDto, ListWordsQuery } from './dto/word.dto';
import { SensitiveWordsService } from './sensitive-words.service';

/** The portal center's dictionary, applied to every site. */
@ApiTags('sensitive words')
@ApiBearerAuth()
@Controller('platform/sensitive-words')
@PlatformAdminOnly()
export class PlatformWordsController {
  constructor(private readonly words: SensitiveWordsService) {}

  @Get()
  list(@Query() query: ListWordsQuery) {
    return this.words.list(null, query);
  }

  @Post()
  add(@Body() body: CreateWordDto, @CurrentUser() principal: Principal) {
    return this.words.add(null, body.word, body.level, principal.id);
  }

  @Post('import')
  @HttpCode(200)
  import(@Body() body: ImportWordsDto, @CurrentUser() principal: Principal) {
    return this.words.import(null, body.text, body.level, principal.id);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    await this.words.remove(null, parseId(id, '敏感词'));
  }
}

/** A unit's own additional words, checked on its site only. */
@ApiTags('sensitive words')
@ApiBearerAuth()
@Controller('sites/:siteId/sensitive-words')
@SiteRoles('site_admin')
export class SiteWordsController {
  constructor(private readonly words: SensitiveWordsService) {}

  @Get()
  list(@Param('siteId') siteId: string, @Query() query: ListWordsQuery) {
    return this.words.list(parseSiteId(siteId), query);
  }

  @Post()
  add(@Param('siteId') siteId: string, @Body() body: CreateWordDto, @CurrentUser() principal: Principal) {
    return this.words.add(parseSiteId(siteId), body.word, body.level, principal.id);
  }

  @Post('import')
  @HttpCode(200)
  import(@Param('siteId') siteId: string, @Body() body: ImportWordsDto, @CurrentUser() principal: Principal) {
    return this.words.import(parseSiteId(siteId), body.text, body.level, principal.id);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('siteId') siteId: string, @Param('id') id: string): Promise<void> {
    await this.words.remove(parseSiteId(siteId), parseId(id, '敏感词'));
  }
}
