import type { INestApplicationContext } from '@nestjs/common';
import { SiteColumn } from '@zhanqun/content';
import { ProvisioningService } from '@zhanqun/provisioning';
import { Database, runInTenant } from '@zhanqun/shared';
import { SingleBar, Presets } from 'cli-progress';
import { DataSource } from 'typeorm';

const PARAGRAPH =
  '为深入贯彻落实上级关于政府网站建设的部署要求,进一步提升政务公开和政务服务水平,本单位结合工作实际,' +
  '认真梳理职责事项,完善信息发布、审核和保密审查制度,确保各项工作落到实处、取得实效。';
const LEAF_COLUMNS = ['zwdt/gzdt', 'zwdt/tzgg', 'xxgk/zcwj', 'bsfw/bszn'];

/** Provisions `sites` department sites and bulk-inserts `articles` published articles into each. */
export async function seedSyntheticGroup(app: INestApplicationContext, sites: number, articles: number): Promise<number[]> {
  const dataSource = app.get(DataSource);
  const provisioning = app.get(ProvisioningService);
  const bar = new SingleBar({ format: '  合成站群 [{bar}] {value}/{total} 篇', hideCursor: true }, Presets.shades_classic);
  bar.start(sites * articles, 0);
  const ids: number[] = [];
  for (let s = 0; s < sites; s++) {
    const code = `bench${s + 1}`;
    const site = await provisioning.provision({
      code,
      name: `示范县第${s + 1}局`,
      kind: 'department',
      idCode: String(4103240000 + s).padStart(10, '0'),
      sponsor: `示范县第${s + 1}局`,
      admin: { username: `${code}_admin`, displayName: '管理员' },
    });
    ids.push(site.id);
    const siteColumns = await runInTenant({ siteId: site.id }, () => app.get(Database).tenant(SiteColumn).find());
    const columns = siteColumns.filter((c) => LEAF_COLUMNS.includes(c.path));
    for (let offset = 0; offset < articles; offset += 1000) {
      const rows: unknown[] = [];
      const count = Math.min(1000, articles - offset);
      for (let i = 0; i < count; i++) {
        const n = offset + i;
        const column = columns[n % columns.length];
        const publishedAt = new Date(Date.now() - (articles - n) * 3_600_000);
        rows.push([
          site.id,
          column.id,
          `示范县第${s + 1}局关于做好第${n + 1}项重点工作的通知`,
          `<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`,
          'published',
          publishedAt,
          n % 50 === 0 ? 1 : 0,
        ]);
      }
      await dataSource.query(
        `INSERT INTO articles (site_id, column_id, title, body, status, published_at, headline) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        rows.flat(),
      );
      bar.increment(count);
    }
  }
  bar.stop();
  return ids;
}
