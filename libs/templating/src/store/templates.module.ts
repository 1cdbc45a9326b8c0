import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { PlatformTemplatesController, SiteTemplatesController } from './templates.controller';
import { TemplateSources } from './template-sources';
import { TemplatesService } from './templates.service';
import { ThemeRegistry } from './theme-registry';

/** Templates in the database, their HTTP API, and the compiled theme of each site. */
@Module({
  imports: [MulterModule.register({ limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 10 } })],
  controllers: [PlatformTemplatesController, SiteTemplatesController],
  providers: [TemplateSources, TemplatesService, ThemeRegistry],
  exports: [TemplateSources, TemplatesService, ThemeRegistry],
})
export class TemplatesModule {}
