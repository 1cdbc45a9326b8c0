import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A site's storage quota set by the portal center; sites without a row get MEDIA_DEFAULT_QUOTA_MB. */
@Entity('media_quotas')
export class MediaQuota {
  @PrimaryColumn({ name: 'site_id', unsigned: true })
  siteId: number;

  @Column({
    name: 'quota_bytes',
    type: 'bigint',
    unsigned: true,
    transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) },
  })
  quotaBytes: number;
}
