export * from './article.entity';
export * from './column.entity';
export * from './article-path';
export * from './article-view';
export * from './column-tree';
export * from './sanitize-body';
export * from './columns.service';
export * from './articles.service';
export * from './article-publication';
export * from './submission-gateway';
export * from './article-history.entity';
export * from './article-history.service';
export * from './disclosure-index';
export * from './content.module';

import { ArticleHistoryEntry } from './article-history.entity';
import { Article } from './article.entity';
import { SiteColumn } from './column.entity';
export const CONTENT_ENTITIES = [SiteColumn, Article, ArticleHistoryEntry];
