import { ApiProperty } from '@nestjs/swagger';
import { ARTICLE_STATUSES, ArticleHistoryEntryResponse, ArticleResponse, type ArticleStatus } from '@zhanqun/content';
import { WordHitResponse } from '@zhanqun/sensitive-words';
import { REVIEW_ROLES, type ReviewRole, type TaskStatus } from '../entities';

/** A review chain: its steps, in order. */
const CHAIN = { enum: REVIEW_ROLES, enumName: 'ReviewRole', isArray: true } as const;
/** A site's own chain, which it may not have. */
const SITE_CHAIN = { ...CHAIN, nullable: true, description: 'The site’s own chain; null: the platform default applies' } as const;

/** A pending review step the caller may act on. */
export class ReviewTaskResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ type: 'integer' })
  articleId: number;

  @ApiProperty({ type: 'integer' })
  siteId: number;

  @ApiProperty()
  siteName: string;

  @ApiProperty({ type: 'integer', description: '1-based' })
  step: number;

  @ApiProperty({ type: 'integer' })
  stepCount: number;

  @ApiProperty({ example: '本单位领导审核' })
  stepName: string;

  @ApiProperty({ description: 'The article’s title' })
  title: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Set when the task reviews an edit of a live article' })
  revision: number | null;

  @ApiProperty({ type: [WordHitResponse], description: 'Sensitive words of level warn found at submission' })
  warnings: WordHitResponse[];

  @ApiProperty({ type: String, format: 'date-time' })
  submittedAt: Date;
}

/** The content under review: for an edit of a live article, the edit (the live page is `url`). */
export class ReviewArticleResponse extends ArticleResponse {
  @ApiProperty({ description: 'The name of the article’s column' })
  columnName: string;
}

/** A review task with what its reviewer decides on. */
export class ReviewTaskDetailResponse extends ReviewTaskResponse {
  @ApiProperty({ enum: ['pending', 'approved', 'rejected', 'withdrawn'], enumName: 'ReviewTaskStatus' })
  status: TaskStatus;

  @ApiProperty({ type: ReviewArticleResponse })
  article: ReviewArticleResponse;

  @ApiProperty({
    description: 'A unified diff from the live version to the version under review; all lines added for an article not online',
  })
  diff: string;

  @ApiProperty({ type: [ArticleHistoryEntryResponse], description: 'The article’s history, oldest first' })
  history: ArticleHistoryEntryResponse[];
}

export class ReviewInboxResponse {
  @ApiProperty({ type: [ReviewTaskResponse], description: 'Oldest first, at most 500' })
  items: ReviewTaskResponse[];
}

/** A pending review step that no current account may act on: the article waits until the portal center acts. */
export class StalledReviewTaskResponse extends ReviewTaskResponse {
  @ApiProperty({
    description: 'Who is missing for the step to be taken',
    example: '没有账号可以处理「两办审核」:需要门户中心负责政府类单位的两办审核员(portal_reviewer,office=government)',
  })
  missing: string;
}

export class StalledReviewsResponse {
  @ApiProperty({ type: [StalledReviewTaskResponse], description: 'Oldest first, at most 500' })
  items: StalledReviewTaskResponse[];
}

export class ReviewDecisionResponse {
  @ApiProperty({ enum: ARTICLE_STATUSES, description: 'The article’s status after the decision' })
  articleStatus: ArticleStatus;
}

export class ReviewChainResponse {
  @ApiProperty({ ...CHAIN, description: 'Ordered steps; [] publishes on submit' })
  steps: ReviewRole[];
}

export class SiteReviewChainResponse {
  @ApiProperty(SITE_CHAIN)
  steps: ReviewRole[] | null;

  @ApiProperty({ ...CHAIN, description: 'The chain in force for the site' })
  effective: ReviewRole[];
}

export class ColumnReviewChainResponse {
  @ApiProperty({ type: 'integer' })
  columnId: number;

  @ApiProperty()
  columnName: string;

  @ApiProperty({ description: 'The column path, e.g. `zwdt/gzdt`' })
  columnPath: string;

  @ApiProperty({ ...CHAIN, description: 'The column’s own chain' })
  steps: ReviewRole[];
}

/** Every chain that applies on a site: column's own, else the site's own, else the platform default. */
export class SiteReviewChainsResponse {
  @ApiProperty({ ...CHAIN, description: 'The platform default' })
  platform: ReviewRole[];

  @ApiProperty(SITE_CHAIN)
  site: ReviewRole[] | null;

  @ApiProperty({ type: [ColumnReviewChainResponse], description: 'The columns with a chain of their own' })
  columns: ColumnReviewChainResponse[];
}
