import type { INestApplicationContext } from '@nestjs/common';
import { hashPassword, User, UsersService } from '@zhanqun/auth';
import { ArticlePublication, ArticlesService, SiteColumn } from '@zhanqun/content';
import { MediaLibrary } from '@zhanqun/media';
import { ProvisioningService } from '@zhanqun/provisioning';
import { Database, runInTenant } from '@zhanqun/shared';
import { Site } from '@zhanqun/tenancy';
import { DEMO_GROUP, type DemoSite } from './data';
import { demoCover } from './demo-cover';
import { seedLetters } from './seed-letters';
import { seedGovLinks, seedSyndication } from './seed-portal-center';

/** The password of every demo unit account (demo only: a real deployment hands out one-time passwords). */
export const DEMO_PASSWORD = 'Zhanqun2026';

export interface DemoAccount {
  username: string;
  password: string;
  /** What the account is for, as the console shows it. */
  role: string;
}

/** Reviewers of the demo group's chain (seed 000: unit leader → 两办 → 保密审查); a 两办 reviewer has an office. */
const REVIEWERS = [
  { username: 'jyj_leader', displayName: '教育局分管领导', role: 'leader' as const, sites: ['jyj'], label: '教育局领导审核' },
  {
    username: 'lb_shenhe',
    displayName: '县政府办公室审核员',
    office: 'government' as const,
    role: 'portal_reviewer' as const,
    sites: DEMO_GROUP.map((s) => s.code),
    label: '两办审核(全部单位)',
  },
  {
    username: 'bm_shencha',
    displayName: '县保密局审查员',
    role: 'security_reviewer' as const,
    sites: DEMO_GROUP.map((s) => s.code),
    label: '保密审查(全部单位)',
  },
];

export function demoAccounts(): DemoAccount[] {
  return [
    ...DEMO_GROUP.map((site) => ({ username: site.admin.username, password: DEMO_PASSWORD, role: `${site.name} 站点管理员` })),
    ...REVIEWERS.map((reviewer) => ({ username: reviewer.username, password: DEMO_PASSWORD, role: reviewer.label })),
  ];
}

/**
 * Seeds the demo group the first time: the portal 示范县人民政府 and its department and township
 * sub-sites, each provisioned like a real one, with articles published at their dates.
 * Returns false when the group is already there.
 */
export async function seedDemo(app: INestApplicationContext, onProgress: (message: string) => void = () => undefined): Promise<boolean> {
  const db = app.get(Database);
  if (await db.platform(Site).existsBy({ code: DEMO_GROUP[0].code })) return false;
  await seedGovLinks(db);
  for (const demo of DEMO_GROUP) {
    await seedSite(app, demo);
    onProgress(`${demo.name}: ${demo.articles.length} 篇文章`);
  }
  await seedReviewers(app);
  await seedSyndication(app);
  await seedLetters(app);
  return true;
}

async function seedReviewers(app: INestApplicationContext): Promise<void> {
  const users = app.get(UsersService);
  const sites = new Map((await app.get(Database).platform(Site).find()).map((site) => [site.code, site.id]));
  for (const reviewer of REVIEWERS) {
    const { username, displayName } = reviewer;
    const office = 'office' in reviewer ? reviewer.office : null;
    const { user } = await users.create({ username, displayName, office, password: DEMO_PASSWORD });
    for (const code of reviewer.sites) await users.grant(user.id, sites.get(code)!, reviewer.role);
  }
}

async function seedSite(app: INestApplicationContext, demo: DemoSite): Promise<void> {
  const db = app.get(Database);
  const site = await app.get(ProvisioningService).provision({
    code: demo.code,
    name: demo.name,
    kind: demo.kind,
    category: demo.category === '党群' ? 'party' : 'government',
    sponsor: demo.sponsor,
    organizer: demo.organizer,
    contactPhone: demo.contactPhone,
    contactAddress: demo.contactAddress,
    idCode: demo.idCode,
    icp: demo.icp,
    psb: demo.psb,
    featureText: demo.featureText,
    aliases: demo.aliases,
    admin: demo.admin,
  });
  const users = db.platform(User);
  const admin = await users.findOneByOrFail({ username: demo.admin.username });
  await users.update({ id: admin.id }, { passwordHash: await hashPassword(DEMO_PASSWORD), mustChangePassword: false });

  const articles = app.get(ArticlesService);
  const publication = app.get(ArticlePublication);
  const media = app.get(MediaLibrary);
  const oldestFirst = [...demo.articles].sort((a, b) => b.daysAgo - a.daysAgo);
  await runInTenant({ siteId: site.id, userId: admin.id }, async () => {
    const columns = new Map((await db.tenant(SiteColumn).find()).map((c) => [c.path, c.id]));
    for (const [index, item] of oldestFirst.entries()) {
      const columnId = columns.get(item.columnPath);
      if (!columnId) throw new Error(`Demo column ${item.columnPath} missing on ${demo.code}`);
      // Headlines double as picture news (图片新闻), with a drawn cover image.
      const cover = item.headline
        ? await media.upload({ buffer: await demoCover(index), originalname: `${item.title}.jpg` }, admin.id)
        : null;
      const { id } = await articles.create(
        {
          columnId,
          title: item.title,
          body: item.body,
          summary: item.summary,
          source: item.source,
          author: item.author,
          keywords: item.keywords,
          headline: item.headline,
          pictureNews: Boolean(cover),
          coverImageId: cover?.id ?? null,
        },
        admin.id,
      );
      // Spread the day's items over office hours so their order is stable.
      const publishedAt = new Date(Date.now() - item.daysAgo * 86_400_000 - (oldestFirst.length - index) * 60_000);
      await publication.publish(await articles.find(id), publishedAt);
    }
  });
}
