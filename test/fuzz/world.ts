import { sampleFiles } from '../support/sample-files';
import { adminLogin, columnByPath, login, provisionSite, publishArticle } from '../support/client';
import type { TestStack } from '../support/stack';

type Auth = { Authorization: string };

/**
 * Written only into site B's non-public data (drafts, users, letters, words, media, templates, a
 * column): no answer to anyone but a platform admin may ever contain it.
 */
export const LEAK_MARKER = 'zqleakb';

export const ROLE_NAMES = [
  'anonymous',
  'platform_admin',
  'site_admin',
  'editor',
  'leader',
  'letter_handler',
  'portal_reviewer',
  'security_reviewer',
] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** Ids of one site's objects, by kind, as the fuzzer puts them into paths and bodies. */
export interface SiteIds {
  site: number;
  columns: number[];
  articles: number[];
  users: number[];
  letters: number[];
  media: number[];
  words: number[];
  reviews: number[];
  syndications: number[];
}

/** One signed-in account of the world: whom the fuzzer acts as. */
export interface Account {
  id: number;
  username: string;
}

/**
 * What the fuzzer runs against: site A (a department, whose staff are signed in in every site
 * role), site B (another department, the tenant A must never see), the portal with the portal
 * center's reviewers, and the platform admin.
 */
export interface World {
  a: SiteIds;
  b: SiteIds;
  portal: SiteIds;
  accounts: Record<Exclude<RoleName, 'anonymous'>, Account>;
  /** Every account's grants as seeded, `userId:siteId:role`: the world guard restores them. */
  grants: string[];
  platform: { links: number[]; words: number[]; versions: number[]; runs: string[]; templates: string[] };
}

const SITE_ROLES = ['site_admin', 'editor', 'leader', 'letter_handler'] as const;

