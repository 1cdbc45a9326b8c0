import { Module } from '@nestjs/common';
import { SensitiveWordsModule } from '@zhanqun/sensitive-words';
import { TenancyModule } from '@zhanqun/tenancy';
import { ArticlePublication } from './article-publication';
import { ArticlesController } from './articles.controller';
import { ArticlesService } from './articles.service';
import { ColumnsController } from './columns.controller';
import { ColumnsService } from './columns.service';
import { DirectSubmission, SUBMISSION_GATEWAY } from './submission-gateway';

@Module({
  imports: [TenancyModule, SensitiveWordsModule],
  controllers: [ColumnsController, ArticlesController],
  providers: [ColumnsService, ArticlesService, ArticlePublication, { provide: SUBMISSION_GATEWAY, useClass: DirectSubmission }],
  exports: [ColumnsService, ArticlesService, ArticlePublication],
})
export class ContentModule {}
