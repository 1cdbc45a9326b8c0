import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '@zhanqun/shared';
import { MediaController } from './media.controller';
import { MediaCopies } from './media-copies';
import { MediaLibrary } from './media-library.service';
import { MediaLinks } from './media-links.service';
import { MediaQuotas } from './media-quotas.service';

/** Uploads, their storage quota and which articles use them. */
@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // Multer rejects larger bodies early (413); the per-kind limit is checked after sniffing.
        limits: { fileSize: Math.max(config.mediaMaxImageBytes, config.mediaMaxFileBytes), files: 1, fields: 10 },
        // Browsers send UTF-8 file names without a charset parameter (RFC 7578).
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [MediaController],
  providers: [MediaLibrary, MediaQuotas, MediaLinks, MediaCopies],
  exports: [MediaLibrary, MediaLinks, MediaCopies],
})
export class MediaModule {}