async function created(response: { status: number; body: any }, what: string): Promise<any> {
  if (response.status >= 300) throw new Error(`seeding ${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function addUser(stack: TestStack, auth: Auth, siteId: number, username: string, roles: string[], office?: string) {
  const body = await created(
    await stack.http
      .post(`/api/v1/sites/${siteId}/users`)
      .set(auth)
      .send({ username, displayName: `${username}名`, roles, ...(office ? { office } : {}) }),
    `user ${username}`,
  );
  return { id: body.id as number, username, password: body.initialPassword as string };
}

async function letter(stack: TestStack, siteId: number, code: string, subject: string): Promise<number> {
  const result = await stack.infrastructure.dataSource.query(
    `INSERT INTO letters (site_id, kind, query_code, name, phone, email, subject, body, error_type, page_url, public_consent, status, ip)
     VALUES (?, 'mailbox', ?, ?, '13800000000', '', ?, ?, '', '', 1, 'received', '127.0.0.1')`,
    [siteId, code, `${subject}人`, subject, `${subject}的正文`],
  );
  return result.insertId;
}

async function columnIds(stack: TestStack, auth: Auth, siteId: number): Promise<number[]> {
  const tree = (await stack.http.get(`/api/v1/sites/${siteId}/columns`).set(auth)).body.items;
  const walk = (nodes: any[]): number[] => nodes.flatMap((node) => [node.id, ...walk(node.children ?? [])]);
  return walk(tree);
}

/** A department site with content of every kind; `mark` is written into its non-public data. */
async function seedDepartment(stack: TestStack, admin: Auth, name: string, mark: string, portal: { site: number; column: number }) {
  const { site, siteAdmin } = await provisionSite(stack, admin, { name });
  const s = `/api/v1/sites/${site.id}`;
  const [siteAdminRow] = await stack.infrastructure.dataSource.query('SELECT id FROM users WHERE username = ?', [site.admin.username]);
  const users = [
    { id: siteAdminRow.id as number, username: site.admin.username as string, role: 'site_admin' },
    ...(await Promise.all(
      SITE_ROLES.slice(1).map(async (role) => ({ ...(await addUser(stack, siteAdmin, site.id, `${mark}_${role}`, [role])), role })),
    )),
  ];
  const spare = await addUser(stack, siteAdmin, site.id, `${mark}_spare`, ['editor']);
  const news = (await columnByPath(stack, siteAdmin, site.id, 'zwdt/gzdt')).id;
  await created(
    await stack.http
      .post(`${s}/columns`)
      .set(siteAdmin)
      .send({ name: `${mark}栏目`, slug: `${mark}lm` }),
    'column',
  );
  const live = await publishArticle(stack, siteAdmin, site.id, { columnId: news, title: '已发布的文章', body: '<p>正文</p>' });
  const syndicated = await publishArticle(stack, siteAdmin, site.id, { columnId: news, title: '报送的文章', body: '<p>报送</p>' });
  const syndication = await created(
    await stack.http
      .post(`${s}/articles/${syndicated.id}/syndicate`)
      .set(siteAdmin)
      .send({ targetSiteId: portal.site, targetColumnId: portal.column }),
    'syndication',
  );
  const draft = await created(
    await stack.http
      .post(`${s}/articles`)
      .set(siteAdmin)
      .send({ columnId: news, title: `${mark}草稿`, body: `<p>${mark}草稿正文</p>`, author: `${mark}作者` }),
    'draft',
  );
  await stack.http
    .put(`${s}/review-chain`)
    .set(admin)
    .send({ steps: ['leader'] });
  const pending = await created(
    await stack.http
      .post(`${s}/articles`)
      .set(siteAdmin)
      .send({ columnId: news, title: `${mark}待审`, body: `<p>${mark}</p>` }),
    'pending article',
  );
  await created(await stack.http.post(`${s}/articles/${pending.id}/submit`).set(siteAdmin), 'submit');
  const leaderAccount = users.find((user) => user.role === 'leader') as { username: string; password: string };
  const leader = await login(stack, leaderAccount.username, leaderAccount.password);
  const reviews = (await stack.http.get('/api/v1/reviews').set(leader)).body.items.map((task: { id: number }) => task.id);
  const image = await created(
    await stack.http
      .post(`${s}/media`)
      .set(siteAdmin)
      .attach('file', await sampleFiles.png(40, 30), `${mark}图片.png`),
    'image',
  );
  const pdf = await created(await stack.http.post(`${s}/media`).set(siteAdmin).attach('file', sampleFiles.pdf(), `${mark}附件.pdf`), 'pdf');
  const word = await created(
    await stack.http
      .post(`${s}/sensitive-words`)
      .set(siteAdmin)
      .send({ word: `${mark}敏感词`, level: 'warn' }),
    'word',
  );
  await created(
    await stack.http
      .put(`${s}/templates/partial.fuzz-note`)
      .set(siteAdmin)
      .send({ source: `<p>${mark}模板</p>` }),
    'template',
  );
  const code = mark
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .padEnd(8, 'X');
  const letters = [await letter(stack, site.id, `${code}01`, `${mark}来信`), await letter(stack, site.id, `${code}02`, `${mark}纠错`)];
  const ids: SiteIds = {
    site: site.id,
    columns: await columnIds(stack, siteAdmin, site.id),
    articles: [live.id, syndicated.id, draft.id, pending.id],
    users: [...users.map((user) => user.id), spare.id],
    letters,
    media: [image.id, pdf.id],
    words: [word.id],
    reviews,
    syndications: [syndication.id],
  };
  return { ids, users, siteAdmin };
}

/** Every grant of every account, `userId:siteId:role`, in a stable order. */
export async function grantsOf(stack: TestStack): Promise<string[]> {
  const rows = await stack.infrastructure.dataSource.query(
    'SELECT user_id, site_id, role FROM role_grants ORDER BY user_id, site_id, role',
  );
  return rows.map((row: { user_id: number; site_id: number | null; role: string }) => `${row.user_id}:${row.site_id}:${row.role}`);
}

/** The platform admin, the portal with its reviewers, and the departments A and B. */
export async function seedWorld(stack: TestStack): Promise<World> {
  const admin = await adminLogin(stack);
  const me = (await stack.http.get('/api/v1/me').set(admin)).body;
  const portal = await provisionSite(stack, admin, { kind: 'portal', name: '示范县人民政府' });
  const portalColumn = (await columnByPath(stack, portal.siteAdmin, portal.site.id, 'zwdt/bmdt')).id;
  const reviewer = await addUser(stack, admin, portal.site.id, 'fuzz_portal_reviewer', ['portal_reviewer'], 'government');
  const security = await addUser(stack, admin, portal.site.id, 'fuzz_security_reviewer', ['security_reviewer']);
  const target = { site: portal.site.id, column: portalColumn };
  const a = await seedDepartment(stack, admin, '示范县甲局', 'fuzza', target);
  const b = await seedDepartment(stack, admin, '示范县乙局', LEAK_MARKER, target);

  const link = await created(
    await stack.http.post('/api/v1/platform/links').set(admin).send({ name: '中国政府网', url: 'https://www.gov.cn/', group: 'higher' }),
    'link',
  );
  const word = await created(
    await stack.http.post('/api/v1/platform/sensitive-words').set(admin).send({ word: '平台敏感词', level: 'block' }),
    'platform word',
  );
  const run = await created(await stack.http.post(`/api/v1/sites/${a.ids.site}/rebuild`).set(a.siteAdmin), 'rebuild');
  await created(await stack.http.put('/api/v1/platform/standards').set(admin).send({ portalName: '示范县人民政府门户网站' }), 'standards');

  const account = (user: { id: number; username: string }): Account => ({ id: user.id, username: user.username });
  const roleOf = (role: string) => account(a.users.find((user) => user.role === role)!);
  return {
    a: a.ids,
    b: b.ids,
    portal: {
      site: portal.site.id,
      columns: await columnIds(stack, portal.siteAdmin, portal.site.id),
      articles: [],
      users: [reviewer.id, security.id],
      letters: [],
      media: [],
      words: [],
      reviews: [],
      syndications: [],
    },
    accounts: {
      platform_admin: account(me),
      site_admin: roleOf('site_admin'),
      editor: roleOf('editor'),
      leader: roleOf('leader'),
      letter_handler: roleOf('letter_handler'),
      portal_reviewer: account(reviewer),
      security_reviewer: account(security),
    },
    grants: await grantsOf(stack),
    platform: {
      links: [link.id],
      words: [word.id],
      versions: [1, 2],
      runs: [run.runId],
      templates: ['layout', 'page.article', 'page.home', 'partial.head', 'partial.fuzz-note'],
    },
  };
}
