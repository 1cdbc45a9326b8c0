import { ApiProperty } from '@nestjs/swagger';
import { LETTER_KINDS, LETTER_STATUSES, type LetterKind, type LetterStatus } from '../letter.entity';

/** A citizen's letter as the site's handlers see it (personal details included, the IP kept back). */
export class LetterResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ enum: LETTER_KINDS, description: 'mailbox: 领导信箱; error_report: 我为政府网站找错' })
  kind: LetterKind;

  @ApiProperty({ enum: LETTER_STATUSES, enumName: 'LetterStatus' })
  status: LetterStatus;

  @ApiProperty()
  name: string;

  @ApiProperty()
  phone: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  subject: string;

  @ApiProperty({ description: 'Plain text' })
  body: string;

  @ApiProperty({ description: 'What a 找错 report is about (empty for mailbox letters)' })
  errorType: string;

  @ApiProperty({ description: 'The page a 找错 report is about (empty for mailbox letters)' })
  pageUrl: string;

  @ApiProperty({ description: 'The writer agreed to publication in 信件选登' })
  publicConsent: boolean;

  @ApiProperty({ description: 'Shown in 信件选登' })
  published: boolean;

  @ApiProperty({ type: String, nullable: true })
  reply: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  repliedBy: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  repliedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;
}

export class LetterListResponse {
  @ApiProperty({ type: [LetterResponse], description: 'Newest first' })
  items: LetterResponse[];

  @ApiProperty({ type: 'integer' })
  total: number;
}
