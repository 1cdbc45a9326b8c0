import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@zhanqun/shared';
import { MEDIA_ROLES, type MediaRole } from '../article-media.entity';
import { MEDIA_KINDS, type MediaKind } from '../media-file.entity';

/** Where a file is used. */
export class MediaUseResponse {
  @ApiProperty({ type: 'integer' })
  articleId: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: MEDIA_ROLES, enumName: 'MediaRole', description: 'As the cover, an attachment, or inside the body' })
  role: MediaRole;

  @ApiProperty({ description: 'Used by an edit of the article that waits for review, not its live content' })
  pending: boolean;
}

/** An uploaded file of a site. */
export class MediaFileResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ type: 'integer' })
  siteId: number;

  @ApiProperty({ enum: MEDIA_KINDS, enumName: 'MediaKind' })
  kind: MediaKind;

  @ApiProperty({ description: 'The name it was uploaded with (an attachment’s link text)' })
  name: string;

  @ApiProperty({ description: 'Extension decided by the content', example: 'pdf' })
  ext: string;

  @ApiProperty({ example: 'application/pdf' })
  mime: string;

  @ApiProperty({ type: 'integer' })
  bytes: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Images only' })
  width: number | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Images only' })
  height: number | null;

  @ApiProperty({
    description: 'Site-relative URL once a live article uses it; what an article body links to',
    example: '/uploads/202611/3f2a.pdf',
  })
  publicPath: string;

  @ApiProperty({ type: String, nullable: true, description: 'Site-relative URL of an image’s thumbnail' })
  thumbnailPath: string | null;

  @ApiProperty({ description: 'Staff preview of the original through the API' })
  fileUrl: string;

  @ApiProperty({ type: String, nullable: true, description: 'Staff preview of an image’s thumbnail through the API' })
  thumbnailUrl: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  createdBy: number | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: [MediaUseResponse], description: 'The articles using it; a file in use cannot be deleted' })
  usedBy: MediaUseResponse[];
}

export class MediaListResponse extends PageResponse {
  @ApiProperty({ type: [MediaFileResponse] })
  items: MediaFileResponse[];
}

export class MediaUsageResponse {
  @ApiProperty({ type: 'integer' })
  siteId: number;

  @ApiProperty({ type: 'integer', description: 'Files stored' })
  files: number;

  @ApiProperty({ type: 'integer', description: 'Bytes of the originals' })
  usedBytes: number;

  @ApiProperty({ type: 'integer' })
  quotaBytes: number;

  @ApiProperty({ type: 'integer', description: 'The quota in MB, as PUT media-quota takes it' })
  quotaMb: number;
}
