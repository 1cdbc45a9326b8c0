import { Inject, Injectable, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@zhanqun/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { MediaQuota } from './media-quota.entity';

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

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

  /**
   * Makes room for `bytes` more on the site inside `manager`'s transaction, or refuses (413): the
   * site's row stays locked until the transaction ends, so two files cannot both take the last space.
   */
  async reserve(manager: EntityManager, siteId: number, bytes: number): Promise<void> {
    await manager.query('SELECT id FROM sites WHERE id = ? FOR UPDATE', [siteId]);
    const { usedBytes, quotaBytes } = await this.usage(siteId, manager);
    if (usedBytes + bytes > quotaBytes) {
      throw new PayloadTooLargeException(
        `站点存储空间不足:已用 ${megabytes(usedBytes)},配额 ${megabytes(quotaBytes)},本文件 ${megabytes(bytes)}。请删除不用的文件或联系门户中心扩容`,
      );
    }
  }

  /** A quota below what is already used is allowed: it stops further uploads until files are removed. */
  async set(siteId: number, quotaBytes: number): Promise<MediaUsage> {
    const [site] = await this.dataSource.query('SELECT id FROM sites WHERE id = ?', [siteId]);
    if (!site) throw new NotFoundException('站点不存在');
    await this.dataSource.getRepository(MediaQuota).upsert({ siteId, quotaBytes }, ['siteId']);
    return this.usage(siteId);
  }
}
