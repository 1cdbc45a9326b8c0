import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class TemplateItemResponse {
  @ApiProperty({ example: 'page.article', description: 'layout, page.<type> or partial.<name>' })
  name: string;

  @ApiProperty({ example: 'pages/article.hbs', description: 'Its path in an exported zip' })
  file: string;

  @ApiProperty({ description: 'Locked by the portal center (统一标准): sites cannot override it' })
  locked: boolean;

  @ApiPropertyOptional({ description: 'Site lists only: the site has its own version' })
  overridden?: boolean;

  @ApiProperty({ type: [String], description: 'The page types that render with it' })
  pageTypes: string[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: the shipped default, never changed' })
  updatedAt: Date | null;

  @ApiProperty({ type: 'integer', nullable: true })
  updatedBy: number | null;
}

export class TemplateListResponse {
  @ApiProperty({ type: [TemplateItemResponse] })
  items: TemplateItemResponse[];
}

export class TemplateResponse {
  @ApiProperty({ example: 'page.article' })
  name: string;

  @ApiProperty({ example: 'pages/article.hbs' })
  file: string;

  @ApiProperty()
  locked: boolean;

  @ApiProperty({ description: 'Handlebars source (for a site: its override, else the platform’s)' })
  source: string;

  @ApiPropertyOptional({ description: 'Site templates only: the site has its own version' })
  overridden?: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Site templates only: the platform’s source (null for a site’s own partial)',
  })
  platformSource?: string | null;
}

export class TemplatesImportedResponse {
  @ApiProperty({ type: [String], description: 'The templates saved' })
  names: string[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The re-render of the pages using them (null: none)' })
  runId: string | null;
}

export class TemplateSavedResponse {
  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The re-render of the pages using it (null: none)' })
  runId: string | null;
}

export class TemplateRevertedResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The re-render of the pages using it (null: none)' })
  runId: string | null;
}
