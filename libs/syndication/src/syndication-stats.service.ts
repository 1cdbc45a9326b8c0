import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { isPlatformAdmin, type Principal } from '@zhanqun/auth';
import { chinaDate, Database } from '@zhanqun/shared';
import type { StatsQuery } from './dto/syndication.dto';
import { adoptionRate, yuan } from './remuneration';
import { SyndicationTargets } from './syndication-targets';
import { decidedSiteIds } from './deciders';

const CHINA_OFFSET = '+08:00';
const DAY_MS = 24 * 3600 * 1000;
const MAX_DAYS = 3700;

export interface UnitStats {
  siteId: number;
  siteName: string;
  submitted: number;
  adopted: number;
  declined: number;
  /** Adopted / submitted, percent with one decimal. */
  adoptionRate: string;
  /** Characters of the adopted items. */
  chars: number;
  /** Yuan with two decimals. */
  remuneration: string;
  /** For sums and the workbook; not part of the API's answer. */
  remunerationFen: number;
}

export interface StatsReport {
  from: string;
  to: string;
  items: UnitStats[];
  totals: Omit<UnitStats, 'siteId' | 'siteName'>;
}

/** A `YYYY-MM-DD` that is a real calendar day, as the first instant of it in Beijing time. */
function dayStart(day: string, field: string): Date {
  const date = new Date(`${day}T00:00:00${CHINA_OFFSET}`);
  if (Number.isNaN(date.getTime()) || chinaDate(date) !== day) throw new BadRequestException(`${field} 不是有效的日期`);
  return date;
}

/** The instants `[start, end)` of the Beijing days `from`..`to`, both inclusive. */
export function period(from: string, to: string): { start: Date; end: Date } {
  const start = dayStart(from, 'from');
  const end = new Date(dayStart(to, 'to').getTime() + DAY_MS);
  if (end.getTime() <= start.getTime()) throw new BadRequestException('to 不能早于 from');
  if (end.getTime() - start.getTime() > MAX_DAYS * DAY_MS) throw new BadRequestException('统计区间最长 10 年');
  return { start, end };
}

/**
 * Statistics per source unit of the submissions made in a period (Beijing days, inclusive), with
 * their outcome: so the adoption rate of a period compares like with like.
 */
@Injectable()
export class SyndicationStatsService {
  constructor(
    private readonly db: Database,
    private readonly targets: SyndicationTargets,
  ) {}

  async report(principal: Principal, query: StatsQuery): Promise<StatsReport> {
    const { start, end } = period(query.from, query.to);
    const conditions = ['submitted_at >= ?', 'submitted_at < ?'];
    const params: unknown[] = [start, end];
    if (!isPlatformAdmin(principal)) {
      // Target-site staff see what was submitted to their sites.
      const sites = decidedSiteIds(principal);
      if (!sites.length) throw new ForbiddenException('只有平台管理员或接收报送站点的管理员、编辑可以查看报送统计');
      conditions.push(`target_site_id IN (${sites.map(() => '?').join(',')})`);
      params.push(...sites);
    }
    if (query.siteId) {
      conditions.push('source_site_id = ?');
      params.push(query.siteId);
    }
    const rows: Record<string, string | number>[] = await this.db.crossTenant('syndication').query(
      `SELECT source_site_id AS siteId, COUNT(*) AS submitted,
              SUM(status = 'adopted') AS adopted, SUM(status = 'declined') AS declined,
              SUM(CASE WHEN status = 'adopted' THEN chars ELSE 0 END) AS chars,
              SUM(CASE WHEN status = 'adopted' THEN remuneration_fen ELSE 0 END) AS fen
         FROM syndications WHERE ${conditions.join(' AND ')}
        GROUP BY source_site_id ORDER BY source_site_id`,
      params,
    );
    const names = await this.targets.siteNames(rows.map((row) => Number(row.siteId)));
    const items = rows.map((row) => ({
      siteId: Number(row.siteId),
      siteName: names.get(Number(row.siteId)) ?? '',
      ...figures(Number(row.submitted), Number(row.adopted), Number(row.declined), Number(row.chars), Number(row.fen)),
    }));
    const sum = (key: 'submitted' | 'adopted' | 'declined' | 'chars' | 'remunerationFen') =>
      items.reduce((total, item) => total + item[key], 0);
    return {
      from: query.from,
      to: query.to,
      items,
      totals: figures(sum('submitted'), sum('adopted'), sum('declined'), sum('chars'), sum('remunerationFen')),
    };
  }
}

/** The report as the API answers it: money in yuan only. */
export function reportView(report: StatsReport) {
  const strip = <T extends { remunerationFen: number }>({ remunerationFen: _fen, ...rest }: T) => rest;
  return { from: report.from, to: report.to, items: report.items.map(strip), totals: strip(report.totals) };
}

function figures(submitted: number, adopted: number, declined: number, chars: number, fen: number) {
  return {
    submitted,
    adopted,
    declined,
    adoptionRate: adoptionRate(adopted, submitted),
    chars,
    remuneration: yuan(fen),
    remunerationFen: fen,
  };
}
