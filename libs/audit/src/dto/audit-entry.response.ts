import { ApiProperty } from '@nestjs/swagger';

/** One audited event. */
export class AuditEntryResponse {
  @ApiProperty({ type: 'integer', format: 'int64' })
  id: number;

  @ApiProperty({ type: String, format: 'date-time' })
  at: Date;

  @ApiProperty({ type: 'integer', nullable: true })
  userId: number | null;

  @ApiProperty()
  username: string;

  @ApiProperty({ type: 'integer', nullable: true })
  siteId: number | null;

  @ApiProperty({ example: 'articles.submit' })
  action: string;

  @ApiProperty({ example: 'article:12' })
  target: string;

  @ApiProperty()
  summary: string;

  @ApiProperty({ description: 'The client’s address' })
  ip: string;

  @ApiProperty({ type: 'integer', description: 'The status the request was answered with' })
  statusCode: number;
}

export class AuditLogResponse {
  @ApiProperty({ type: [AuditEntryResponse], description: 'Newest first' })
  items: AuditEntryResponse[];

  @ApiProperty({ type: 'integer' })
  total: number;
}
