import { Module } from '@nestjs/common';
import { ContentModule } from '@zhanqun/content';
import { MediaModule } from '@zhanqun/media';
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

/** 信息报送: submissions, adoption, and (in the worker) the reactions that keep references following their source. */
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
  ],
  exports: [SyndicationsService],
})
export class SyndicationModule {}
