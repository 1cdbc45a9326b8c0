import { Inject, Injectable, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { APP_CONFIG, Database, inUnitOfWork, requireTenant, UnitOfWork, type AppConfig } from '@zhanqun/shared';
import { MediaFile } from './media-file.entity';
import { MediaQuota } from './media-quota.entity';

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

export interface MediaUsage {
  siteId: number;
  files: number;
  usedBytes: number;
  quotaBytes: number;
  /** The quota as PUT media-quota takes it (quotas are set in whole MB). */
  quotaMb: number;
}

/** Per-site storage quotas, set by the portal center; usage counts the originals' bytes. Acts on the site in the tenant context. */
@Injectable()
export class MediaQuotas {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async usage(): Promise<MediaUsage> {
    const totals = await this.db
      .tenant(MediaFile)
      .createQueryBuilder('file')
      .select('COUNT(*)', 'files')
      .addSelect('COALESCE(SUM(file.bytes), 0)', 'used')
      .getRawOne<{ files: string; used: string }>();
    const quota = await this.db.tenant(MediaQuota).findOneBy({});
    const quotaBytes = quota?.quotaBytes ?? this.config.mediaDefaultQuotaBytes;
    return {
      siteId: requireTenant().siteId,
      files: Number(totals?.files ?? 0),
      usedBytes: Number(totals?.used ?? 0),
      quotaBytes,
      quotaMb: Math.ceil(quotaBytes / 1024 / 1024),
    };
  }

  /** Locks the site's row until the unit of work ends; false when there is no such site. */
  private async lockSite(): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT id FROM sites WHERE id = ? FOR UPDATE', [requireTenant().siteId]);
    return rows.length > 0;
  }

  /**
   * Makes room for `bytes` more inside the current unit of work, or refuses (413): the site's row
   * stays locked until the unit of work ends, so two files cannot both take the last space.
   */
  async reserve(bytes: number): Promise<void> {
    if (!inUnitOfWork()) throw new Error('MediaQuotas.reserve runs inside the unit of work that stores the file');
    await this.lockSite();
    const { usedBytes, quotaBytes } = await this.usage();
    if (usedBytes + bytes > quotaBytes) {
      throw new PayloadTooLargeException(
        `站点存储空间不足:已用 ${megabytes(usedBytes)},配额 ${megabytes(quotaBytes)},本文件 ${megabytes(bytes)}。请删除不用的文件或联系门户中心扩容`,
      );
    }
  }

  /** A quota below what is already used is allowed: it stops further uploads until files are removed. */
  async set(quotaBytes: number): Promise<MediaUsage> {
    await this.uow.run(async () => {
      if (!(await this.lockSite())) throw new NotFoundException('站点不存在');
      const quotas = this.db.tenant(MediaQuota);
      await quotas.save(quotas.create({ quotaBytes }));
    });
    return this.usage();
  }
}
