import { ApiProperty } from '@nestjs/swagger';
import type { ColumnKind } from '../column.entity';

/** A column (栏目) with its sub-columns. */
export class ColumnResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'null for a first-level column' })
  parentId: number | null;

  @ApiProperty()
  name: string;

  @ApiProperty()
  slug: string;

  @ApiProperty({ description: 'The slugs from the root joined by `/`: the URL folder of its pages', example: 'zwdt/gzdt' })
  path: string;

  @ApiProperty({ enum: ['list', 'page', 'link'], enumName: 'ColumnKind' })
  kind: ColumnKind;

  @ApiProperty({ description: 'Part of the standard skeleton (统一栏目): cannot be deleted, moved or renamed' })
  required: boolean;

  @ApiProperty({ type: 'integer' })
  sort: number;

  @ApiProperty()
  description: string;

  @ApiProperty()
  keywords: string;

  @ApiProperty({ description: 'Target of a link column; empty for others' })
  linkUrl: string;

  @ApiProperty({ type: () => [ColumnResponse], description: 'Sub-columns, ordered by sort then id (empty when just created)' })
  children: ColumnResponse[];
}

export class ColumnTreeResponse {
  @ApiProperty({ type: [ColumnResponse], description: 'The first-level columns' })
  items: ColumnResponse[];
}
