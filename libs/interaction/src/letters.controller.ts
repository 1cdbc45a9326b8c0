import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SiteRoles, type Principal } from '@zhanqun/auth';
import { ApiErrors, ApiIdParam, parseId } from '@zhanqun/shared';
import { ListLettersQuery, ReplyLetterDto } from './dto/letters.dto';
import { LetterListResponse, LetterResponse } from './dto/letters.response';
import { LettersService } from './letters.service';

/** Letters carry citizens' phone numbers: only those who handle or answer for them read them. */
const READERS = ['letter_handler', 'site_admin', 'leader'] as const;
const HANDLERS = ['letter_handler', 'site_admin'] as const;

/** 互动交流: the letters citizens wrote to the site (领导信箱, 找错) and the handlers' replies. */
@ApiTags('interaction')
@ApiBearerAuth()
@ApiErrors(401, 403, 404)
@ApiIdParam('siteId', 'The site')
@Controller('sites/:siteId/letters')
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Get()
  @SiteRoles(...READERS)
  @ApiOperation({ summary: 'List the letters citizens wrote to the site' })
  @ApiOkResponse({ type: LetterListResponse })
  @ApiErrors(400)
  list(@Query() query: ListLettersQuery) {
    return this.letters.list(query);
  }

  @Get(':id')
  @SiteRoles(...READERS)
  @ApiOperation({ summary: 'Get a letter' })
  @ApiIdParam('id', 'The letter')
  @ApiOkResponse({ type: LetterResponse })
  get(@Param('id') id: string) {
    return this.letters.get(parseId(id, '信件'));
  }

  @Post(':id/reply')
  @HttpCode(200)
  @SiteRoles(...HANDLERS)
  @ApiOperation({ summary: 'Reply to a letter (once), optionally publishing it' })
  @ApiIdParam('id', 'The letter')
  @ApiOkResponse({ type: LetterResponse })
  @ApiErrors(400, 409, 422)
  reply(@Param('id') id: string, @Body() body: ReplyLetterDto, @CurrentUser() principal: Principal) {
    return this.letters.reply(parseId(id, '信件'), body, principal.id);
  }
}
