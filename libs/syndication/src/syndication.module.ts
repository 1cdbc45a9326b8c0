import { Global, Module } from '@nestjs/common';
import { ContentModule } from '@zhanqun/content';
import { MediaModule } from '@zhanqun/media';
import { ARTICLE_FOLLOWERS } from '@zhanqun/shared';
import { TenancyModule } from '@zhanqun/tenancy';
import { SyndicatedArticles } from './syndicated-articles';
import { SyndicationFollowers } from './syndication-followers';
import { SyndicationRatesService } from './syndication-rates.service';
import { SyndicationRulesService } from './syndication-rules.service';
import { SyndicationRatesController, SyndicationRulesController } from './syndication-settings.controller';
import { SyndicationStatsService } from './syndication-stats.service';
import { SyndicationTargets } from './syndication-targets';
import { SyndicationsController } from './syndications.controller';
import { SyndicationsService } from './syndications.service';

/** 信息报送. Global so that content's ArticlePublication finds ARTICLE_FOLLOWERS (in api and worker). */
@Global()
@Module({
  imports: [ContentModule, TenancyModule, MediaModule],
  controllers: [SyndicationsController, SyndicationRulesController, SyndicationRatesController],
  providers: [
    SyndicationTargets,
    SyndicatedArticles,
    SyndicationsService,
    SyndicationRulesService,
    SyndicationRatesService,
    SyndicationStatsService,
    SyndicationFollowers,
    { provide: ARTICLE_FOLLOWERS, useExisting: SyndicationFollowers },
  ],
  exports: [ARTICLE_FOLLOWERS, SyndicationsService],
})
export class SyndicationModule {}
