import { Injectable } from '@nestjs/common';
import { Database } from '@zhanqun/shared';
import { Between, LessThan, type FindOptionsWhere } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';
import type { AuditQuery } from './dto/audit-query.dto';

/** Kept at least this long (网络安全法 §21 asks for six months). */
export const AUDIT_RETENTION_DAYS = 180;

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { at?: Date };

@Injectable()
export class AuditService {
  constructor(private readonly db: Database) {}

  /** The one log of every site and the platform, kept and read by the portal center. */
  private get log() {
    return this.db.crossTenant('portalCenter').repository(AuditEntry);
  }

  async record(entry: NewAuditEntry): Promise<void> {
    await this.log.insert({ ...entry, at: entry.at ?? new Date() });
  }

  async query(query: AuditQuery) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const where: FindOptionsWhere<AuditEntry> = {
      ...(query.siteId ? { siteId: query.siteId } : {}),
      ...(query.userId ? { userId: query.userId } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.from || query.to ? { at: Between(new Date(query.from ?? 0), new Date(query.to ?? '9999-12-31T00:00:00Z')) } : {}),
    };
    const [items, total] = await this.log.findAndCount({
      where,
      order: { at: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }

  /** Deletes entries older than the retention period; returns how many. */
  async prune(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - AUDIT_RETENTION_DAYS * 86_400_000);
    const result = await this.log.delete({ at: LessThan(cutoff) });
    return result.affected ?? 0;
  }
}
