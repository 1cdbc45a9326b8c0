import { ApiProperty, PickType } from '@nestjs/swagger';
import { PageResponse } from '@zhanqun/shared';
import { ADOPTION_MODES, SYNDICATION_STATUSES, type AdoptionMode, type SyndicationStatus } from '../syndication.entity';

const YUAN = { description: 'Yuan with two decimals', example: '12.50' };

/** A submission (报送信息) and what became of it. */
export class SyndicationResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ enum: SYNDICATION_STATUSES, enumName: 'SyndicationStatus' })
  status: SyndicationStatus;

  @ApiProperty({ type: 'integer' })
  sourceSiteId: number;

  @ApiProperty({ description: 'The submitting unit’s site name' })
  sourceUnit: string;

  @ApiProperty({ type: 'integer' })
  sourceArticleId: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ description: 'The article’s page on the submitting site' })
  sourceUrl: string;

  @ApiProperty({ type: 'integer' })
  targetSiteId: number;

  @ApiProperty()
  targetSiteName: string;

  @ApiProperty({ type: 'integer' })
  targetColumnId: number;

  @ApiProperty()
  targetColumnName: string;

  @ApiProperty({ description: 'Submitted by a column’s automatic rule' })
  automatic: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  submittedAt: Date;

  @ApiProperty({
    type: 'object',
    properties: { id: { type: 'integer' }, displayName: { type: 'string' } },
    required: ['id', 'displayName'],
    nullable: true,
    description: 'Who submitted it; null for automatic submissions',
  })
  submittedBy: { id: number; displayName: string } | null;

  @ApiProperty({ type: String, enum: ADOPTION_MODES, nullable: true, description: 'reference: follows the source; copy: taken over' })
  mode: AdoptionMode | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The portal’s article made on adoption' })
  adoptedArticleId: number | null;

  @ApiProperty({ description: '重大新闻' })
  major: boolean;

  @ApiProperty({ description: '头条 on the portal' })
  headline: boolean;

  @ApiProperty({ description: '图片新闻' })
  pictureNews: boolean;

  @ApiProperty({ type: 'integer', description: 'Body characters counted at adoption' })
  chars: number;

  @ApiProperty({ ...YUAN, description: 'Remuneration settled at adoption, yuan with two decimals' })
  remuneration: string;

  @ApiProperty({ description: 'Why it was declined (empty otherwise)' })
  declineReason: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: Date | null;
}

/** What a submission answers: the new submission's id and status. */
export class SyndicationSubmittedResponse extends PickType(SyndicationResponse, ['id', 'status'] as const) {}

export class SyndicationListResponse extends PageResponse {
  @ApiProperty({ type: [SyndicationResponse], description: 'Newest first' })
  items: SyndicationResponse[];
}

export class SyndicationAdoptedResponse {
  @ApiProperty({ enum: ['adopted'] })
  status: 'adopted';

  @ApiProperty({ type: 'integer', description: 'The portal’s article' })
  articleId: number;
}

export class SyndicationDeclinedResponse {
  @ApiProperty({ enum: ['declined'] })
  status: 'declined';
}

/** The figures of a period: submissions made in it and their outcome. */
export class SyndicationFiguresResponse {
  @ApiProperty({ type: 'integer' })
  submitted: number;

  @ApiProperty({ type: 'integer' })
  adopted: number;

  @ApiProperty({ type: 'integer' })
  declined: number;

  @ApiProperty({ description: 'Adopted / submitted, percent with one decimal', example: '62.5' })
  adoptionRate: string;

  @ApiProperty({ type: 'integer', description: 'Characters of the adopted items' })
  chars: number;

  @ApiProperty(YUAN)
  remuneration: string;
}

export class SyndicationUnitStatsResponse extends SyndicationFiguresResponse {
  @ApiProperty({ type: 'integer', description: 'The submitting unit’s site' })
  siteId: number;

  @ApiProperty()
  siteName: string;
}

export class SyndicationStatsResponse {
  @ApiProperty({ format: 'date', example: '2026-01-01' })
  from: string;

  @ApiProperty({ format: 'date', example: '2026-12-31' })
  to: string;

  @ApiProperty({ type: [SyndicationUnitStatsResponse], description: 'Per submitting unit' })
  items: SyndicationUnitStatsResponse[];

  @ApiProperty({ type: SyndicationFiguresResponse })
  totals: SyndicationFiguresResponse;
}

/** A column's automatic submission rule. */
export class SyndicationRuleResponse {
  @ApiProperty({ type: 'integer' })
  columnId: number;

  @ApiProperty({ type: 'integer' })
  targetSiteId: number;

  @ApiProperty({ type: 'integer' })
  targetColumnId: number;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

/** Remuneration rates, money in yuan. */
export class SyndicationRatesResponse {
  @ApiProperty({ type: 'integer', example: 100 })
  charsPerUnit: number;

  @ApiProperty({ ...YUAN, description: 'Yuan per charsPerUnit characters' })
  pricePerUnit: string;

  @ApiProperty({ ...YUAN, description: '头条 bonus, yuan' })
  headlineBonus: string;

  @ApiProperty({ ...YUAN, description: '重大新闻 bonus, yuan' })
  majorBonus: string;

  @ApiProperty({ ...YUAN, description: '图片新闻 bonus, yuan' })
  pictureBonus: string;
}
