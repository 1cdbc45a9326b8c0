import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { SiteRoles } from '@zhanqun/auth';
import { WordHitResponse } from '@zhanqun/sensitive-words';
import { ApiErrors, ApiIdParam } from '@zhanqun/shared';
import { ArticlesService } from './articles.service';
import { ScreenDraftDto } from './dto/article.dto';

export class DraftScreeningResponse {
  @ApiProperty({ type: [WordHitResponse], description: 'Words that would make the submission fail (422)' })
  blocked: WordHitResponse[];

  @ApiProperty({ type: [WordHitResponse], description: 'Words that would be shown to the reviewers' })
  warnings: WordHitResponse[];
}

/**
 * The screening a submission passes, run on a draft as the author writes it, so the words can be
 * marked in the text before submitting. Lives with the articles: it reads a body as a save does.
 */
@ApiTags('sensitive words')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404)
@ApiIdParam('siteId', 'The site')
@Controller('sites/:siteId/sensitive-words/check')
export class DraftScreeningController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @HttpCode(200)
  @SiteRoles('site_admin', 'editor')
  @ApiOperation({ summary: 'Screen a draft for sensitive words without submitting it' })
  @ApiOkResponse({ type: DraftScreeningResponse })
  check(@Body() body: ScreenDraftDto) {
    return this.articles.screen(body);
  }
}
