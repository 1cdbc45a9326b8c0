import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@zhanqun/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { MediaQuota } from './media-quota.entity';

export interface MediaUsage {
  siteId: number;
  files: number;
  usedBytes: number;
  quotaBytes: number;
}

/** Per-site storage quotas, set by the portal center; usage counts the originals' bytes. */
@Injectable()
export class MediaQuotas {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async usage(siteId: number, manager: EntityManager = this.dataSource.manager): Promise<MediaUsage> {
    const [totals] = await manager.query('SELECT COUNT(*) AS files, COALESCE(SUM(bytes), 0) AS used FROM media_files WHERE site_id = ?', [
      siteId,
    ]);
    const quota = await manager.findOneBy(MediaQuota, { siteId });
    return {
      siteId,
      files: Number(totals.files),
      usedBytes: Number(totals.used),
      quotaBytes: quota?.quotaBytes ?? this.config.mediaDefaultQuotaBytes,
    };
  }

  /** A quota below what is already used is allowed: it stops further uploads until files are removed. */
  async set(siteId: number, quotaBytes: number): Promise<MediaUsage> {
    const [site] = await this.dataSource.query('SELECT id FROM sites WHERE id = ?', [siteId]);
    if (!site) throw new NotFoundException('站点不存在');
    await this.dataSource.getRepository(MediaQuota).upsert({ siteId, quotaBytes }, ['siteId']);
    return this.usage(siteId);
  }
}
