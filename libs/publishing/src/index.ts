export * from './publish-run.entity';
export * from './page-manifest.entity';
export * from './jobs/queues';
export * from './publisher.service';
export * from './runs/rebuild.service';
export * from './output/hosts-writer';
export * from './output/nginx-conf';
export * from './render/interaction-views';
export * from './render/page-keys';
export * from './render/page-views';
export * from './render/pagination';
export * from './render/snapshot-loader';
export * from './publishing.module';
export * from './publishing-worker.module';

import { PageManifestEntry } from './page-manifest.entity';
import { PublishRun } from './publish-run.entity';
export const PUBLISHING_ENTITIES = [PublishRun, PageManifestEntry];
