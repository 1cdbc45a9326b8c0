import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StandardsService } from '@zhanqun/standards';
import { adminLogin, columnByPath, eventually, provisionSite, publishArticle } from './support/client';
import { startStack, type TestStack } from './support/stack';

type Auth = { Authorization: string };

/** A skeleton column with `levels` levels of children. */
function deepColumn(levels: number): Record<string, unknown> {
  const column: Record<string, unknown> = { name: `第${levels}级`, slug: `l${levels}`, kind: 'list' };
  if (levels > 1) column.children = [deepColumn(levels - 1)];
  return column;
}

describe('standards profile (八统一): versions, validation, preview, group rebuild, rollback', () => {
  let stack: TestStack;
  let admin: Auth;
  let site: any;
  let auth: Auth;
  let articlePath: string;
  const file = (code: string, path: string) => join(stack.config.publishRoot, 'sites', code, path);

  beforeAll(async () => {
    stack = await startStack();
    admin = await adminLogin(stack);
    ({ site, siteAdmin: auth } = await provisionSite(stack, admin, { icp: '' }));
    const column = await columnByPath(stack, auth, site.id, 'zwdt/gzdt');
    const article = await publishArticle(stack, auth, site.id, { columnId: column.id, title: '标准测试文章', body: '<p>正文</p>' });
    articlePath = new URL(article.url).pathname;
    await eventually(() => existsSync(file(site.code, articlePath)));
  });
  afterAll(() => stack.close());

  async function runDone(runId: string) {
    return eventually(async () => {
      const run = (await stack.http.get(`/api/v1/publish-runs/${runId}`).set(admin)).body;
      return run.status === 'done' && run;
    }, 60_000);
  }

  it('is readable by staff and changeable only by the portal center', async () => {
    const current = await stack.http.get('/api/v1/platform/standards').set(auth);
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ version: 1, portalName: '示范县人民政府' });
    for (const part of ['identity', 'style', 'styleVariants', 'skeleton', 'footer', 'metadata', 'serviceBar', 'allowedDomainSuffixes']) {
      expect(current.body).toHaveProperty(part);
    }
    expect((await stack.http.put('/api/v1/platform/standards').set(auth).send({ portalName: '某县' })).status).toBe(403);
    expect((await stack.http.post('/api/v1/platform/standards/versions/1/rollback').set(auth)).status).toBe(403);
  });

  it.each([
    [
      { style: { primaryColor: 'red', accentColor: '#000000', textColor: '#222222', fontFamily: 'sans-serif', baseFontSize: 16 } },
      400,
      /#RRGGBB/,
    ],
    [{ portalName: '' }, 400, /portalName/],
    [{ portalName: 12 }, 400, /portalName/],
    [{ footer: { conacUrl: 'javascript:alert(1)', errorReportPath: '/x', layout: [['sponsor']], defaults: {} } }, 400, /conacUrl/],
    [
      { footer: { conacUrl: 'https://bszs.conac.cn/', errorReportPath: '/x', layout: [['sponsor', 'icp', 'psb']], defaults: {} } },
      422,
      /缺少必备项目「网站标识码」/,
    ],
    [
      {
        footer: {
          conacUrl: 'https://bszs.conac.cn/',
          errorReportPath: '/x',
          layout: [['sponsor', 'idCode', 'icp', 'psb', 'fax']],
          defaults: {},
        },
      },
      422,
      /「fax」不是页脚项目/,
    ],
    [
      {
        footer: {
          conacUrl: 'https://bszs.conac.cn/',
          errorReportPath: '/x',
          layout: [['sponsor', 'idCode', 'icp', 'psb']],
          defaults: { idCode: '12345' },
        },
      },
      422,
      /10 位/,
    ],
    [
      { styleVariants: [{ key: 'a', name: '甲', primaryColor: '#111111', accentColor: '#222223', linkColor: '#333333' }] },
      422,
      /颜色超过 3 种/,
    ],
    [
      {
        style: {
          primaryColor: '#b5121b',
          accentColor: '#1f4e8c',
          textColor: '#222222',
          linkColor: '#00ff00',
          fontFamily: 'serif',
          baseFontSize: 16,
        },
      },
      422,
      /linkColor/,
    ],
    [
      {
        styleVariants: [
          { key: 'a', name: '甲', primaryColor: '#111111', accentColor: '#222223' },
          { key: 'a', name: '乙', primaryColor: '#111111', accentColor: '#222223' },
        ],
      },
      422,
      /key「a」重复/,
    ],
    [
      {
        skeleton: {
          portal: [
            { name: '动态', slug: 'dt', kind: 'list' },
            { name: '动态2', slug: 'dt', kind: 'list' },
          ],
          department: [{ name: 'x', slug: 'x', kind: 'list' }],
          township: [{ name: 'x', slug: 'x', kind: 'list' }],
        },
      },
      422,
      /重复/,
    ],
    [{ skeleton: { portal: [], department: [], township: [] } }, 400, /至少要有一个栏目/],
    [
      {
        footer: {
          conacUrl: 'https://bszs.conac.cn/',
          errorReportPath: '/x',
          layout: [['sponsor', 'idCode', 'icp', 'psb', { toString: 1 }]],
          defaults: {},
        },
      },
      422,
      /每一项都必须是页脚项目名称/,
    ],
    [
      {
        footer: {
          conacUrl: 'https://bszs.conac.cn/',
          errorReportPath: '/x',
          layout: [['sponsor', 'idCode', 'icp', 'psb', ...Array.from({ length: 100_000 }, () => 'icp')]],
          defaults: {},
        },
      },
      422,
      /项目太多/,
    ],
    [
      {
        skeleton: {
          portal: [deepColumn(6)],
          department: [{ name: 'x', slug: 'x', kind: 'list' }],
          township: [{ name: 'x', slug: 'x', kind: 'list' }],
        },
      },
      422,
      /超过 4 级/,
    ],
    [{ metadata: { descriptionChars: 5, extra: [] } }, 400, /descriptionChars/],
  ])('refuses a bad profile %#', async (body, status, message) => {
    const response = await stack.http.put('/api/v1/platform/standards').set(admin).send(body);
    expect(response.status).toBe(status);
    expect(response.body.message).toMatch(message);
    expect((await stack.http.get('/api/v1/platform/standards').set(admin)).body.version).toBe(1);
  });

  it('previews a site under a draft without changing anything', async () => {
    const current = (await stack.http.get('/api/v1/platform/standards').set(admin)).body;
    const preview = await stack.http
      .post('/api/v1/platform/standards/preview')
      .set(admin)
      .send({
        siteId: site.id,
        path: articlePath,
        profile: { style: { ...current.style, primaryColor: '#0a5c36' }, portalName: '预览县&人民政府' },
      });
    expect(preview.status).toBe(200);
    expect(preview.headers['content-type']).toMatch(/text\/html/);
    expect(preview.text).toContain('--zq-primary:#0a5c36');
    expect(preview.text).toContain('标准测试文章');
    expect(preview.text).toContain('预览县&amp;人民政府');
    expect(
      (
        await stack.http
          .post('/api/v1/platform/standards/preview')
          .set(admin)
          .send({ siteId: site.id, profile: { portalName: '<script>' } })
      ).status,
    ).toBe(400);
    expect(readFileSync(file(site.code, 'index.html'), 'utf8')).not.toContain('#0a5c36');
    expect(
      (await stack.http.post('/api/v1/platform/standards/preview').set(admin).send({ siteId: site.id, path: '/nope.html' })).status,
    ).toBe(404);
    expect((await stack.http.post('/api/v1/platform/standards/preview').set(admin).send({ siteId: 999999 })).status).toBe(404);
    expect((await stack.http.post('/api/v1/platform/standards/preview').set(auth).send({ siteId: site.id })).status).toBe(403);
  });

  it('makes a new version, re-renders every page of the group with progress, and rolls back', async () => {
    const current = (await stack.http.get('/api/v1/platform/standards').set(admin)).body;
    const put = await stack.http
      .put('/api/v1/platform/standards')
      .set(admin)
      .send({
        style: { ...current.style, primaryColor: '#0a5c36' },
        footer: { ...current.footer, defaults: { icp: '豫ICP备05099999号' } },
        serviceBar: { ...current.serviceBar, print: false },
        metadata: { descriptionChars: 60, extra: [{ name: 'MonitorCode', content: 'HN-2026' }] },
      });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ version: 2, runId: expect.any(String) });
    const run = await runDone(put.body.runId);
    expect(run.total).toBeGreaterThan(10);
    expect(run.done).toBe(run.total);
    for (const path of ['index.html', articlePath, 'zwdt/gzdt/index.html', 'sitemap.html', '404.html']) {
      const html = readFileSync(file(site.code, path), 'utf8');
      expect(html).toContain('--zq-primary:#0a5c36');
      expect(html).toContain('<meta name="MonitorCode" content="HN-2026">');
      expect(html).toContain('豫ICP备05099999号'); // the site has no ICP number of its own
      expect(html).not.toContain('data-print>打印');
    }
    const history = (await stack.http.get('/api/v1/platform/standards/versions').set(admin)).body.items;
    expect(history.map((item: any) => item.version)).toEqual([2, 1]);
    expect((await stack.http.get('/api/v1/platform/standards/versions/1').set(admin)).body.style.primaryColor).toBe('#b5121b');
    expect((await stack.http.get('/api/v1/platform/standards/versions/9').set(admin)).status).toBe(404);

    const rollback = await stack.http.post('/api/v1/platform/standards/versions/1/rollback').set(admin);
    expect(rollback.status).toBe(200);
    expect(rollback.body).toMatchObject({ version: 3, restoredFrom: 1 });
    await runDone(rollback.body.runId);
    expect(readFileSync(file(site.code, articlePath), 'utf8')).toContain('--zq-primary:#b5121b');
    expect((await stack.http.get('/api/v1/platform/standards').set(auth)).body.version).toBe(3);
  });

  it('gives existing sites a column the skeleton gains, required and rendered', async () => {
    const current = (await stack.http.get('/api/v1/platform/standards').set(admin)).body;
    const department = [...current.skeleton.department, { name: '专题专栏', slug: 'ztzl', kind: 'list' }];
    const put = await stack.http
      .put('/api/v1/platform/standards')
      .set(admin)
      .send({ skeleton: { ...current.skeleton, department } });
    expect(put.status).toBe(200);
    await runDone(put.body.runId);
    const column = await columnByPath(stack, auth, site.id, 'ztzl');
    expect(column).toMatchObject({ name: '专题专栏', required: true });
    expect(existsSync(file(site.code, 'ztzl/index.html'))).toBe(true);
    expect((await stack.http.delete(`/api/v1/sites/${site.id}/columns/${column.id}`).set(auth)).status).toBe(409);
  });

  it('lets a unit choose only an approved style variant', async () => {
    expect((await stack.http.patch(`/api/v1/sites/${site.id}`).set(auth).send({ styleVariant: 'purple' })).status).toBe(400);
    const chosen = await stack.http.patch(`/api/v1/sites/${site.id}`).set(auth).send({ styleVariant: 'green' });
    expect(chosen.status).toBe(200);
    expect(chosen.body.styleVariant).toBe('green');
    await eventually(() => readFileSync(file(site.code, 'index.html'), 'utf8').includes('--zq-primary:#1e6b3a'));
  });

  it('refuses the second of two changes made from the same version (409), keeping the first', async () => {
    const before = (await stack.http.get('/api/v1/platform/standards').set(admin)).body.version;
    const service = stack.api.get(StandardsService);
    const [first, second] = await Promise.allSettled([
      service.save({ portalName: '示范县人民政府(甲)' }, 1),
      service.save({ portalName: '示范县人民政府(乙)' }, 1),
    ]);
    const outcomes = [first.status, second.status].sort();
    if (outcomes[0] === 'fulfilled' && outcomes[1] === 'fulfilled') {
      // The two did not overlap after all: each was made from the version before it.
      expect((await stack.http.get('/api/v1/platform/standards').set(admin)).body.version).toBe(before + 2);
    } else {
      expect(outcomes).toEqual(['fulfilled', 'rejected']);
      const refused = [first, second].find((result) => result.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason.getStatus()).toBe(409);
      expect((await stack.http.get('/api/v1/platform/standards').set(admin)).body.version).toBe(before + 1);
    }
    await stack.http.put('/api/v1/platform/standards').set(admin).send({ portalName: '示范县人民政府' }).expect(200);
  });

  it('refuses a draft made from a version that is no longer in force (409), saving nothing', async () => {
    const current = (await stack.http.get('/api/v1/platform/standards').set(admin)).body;
    const stale = await stack.http
      .put('/api/v1/platform/standards')
      .set(admin)
      .send({ version: current.version - 1, portalName: '示范县人民政府(旧稿)' });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toContain(`现行第 ${current.version} 版`);
    expect((await stack.http.get('/api/v1/platform/standards').set(admin)).body).toMatchObject({
      version: current.version,
      portalName: current.portalName,
    });
    // The whole profile as GET returns it (with its version) saves as the next version.
    const saved = await stack.http.put('/api/v1/platform/standards').set(admin).send(current);
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(current.version + 1);
    // `version` names the base; it is not stored as part of the profile.
    expect((await stack.api.get(StandardsService).version(saved.body.version)).profile).not.toHaveProperty('version');
    await runDone(saved.body.runId);
  });
});
