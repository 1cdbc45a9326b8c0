import { Module } from '@nestjs/common';
import { MediaModule } from '@zhanqun/media';
import { SensitiveWordsModule } from '@zhanqun/sensitive-words';
import { TenancyModule } from '@zhanqun/tenancy';
import { ArticlePublication } from './article-publication';
import { ArticlesController } from './articles.controller';
import { ArticlesService } from './articles.service';
import { DraftScreeningController } from './draft-screening.controller';
import { ColumnsController } from './columns.controller';
import { ColumnsService } from './columns.service';
import { ArticleHistory } from './article-history.service';
import { DisclosureIndex } from './disclosure-index';
import { RevisionsService } from './revisions.service';

/** Columns and articles. The app must provide SUBMISSION_GATEWAY (libs/workflow). */
@Module({
  imports: [TenancyModule, SensitiveWordsModule, MediaModule],
  controllers: [ColumnsController, ArticlesController, DraftScreeningController],
  providers: [ColumnsService, ArticlesService, ArticlePublication, ArticleHistory, DisclosureIndex, RevisionsService],
  exports: [ColumnsService, ArticlesService, ArticlePublication, ArticleHistory, RevisionsService],
})
export class ContentModule {}
