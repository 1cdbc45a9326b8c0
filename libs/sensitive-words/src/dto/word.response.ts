import { ApiProperty } from '@nestjs/swagger';
import type { WordLevel } from '../sensitive-word.entity';

const LEVELS = ['block', 'warn'];

/** A dictionary word found in a submission: where, and how often. */
export class WordHitResponse {
  @ApiProperty()
  word: string;

  @ApiProperty({ enum: LEVELS, description: 'block: submission refused; warn: shown to reviewers' })
  level: WordLevel;

  @ApiProperty({ description: 'The field it was found in: title, summary, body or attachments' })
  field: string;

  @ApiProperty({ type: 'integer' })
  count: number;
}

export class SensitiveWordResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty()
  word: string;

  @ApiProperty({ enum: LEVELS, description: 'block: submission refused; warn: shown to reviewers' })
  level: WordLevel;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class SensitiveWordListResponse {
  @ApiProperty({ type: [SensitiveWordResponse] })
  items: SensitiveWordResponse[];

  @ApiProperty({ type: 'integer' })
  total: number;
}

export class WordImportResponse {
  @ApiProperty({ type: 'integer', description: 'Words added' })
  added: number;

  @ApiProperty({ type: 'integer', description: 'Words skipped: already in the dictionary' })
  skipped: number;
}
