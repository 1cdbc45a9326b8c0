import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminLogin, columnByPath, eventually, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

describe('disclosure metadata (政府信息公开)', () => {
  let stack: TestStack;
  let site: any;
  let auth: { Authorization: string };
  let policyId: number;
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

  beforeAll(async () => {
    stack = await startStack();
    ({ site, siteAdmin: auth } = await provisionSite(stack, await adminLogin(stack), { orgCode: '11410324005252417X' }));
    policyId = (await columnByPath(stack, auth, site.id, 'xxgk/zcwj')).id;
  });
  afterAll(() => stack.close());

  async function publish(fields: Record<string, unknown>) {
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: policyId, title: '政策文件', body: '<p>x</p>', ...fields });
    expect(created.status).toBe(201);
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(auth).expect(200);
    return (await stack.http.get(`/api/v1/sites/${site.id}/articles/${created.body.id}`).set(auth)).body;
  }

  it('assigns 索引号 <unit code>/<year>-<serial> at first publication, unique and never reused', async () => {
    const first = await publish({
      title: '关于印发示范县政府网站管理办法的通知',
      issuer: '示范县人民政府办公室',
      writtenOn: '2026-03-01',
      docNo: '示政办〔2026〕12号',
      topic: '综合政务',
    });
    expect(first.indexNo).toBe(`11410324005252417X/${year}-00001`);
    const second = await publish({});
    expect(second.indexNo).toBe(`11410324005252417X/${year}-00002`);
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${second.id}/unpublish`).set(auth).expect(200);
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${second.id}/submit`).set(auth).expect(200);
    expect((await stack.http.get(`/api/v1/sites/${site.id}/articles/${second.id}`).set(auth)).body.indexNo).toBe(second.indexNo);
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${second.id}/unpublish`).set(auth).expect(200);
    await stack.http.delete(`/api/v1/sites/${site.id}/articles/${second.id}`).set(auth).expect(204);
    expect((await publish({})).indexNo).toBe(`11410324005252417X/${year}-00003`);
  });

  it('gives no index number outside 信息公开 columns', async () => {
    const news = await columnByPath(stack, auth, site.id, 'zwdt/gzdt');
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: news.id, title: '新闻', body: '<p>x</p>' });
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(auth).expect(200);
    expect((await stack.http.get(`/api/v1/sites/${site.id}/articles/${created.body.id}`).set(auth)).body.indexNo).toBeNull();
  });

  it('gives a live article moved into 信息公开 its 索引号 and table; moved out, it keeps the number but not the table', async () => {
    const news = await columnByPath(stack, auth, site.id, 'zwdt/gzdt');
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: news.id, title: '后来归入公开目录的通知', body: '<p>x</p>' });
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(auth).expect(200);
    const moved = await stack.http
      .patch(`/api/v1/sites/${site.id}/articles/${created.body.id}`)
      .set(auth)
      .send({ columnId: policyId })
      .expect(200);
    const indexNo = (await stack.http.get(`/api/v1/sites/${site.id}/articles/${created.body.id}`).set(auth)).body.indexNo;
    expect(indexNo).toMatch(new RegExp(`^11410324005252417X/${year}-\\d{5}$`));
    const page = () => join(stack.config.publishRoot, 'sites', site.code, new URL(moved.body.url).pathname);
    await eventually(() => existsSync(page()) && readFileSync(page(), 'utf8').includes(indexNo));
    const back = await stack.http
      .patch(`/api/v1/sites/${site.id}/articles/${created.body.id}`)
      .set(auth)
      .send({ columnId: news.id })
      .expect(200);
    const backPage = join(stack.config.publishRoot, 'sites', site.code, new URL(back.body.url).pathname);
    await eventually(() => existsSync(backPage) && !readFileSync(backPage, 'utf8').includes(indexNo));
    expect((await stack.http.get(`/api/v1/sites/${site.id}/articles/${created.body.id}`).set(auth)).body.indexNo).toBe(indexNo);
  });

  it('renders the metadata table, and the mark of a repealed document', async () => {
    const article = await publish({ title: '已废止的旧办法', docNo: '示政〔2020〕3号', validity: 'valid' });
    const path = join(stack.config.publishRoot, 'sites', site.code, new URL(article.url).pathname);
    await eventually(() => existsSync(path) && readFileSync(path, 'utf8').includes(article.indexNo));
    expect(readFileSync(path, 'utf8')).not.toContain('superseded-mark');
    await stack.http.patch(`/api/v1/sites/${site.id}/articles/${article.id}`).set(auth).send({ validity: 'repealed' }).expect(200);
    await eventually(() => readFileSync(path, 'utf8').includes('superseded-mark'));
    const html = readFileSync(path, 'utf8');
    for (const text of ['索引号', '发布机构', '成文日期', '文号', '示政〔2020〕3号', '主题分类', '已废止']) expect(html).toContain(text);
  });

  it.each([
    [{ writtenOn: '2026-13-45' }, /writtenOn/],
    [{ writtenOn: '2026-03-01T00:00:00Z' }, /writtenOn/],
    [{ validity: 'expired' }, /validity/],
    [{ docNo: 'x'.repeat(65) }, /docNo/],
  ])('rejects bad disclosure fields %# with 400', async (fields, message) => {
    const response = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: policyId, title: 't', body: 'x', ...fields });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(message);
  });

  it('validates the organisation code of a site', async () => {
    expect((await stack.http.patch(`/api/v1/sites/${site.id}`).set(auth).send({ orgCode: 'abc<>' })).status).toBe(400);
  });
});
