export * from './media-file.entity';
export * from './media-quota.entity';
export * from './article-media.entity';
export * from './file-type';
export * from './media-storage';
export * from './media-view';
export * from './media-links.service';
export * from './media-copies';
export * from './media-library.service';
export * from './media-quotas.service';
export * from './media.module';

import { ArticleMedia } from './article-media.entity';
import { MediaFile } from './media-file.entity';
import { MediaQuota } from './media-quota.entity';
export const MEDIA_ENTITIES = [MediaFile, MediaQuota, ArticleMedia];
