import type { INestApplicationContext } from '@nestjs/common';
import { User } from '@zhanqun/auth';
import { Article, SiteColumn } from '@zhanqun/content';
import { GovLink } from '@zhanqun/links';
import { Database, runInTenant } from '@zhanqun/shared';
import { SyndicationsService } from '@zhanqun/syndication';
import { Site } from '@zhanqun/tenancy';

/** Higher-level government sites in every footer (政府网站链接); the group's own sites are added automatically. */
const HIGHER_LEVEL = [
  { name: '中国政府网', url: 'https://www.gov.cn/' },
  { name: '河南省人民政府', url: 'https://www.henan.gov.cn/' },
  { name: '洛阳市人民政府', url: 'https://www.ly.gov.cn/' },
];

/** Before the sites are provisioned, so their first pages already carry the links. */
export async function seedGovLinks(db: Database): Promise<void> {
  await db.platform(GovLink).insert(HIGHER_LEVEL.map((link, index) => ({ ...link, group: 'higher' as const, sort: index })));
}

/**
 * 信息报送 in the demo: the education bureau's latest news is adopted by the portal's 部门动态 as
 * a reference, and the police bureau's waits in the portal center's queue.
 */
export async function seedSyndication(app: INestApplicationContext): Promise<void> {
  const db = app.get(Database);
  const syndications = app.get(SyndicationsService);
  const sites = new Map((await db.platform(Site).find()).map((site) => [site.code, site]));
  const portal = sites.get('www')!;
  const target = (await runInTenant({ siteId: portal.id }, () => db.tenant(SiteColumn).findOneBy({ path: 'zwdt/bmdt' })))!;
  const portalAdmin = await db.platform(User).findOneByOrFail({ username: 'www_admin' });
  const principal = {
    id: portalAdmin.id,
    username: portalAdmin.username,
    office: null,
    grants: [{ siteId: portal.id, role: 'site_admin' as const }],
  };
  for (const [code, adopt] of [
    ['jyj', true],
    ['gaj', false],
  ] as const) {
    const site = sites.get(code)!;
    const admin = await db.platform(User).findOneByOrFail({ username: `${code}_admin` });
    // As the unit's staff submit it: in their site's tenant context.
    const { id } = await runInTenant({ siteId: site.id, userId: admin.id }, async () => {
      const [latest] = await db.tenant(Article).find({ where: { status: 'published' }, order: { publishedAt: 'DESC' }, take: 1 });
      return syndications.submit(site.id, latest.id, { targetSiteId: portal.id, targetColumnId: target.id }, admin.id);
    });
    if (adopt) await syndications.adopt(id, { mode: 'reference' }, principal);
  }
}
