import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminLogin, columnByPath, eventually, provisionSite, publishArticle } from './support/client';
import { sampleFiles } from './support/sample-files';
import { startStack, type TestStack } from './support/stack';

type Auth = { Authorization: string };

describe('media: uploads, quotas, picture news and attachments', () => {
  let stack: TestStack;
  let admin: Auth;
  let site: any;
  let auth: Auth;
  let other: { site: any; siteAdmin: Auth };
  let newsColumnId: number;

  beforeAll(async () => {
    // Small limits so the size checks are cheap to reach.
    stack = await startStack({ env: { MEDIA_MAX_IMAGE_MB: '1', MEDIA_MAX_FILE_MB: '2' } });
    admin = await adminLogin(stack);
    ({ site, siteAdmin: auth } = await provisionSite(stack, admin));
    other = await provisionSite(stack, admin);
    newsColumnId = (await columnByPath(stack, auth, site.id, 'zwdt/gzdt')).id;
  });
  afterAll(() => stack.close());

  function upload(content: Buffer, name: string, as: Auth = auth, siteId = site.id) {
    return stack.http.post(`/api/v1/sites/${siteId}/media`).set(as).attach('file', content, name);
  }
  const published = (path: string) => join(stack.config.publishRoot, 'sites', site.code, path);

  it('decides the type by content: images get size and thumbnail, office files their real extension', async () => {
    const image = await upload(await sampleFiles.png(), 'photo.PNG');
    expect(image.status).toBe(201);
    expect(image.body).toMatchObject({ kind: 'image', ext: 'png', mime: 'image/png', width: 800, height: 600, name: 'photo.PNG' });
    expect(image.body.publicPath).toMatch(/^\/uploads\/\d{6}\/[0-9a-f]{32}\.png$/);
    const thumbnail = await stack.http.get(`/api/v1/sites/${site.id}/media/${image.body.id}/thumbnail`).set(auth).buffer(true);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers['content-type']).toBe('image/jpeg');

    const cases: [Buffer, string, string][] = [
      [sampleFiles.pdf(), '关于开展2027年招生工作的通知😀.pdf', 'pdf'],
      [sampleFiles.docx(), 'renamed.bin', 'docx'],
      [sampleFiles.xlsx(), '统计表.xlsx', 'xlsx'],
      [sampleFiles.doc(), '旧文件.doc', 'doc'],
      [sampleFiles.zip(), '材料.zip', 'zip'],
      [await sampleFiles.jpeg(), '现场.pdf', 'jpg'],
    ];
    for (const [content, name, ext] of cases) {
      const response = await upload(content, name);
      expect(response.status).toBe(201);
      expect(response.body.ext).toBe(ext);
    }
    const listed = await stack.http.get(`/api/v1/sites/${site.id}/media?kind=attachment`).set(auth);
    expect(listed.body.items.map((item: any) => item.name)).toEqual(
      expect.arrayContaining(['关于开展2027年招生工作的通知😀.pdf', 'renamed.bin.docx', '旧文件.doc']),
    );
    const file = await stack.http.get(`/api/v1/sites/${site.id}/media/${listed.body.items.at(-1).id}/file`).set(auth);
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
  });

  it.each([
    ['an executable', sampleFiles.exe(), 'setup.pdf', 415],
    ['SVG (may carry script)', sampleFiles.svg(), 'logo.svg', 415],
    ['HTML named as an image', sampleFiles.html(), 'photo.jpg', 415],
    ['an image that does not decode', sampleFiles.brokenPng(), 'broken.png', 422],
    ['an empty file', Buffer.alloc(0), 'empty.pdf', 400],
  ])('refuses %s', async (_, content, name, status) => {
    const response = await upload(content, name);
    expect(response.status).toBe(status);
    expect(response.body.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('refuses a request without a file, and a wrong field name', async () => {
    expect((await stack.http.post(`/api/v1/sites/${site.id}/media`).set(auth).send({ file: 'x' })).status).toBe(400);
    const wrongField = await stack.http.post(`/api/v1/sites/${site.id}/media`).set(auth).attach('upload', sampleFiles.pdf(), 'a.pdf');
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.message).toBe('上传字段名必须是 file');
    const garbled = await stack.http
      .post(`/api/v1/sites/${site.id}/media`)
      .set(auth)
      .set('Content-Type', 'multipart/form-data; boundary=zz')
      .send('--zz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF');
    expect(garbled.status).toBe(400);
  });

  it('enforces size limits per kind', async () => {
    const bigImage = Buffer.concat([await sampleFiles.jpeg(), Buffer.alloc(1.5 * 1024 * 1024)]);
    const image = await upload(bigImage, 'big.jpg');
    expect(image.status).toBe(413);
    expect(image.body.message).toContain('图片不能超过 1 MB');
    expect((await upload(sampleFiles.pdf(1.5 * 1024 * 1024), 'ok.pdf')).status).toBe(201);
    const huge = await upload(sampleFiles.pdf(3 * 1024 * 1024), 'huge.pdf');
    expect(huge.status).toBe(413);
    expect(huge.body.message).toBe('文件超过上传大小上限');
  });

  it('keeps each site within the quota the portal center sets', async () => {
    const fresh = await provisionSite(stack, admin);
    const quota = `/api/v1/sites/${fresh.site.id}/media-quota`;
    expect((await stack.http.put(quota).set(fresh.siteAdmin).send({ quotaMb: 100 })).status).toBe(403);
    expect((await stack.http.put(quota).set(admin).send({ quotaMb: 0 })).status).toBe(400);
    expect((await stack.http.put(quota).set(admin).send({ quotaMb: '2' })).status).toBe(400);
    expect((await stack.http.put(quota).set(admin).send({ quotaMb: 1 })).body).toMatchObject({ quotaBytes: 1024 * 1024, usedBytes: 0 });
    expect((await upload(sampleFiles.pdf(700 * 1024), 'a.pdf', fresh.siteAdmin, fresh.site.id)).status).toBe(201);
    const over = await upload(sampleFiles.pdf(700 * 1024), 'b.pdf', fresh.siteAdmin, fresh.site.id);
    expect(over.status).toBe(413);
    expect(over.body.message).toContain('站点存储空间不足');
    const usage = await stack.http.get(`/api/v1/sites/${fresh.site.id}/media-usage`).set(fresh.siteAdmin);
    expect(usage.body).toMatchObject({ files: 1, quotaBytes: 1024 * 1024 });
    await stack.http.put(quota).set(admin).send({ quotaMb: 10 }).expect(200);
    expect((await upload(sampleFiles.pdf(700 * 1024), 'b.pdf', fresh.siteAdmin, fresh.site.id)).status).toBe(201);
  });

  it("keeps one site's files from another site", async () => {
    const mine = (await upload(sampleFiles.pdf(), 'mine.pdf')).body;
    const theirs = other.siteAdmin;
    expect((await stack.http.get(`/api/v1/sites/${site.id}/media/${mine.id}`).set(theirs)).status).toBe(403);
    expect((await stack.http.get(`/api/v1/sites/${other.site.id}/media/${mine.id}`).set(theirs)).status).toBe(404);
    expect((await stack.http.delete(`/api/v1/sites/${other.site.id}/media/${mine.id}`).set(theirs)).status).toBe(404);
    expect((await stack.http.get(`/api/v1/sites/${other.site.id}/media/${mine.id}/file`).set(theirs)).status).toBe(404);
    const otherColumn = (await columnByPath(stack, theirs, other.site.id, 'zwdt/gzdt')).id;
    const article = await stack.http
      .post(`/api/v1/sites/${other.site.id}/articles`)
      .set(theirs)
      .send({ columnId: otherColumn, title: '借用附件', body: '<p>x</p>', attachmentIds: [mine.id] });
    expect(article.status).toBe(400);
    expect(article.body.message).toContain('文件不存在');
  });

  it('publishes attachments, cover thumbnails and body images with the article, and removes them after', async () => {
    const cover = (await upload(await sampleFiles.png(1200, 800), '封面.png')).body;
    const inline = (await upload(await sampleFiles.jpeg(), '正文图.jpg')).body;
    const pdf = (await upload(sampleFiles.pdf(), '实施方案.pdf')).body;
    const sheet = (await upload(sampleFiles.xlsx(), '任务分解表.xlsx')).body;
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({
        columnId: newsColumnId,
        title: '全县秋季运动会开幕',
        body: `<p>开幕式现场。</p><p><img src="${inline.publicPath}" alt="现场"></p>`,
        pictureNews: true,
        headline: true,
        coverImageId: cover.id,
        attachmentIds: [pdf.id, sheet.id],
      });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ pictureNews: true, coverImageId: cover.id, attachmentIds: [pdf.id, sheet.id] });
    expect(existsSync(published(pdf.publicPath))).toBe(false);

    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(auth).expect(200);
    const article = (await stack.http.get(`/api/v1/sites/${site.id}/articles/${created.body.id}`).set(auth)).body;
    const page = published(new URL(article.url).pathname);
    await eventually(() => existsSync(page) && existsSync(published(pdf.publicPath)) && existsSync(published(cover.thumbnailPath)));
    const html = readFileSync(page, 'utf8');
    expect(html).toContain(`<a href="${pdf.publicPath}" download="实施方案.pdf">实施方案.pdf</a>`);
    expect(html.indexOf('实施方案.pdf')).toBeLessThan(html.indexOf('任务分解表.xlsx'));
    expect(existsSync(published(inline.publicPath))).toBe(true);
    expect(existsSync(published(cover.publicPath))).toBe(true);
    await eventually(() => readFileSync(published('/index.html'), 'utf8').includes(cover.thumbnailPath));
    expect(readFileSync(published('/index.html'), 'utf8')).toContain('图片新闻');
    expect(readFileSync(published(pdf.publicPath))).toEqual(sampleFiles.pdf());

    // The library tells where each file is used; a file still in use cannot be deleted.
    const library = (await stack.http.get(`/api/v1/sites/${site.id}/media?pageSize=100`).set(auth)).body.items;
    const usesOf = (id: number) => library.find((item: any) => item.id === id).usedBy.map((use: any) => [use.title, use.role, use.pending]);
    expect(usesOf(cover.id)).toEqual([[article.title, 'cover', false]]);
    expect(usesOf(pdf.id)).toEqual([[article.title, 'attachment', false]]);
    expect(usesOf(inline.id)).toEqual([[article.title, 'inline', false]]);
    const refused = await stack.http.delete(`/api/v1/sites/${site.id}/media/${pdf.id}`).set(auth);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(`文件正被文章《${article.title}》使用,请先从文章中移除后再删除`);

    // Dropping an attachment from the live article unpublishes that file only.
    await stack.http
      .patch(`/api/v1/sites/${site.id}/articles/${article.id}`)
      .set(auth)
      .send({ attachmentIds: [sheet.id] })
      .expect(200);
    await eventually(() => !existsSync(published(pdf.publicPath)));
    expect(existsSync(published(sheet.publicPath))).toBe(true);
    await stack.http.delete(`/api/v1/sites/${site.id}/media/${pdf.id}`).set(auth).expect(204);

    await stack.http.post(`/api/v1/sites/${site.id}/articles/${article.id}/unpublish`).set(auth).expect(200);
    await eventually(
      () =>
        !existsSync(published(sheet.publicPath)) &&
        !existsSync(published(cover.thumbnailPath)) &&
        !existsSync(published(inline.publicPath)),
    );
    await eventually(() => !readFileSync(published('/index.html'), 'utf8').includes('图片新闻'));
  });

  it('keeps a file that an edit waiting for review uses: deleting it answers 409', async () => {
    const article = await publishArticle(stack, auth, site.id, { columnId: newsColumnId, title: '待审修改用到的附件', body: '<p>x</p>' });
    // From now on edits of live articles wait for the leader's review.
    await stack.http
      .put(`/api/v1/sites/${site.id}/review-chain`)
      .set(admin)
      .send({ steps: ['leader'] })
      .expect(200);
    try {
      const pdf = (await upload(sampleFiles.pdf(), '修改稿附件.pdf')).body;
      const edited = await stack.http
        .patch(`/api/v1/sites/${site.id}/articles/${article.id}`)
        .set(auth)
        .send({ attachmentIds: [pdf.id] })
        .expect(200);
      expect(edited.body.pendingRevision).toEqual(expect.any(Number));
      const refused = await stack.http.delete(`/api/v1/sites/${site.id}/media/${pdf.id}`).set(auth);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toContain('《待审修改用到的附件》');
      const file = await stack.http.get(`/api/v1/sites/${site.id}/media/${pdf.id}`).set(auth);
      expect(file.body.usedBy).toEqual([{ articleId: article.id, title: '待审修改用到的附件', role: 'attachment', pending: true }]);
    } finally {
      await stack.http.put(`/api/v1/sites/${site.id}/review-chain`).set(admin).send({ steps: [] }).expect(200);
    }
  });

  it('requires a cover image for picture news, and an image as the cover', async () => {
    const pdf = (await upload(sampleFiles.pdf(), 'x.pdf')).body;
    const base = { columnId: newsColumnId, title: '图片新闻', body: '<p>x</p>' };
    const noCover = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ ...base, pictureNews: true });
    expect(noCover.status).toBe(400);
    expect(noCover.body.message).toContain('封面图片');
    expect(
      (
        await stack.http
          .post(`/api/v1/sites/${site.id}/articles`)
          .set(auth)
          .send({ ...base, coverImageId: pdf.id })
      ).status,
    ).toBe(400);
    for (const attachmentIds of [[pdf.id, pdf.id], ['1'], 'x', Array.from({ length: 41 }, (_, i) => i + 1)]) {
      expect(
        (
          await stack.http
            .post(`/api/v1/sites/${site.id}/articles`)
            .set(auth)
            .send({ ...base, attachmentIds })
        ).status,
      ).toBe(400);
    }
  });

  it('screens attachment names for sensitive words at submit', async () => {
    await stack.http.post('/api/v1/platform/sensitive-words').set(admin).send({ word: '内部绝密', level: 'block' }).expect(201);
    const pdf = (await upload(sampleFiles.pdf(), '内部绝密名单.pdf')).body;
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: newsColumnId, title: '名单公示', body: '<p>见附件</p>', attachmentIds: [pdf.id] });
    const submitted = await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(auth);
    expect(submitted.status).toBe(422);
    expect(submitted.body.message).toContain('附件名称含有禁用词「内部绝密」');
  });
});
