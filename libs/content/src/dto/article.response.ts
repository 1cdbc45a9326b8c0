import { ApiProperty, PickType } from '@nestjs/swagger';
import { WordHitResponse } from '@zhanqun/sensitive-words';
import { PageResponse } from '@zhanqun/shared';
import type { HistoryAction } from '../article-history.service';
import { ARTICLE_STATUSES, VALIDITIES, type ArticleStatus, type Validity } from '../article.entity';
import { REVISION_FIELDS } from '../revisions.service';

const HISTORY_ACTIONS: HistoryAction[] = [
  'created',
  'submitted',
  'approved',
  'rejected',
  'withdrawn',
  'published',
  'scheduled',
  'unpublished',
];

/** An article as lists show it (without its body). */
export class ArticleItemResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ type: 'integer' })
  siteId: number;

  @ApiProperty({ type: 'integer' })
  columnId: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ description: '副标题' })
  subtitle: string;

  @ApiProperty()
  summary: string;

  @ApiProperty({ description: '来源' })
  source: string;

  @ApiProperty({ description: 'Where an article taken over from another site (信息报送) came from; empty otherwise' })
  sourceUrl: string;

  @ApiProperty()
  author: string;

  @ApiProperty()
  keywords: string;

  @ApiProperty({ enum: ARTICLE_STATUSES, enumName: 'ArticleStatus' })
  status: ArticleStatus;

  @ApiProperty({ description: '头条' })
  headline: boolean;

  @ApiProperty({ description: '图片新闻' })
  pictureNews: boolean;

  @ApiProperty({ type: 'integer', nullable: true, description: 'An image of the site’s media library' })
  coverImageId: number | null;

  @ApiProperty({ type: 'integer', isArray: true, description: 'Media ids listed under the body, in this order' })
  attachmentIds: number[];

  @ApiProperty({ type: String, nullable: true, description: '索引号, assigned at first publication in a 信息公开 column' })
  indexNo: string | null;

  @ApiProperty({ description: '发布机构' })
  issuer: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: '成文日期' })
  writtenOn: string | null;

  @ApiProperty({ description: '文号' })
  docNo: string;

  @ApiProperty({ description: '主题分类' })
  topic: string;

  @ApiProperty({ enum: VALIDITIES, description: '有效性: valid 有效 / revised 已修订 / repealed 已废止' })
  validity: Validity;

  @ApiProperty({ type: 'integer', nullable: true, description: 'A live article’s edit awaiting review (a revision number)' })
  pendingRevision: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Scheduled publication' })
  publishAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The article goes offline then' })
  expireAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: Date | null;

  @ApiProperty({ type: 'integer', nullable: true })
  createdBy: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  updatedBy: number | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;

  @ApiProperty({ type: String, nullable: true, description: 'The public page, while the article is live' })
  url: string | null;

  @ApiProperty({
    description: 'The article (or its live edit) waits on a review step no current account can take: the portal center must act',
  })
  reviewStalled: boolean;
}

/** An article with its body. */
export class ArticleResponse extends ArticleItemResponse {
  @ApiProperty({ description: 'Sanitized HTML' })
  body: string;
}

export class ArticleListResponse extends PageResponse {
  @ApiProperty({ type: () => [ArticleListItemResponse] })
  items: ArticleListItemResponse[];
}

export class ArticleSubmitResponse {
  @ApiProperty({ enum: ARTICLE_STATUSES, description: 'pending, or published/scheduled when no review is needed' })
  status: ArticleStatus;

  @ApiProperty({ type: [WordHitResponse], description: 'Sensitive words of level warn found (shown to reviewers)' })
  warnings: WordHitResponse[];
}

export class ArticleStatusResponse {
  @ApiProperty({ enum: ARTICLE_STATUSES, enumName: 'ArticleStatus' })
  status: ArticleStatus;
}

/** The content an article had after one save: its versioned fields, as the article shows them. */
export class RevisionResponse extends PickType(ArticleResponse, REVISION_FIELDS) {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ type: 'integer', description: '1, 2, ... per article' })
  number: number;

  @ApiProperty({ type: 'integer', nullable: true })
  createdBy: number | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class RevisionSummaryResponse extends PickType(RevisionResponse, ['number', 'title', 'createdBy', 'createdAt'] as const) {}

export class RevisionListResponse {
  @ApiProperty({ type: [RevisionSummaryResponse], description: 'Newest first' })
  items: RevisionSummaryResponse[];
}

export class RevisionDiffResponse {
  @ApiProperty({ type: 'integer' })
  from: number;

  @ApiProperty({ type: 'integer' })
  to: number;

  @ApiProperty({ description: 'A unified diff from `from` to `to`' })
  diff: string;
}

export class ArticleHistoryEntryResponse {
  @ApiProperty({ enum: HISTORY_ACTIONS, enumName: 'ArticleHistoryAction' })
  action: HistoryAction;

  @ApiProperty({ type: 'integer', nullable: true })
  userId: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'The display name of the user (null: the scheduler, or a deleted account)' })
  userName: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The review step (1-based), for approvals and rejections' })
  step: number | null;

  @ApiProperty()
  comment: string;

  @ApiProperty({ type: String, format: 'date-time' })
  at: Date;
}

export class ArticleHistoryResponse {
  @ApiProperty({ type: [ArticleHistoryEntryResponse], description: 'Oldest first' })
  items: ArticleHistoryEntryResponse[];
}

/** A list row: the article, and the rejection it waits on if a reviewer returned it. */
export class ArticleListItemResponse extends ArticleItemResponse {
  @ApiProperty({
    type: ArticleHistoryEntryResponse,
    nullable: true,
    description: 'The latest review decision when it returned the article (or its live edit) and nothing was submitted since',
  })
  lastRejection: ArticleHistoryEntryResponse | null;
}
