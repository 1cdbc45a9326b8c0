import { Global, Module } from '@nestjs/common';
import { ContentModule } from '@zhanqun/content';
import { SearchIndexer } from '@zhanqun/search';
import { PUBLISH_EVENTS } from '@zhanqun/shared';
import { StandardsModule } from '@zhanqun/standards';
import { TemplatesModule } from '@zhanqun/templating';
import { TenancyModule } from '@zhanqun/tenancy';
import { OutboxPublishEvents } from './events/outbox-publish-events';
import { TimingService } from './jobs/timing.service';
import { SnapshotLoader } from './render/snapshot-loader';
import { ArticlePreviewController } from './preview/article-preview.controller';
import { PagePreview } from './preview/page-preview.service';
import { StandardsPreviewController } from './preview/standards-preview.controller';
import { TemplatesPreviewController } from './preview/templates-preview.controller';
import { PublishRunsController } from './runs/publish-runs.controller';
import { RebuildService } from './runs/rebuild.service';

/** The producing side of publishing, in every process: events → outbox rows, rebuild runs, previews. */
@Global()
@Module({
  imports: [TenancyModule, StandardsModule, TemplatesModule, ContentModule],
  controllers: [PublishRunsController, StandardsPreviewController, TemplatesPreviewController, ArticlePreviewController],
  providers: [
    PagePreview,
    SnapshotLoader,
    RebuildService,
    TimingService,
    SearchIndexer,
    OutboxPublishEvents,
    { provide: PUBLISH_EVENTS, useExisting: OutboxPublishEvents },
  ],
  exports: [TemplatesModule, PagePreview, SnapshotLoader, RebuildService, TimingService, SearchIndexer, PUBLISH_EVENTS],
})
export class PublishingModule {}
