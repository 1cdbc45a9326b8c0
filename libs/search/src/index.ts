export * from './term-encoding';
export * from './segmenter';
export * from './boolean-query';
export * from './snippet';
export * from './document-terms';
export * from './search-document.entity';
export * from './search-indexer';
export * from './search.service';
export * from './search-plan';
export * from './term-statistics';
export * from './result-links';

import { SearchDocument } from './search-document.entity';
export const SEARCH_ENTITIES = [SearchDocument];
