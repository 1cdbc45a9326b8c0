import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Database, runInTenant, UnitOfWork, type AppConfig } from '@zhanqun/shared';
import { MediaFile, newPublicPath, thumbnailPath } from './media-file.entity';
import { MediaQuotas } from './media-quotas.service';
import { MediaStorage } from './media-storage';

/**
 * Copies files from one site's library to another's, for content that crosses sites (信息报送:
 * the portal's adopted article shows the unit's cover and attachments as its own files, so they
 * stay when the unit's article goes offline). A file the target already holds — same bytes, same
 * name — is reused, so following a source's edits does not pile up copies.
 */
@Injectable()
export class MediaCopies {
  private readonly storage: MediaStorage;

  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly quotas: MediaQuotas,
  ) {
    this.storage = new MediaStorage(config.mediaRoot);
  }

  /** The target site's copy of a source site's file, or null when the source has no such file. */
  async copy(sourceSiteId: number, mediaId: number, targetSiteId: number, actorId: number | null): Promise<MediaFile | null> {
    const file = await this.db.crossTenant('mediaCopies').repository(MediaFile).findOneBy({ id: mediaId, siteId: sourceSiteId });
    if (!file) return null;
    return runInTenant({ siteId: targetSiteId }, async () => {
      const copies = this.db.tenant(MediaFile);
      const existing = await copies.findOneBy({ sha256: file.sha256, name: file.name });
      if (existing) return existing;
      const publicPath = newPublicPath(file.ext);
      // As an upload: counted against the target site's quota, files written before the row (see MediaLibrary.upload).
      return this.uow.run(async () => {
        await this.quotas.reserve(file.bytes);
        await this.storage.write(targetSiteId, publicPath, await this.storage.read(sourceSiteId, file.publicPath));
        if (file.kind === 'image') {
          await this.storage.write(targetSiteId, thumbnailPath({ publicPath }), await this.storage.read(sourceSiteId, thumbnailPath(file)));
        }
        const { id: _id, createdAt: _createdAt, siteId: _siteId, ...fields } = file;
        return copies.save(copies.create({ ...fields, publicPath, createdBy: actorId }));
      });
    });
  }
}
