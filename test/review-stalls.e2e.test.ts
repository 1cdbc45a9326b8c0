import { adminLogin, columnByPath, login, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

type Auth = { Authorization: string };

/**
 * A review step nobody can take must not wait unseen: a 两办 reviewer always has an office, and
 * the portal center lists every pending task no current account can act on, while the article
 * shows `reviewStalled` to its unit.
 */
describe('review steps nobody can take', () => {
  let stack: TestStack;
  let admin: Auth;
  let portal: { site: any; siteAdmin: Auth };
  let unit: { site: any; siteAdmin: Auth };
  let editor: Auth;
  let leader: { id: number; auth: Auth };
  let newsId: number;

  async function account(siteId: number, username: string, roles: string[], office?: string) {
    const created = await stack.http
      .post(`/api/v1/sites/${siteId}/users`)
      .set(admin)
      .send({ username, displayName: username, roles, office });
    expect(created.status).toBe(201);
    return { id: created.body.id as number, auth: await login(stack, username, created.body.initialPassword) };
  }

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    admin = await adminLogin(stack);
    portal = await provisionSite(stack, admin, { kind: 'portal', name: '示范县人民政府' });
    unit = await provisionSite(stack, admin, { name: '示范县妇联', category: 'party' }, { reviewChain: 'default' });
    editor = (await account(unit.site.id, 'st_editor', ['editor'])).auth;
    leader = await account(unit.site.id, 'st_leader', ['leader']);
    await account(portal.site.id, 'st_secret', ['security_reviewer']);
    await account(portal.site.id, 'st_gov', ['portal_reviewer'], 'government');
    newsId = (await columnByPath(stack, editor, unit.site.id, 'zwdt/gzdt')).id;
  });
  afterAll(() => stack.close());

  const stalled = async () => {
    const response = await stack.http.get('/api/v1/reviews/stalled').set(admin);
    expect(response.status).toBe(200);
    return response.body.items as any[];
  };
  const article = async (id: number) => (await stack.http.get(`/api/v1/sites/${unit.site.id}/articles/${id}`).set(editor)).body;

  async function submitted(title: string, author: Auth = editor): Promise<number> {
    const created = await stack.http
      .post(`/api/v1/sites/${unit.site.id}/articles`)
      .set(author)
      .send({ columnId: newsId, title, body: '<p>正文</p>' });
    await stack.http.post(`/api/v1/sites/${unit.site.id}/articles/${created.body.id}/submit`).set(author).expect(200);
    return created.body.id;
  }

  it('refuses a 两办 reviewer without an office (422), however the role is given', async () => {
    const noOffice = await stack.http
      .post('/api/v1/platform/users')
      .set(admin)
      .send({ username: 'st_nooffice', displayName: '两办', roles: [{ role: 'portal_reviewer', siteId: portal.site.id }] });
    expect(noOffice.status).toBe(422);
    expect(noOffice.body.message).toMatch(/党群或政府/);
    const onSite = await stack.http
      .post(`/api/v1/sites/${portal.site.id}/users`)
      .set(admin)
      .send({ username: 'st_nooffice', displayName: '两办', roles: ['portal_reviewer'] });
    expect(onSite.status).toBe(422);
    // Nothing was created: the name is still free.
    const plain = await stack.http.post('/api/v1/platform/users').set(admin).send({ username: 'st_nooffice', displayName: '两办' });
    expect(plain.status).toBe(201);
    const grant = () =>
      stack.http.post(`/api/v1/sites/${portal.site.id}/grants`).set(admin).send({ userId: plain.body.id, role: 'portal_reviewer' });
    expect((await grant()).status).toBe(422);

    await stack.http.patch(`/api/v1/platform/users/${plain.body.id}`).set(admin).send({ office: 'government' }).expect(200);
    expect((await grant()).status).toBe(201);
    const cleared = await stack.http.patch(`/api/v1/platform/users/${plain.body.id}`).set(admin).send({ office: null });
    expect(cleared.status).toBe(422);
    expect(cleared.body.message).toMatch(/撤销其两办审核角色/);
    await stack.http.delete(`/api/v1/sites/${portal.site.id}/grants/${plain.body.id}/portal_reviewer`).set(admin).expect(204);
    await stack.http.patch(`/api/v1/platform/users/${plain.body.id}`).set(admin).send({ office: null }).expect(200);
  });

  it('lists the 两办 step of a 党群 unit while the portal center has only a 政府 reviewer, and shows it on the article', async () => {
    const id = await submitted('党群单位的稿件');
    expect(await stalled()).toEqual([]);
    const task = (await stack.http.get('/api/v1/reviews').set(leader.auth)).body.items.find((t: any) => t.articleId === id);
    await stack.http.post(`/api/v1/reviews/${task.id}/approve`).set(leader.auth).send({}).expect(200);

    expect(await stalled()).toEqual([
      expect.objectContaining({
        articleId: id,
        siteId: unit.site.id,
        siteName: '示范县妇联',
        step: 2,
        stepName: '两办审核',
        title: '党群单位的稿件',
        missing: expect.stringMatching(/党群类单位的两办审核员/),
      }),
    ]);
    expect(await article(id)).toMatchObject({ status: 'pending', reviewStalled: true });
    const listed = (await stack.http.get(`/api/v1/sites/${unit.site.id}/articles`).set(editor)).body.items;
    expect(listed.find((item: any) => item.id === id)).toMatchObject({ reviewStalled: true });

    // Only the portal center reads the list.
    expect((await stack.http.get('/api/v1/reviews/stalled').set(leader.auth)).status).toBe(403);
    expect((await stack.http.get('/api/v1/reviews/stalled').set(unit.siteAdmin)).status).toBe(403);

    // A 党群 reviewer at the portal takes it: no longer stalled, and in their inbox.
    const party = await account(portal.site.id, 'st_party', ['portal_reviewer'], 'party');
    expect(await stalled()).toEqual([]);
    expect(await article(id)).toMatchObject({ reviewStalled: false });
    expect((await stack.http.get('/api/v1/reviews').set(party.auth)).body.items).toEqual([expect.objectContaining({ articleId: id })]);
  });

  it('counts disabled accounts and the author as nobody', async () => {
    await stack.http.post(`/api/v1/platform/users/${leader.id}/disable`).set(admin).expect(200);
    const byEditor = await submitted('领导停用时送审');
    expect((await stalled()).map((task) => [task.articleId, task.stepName])).toContainEqual([byEditor, '本单位领导审核']);
    expect((await article(byEditor)).reviewStalled).toBe(true);
    await stack.http.post(`/api/v1/platform/users/${leader.id}/enable`).set(admin).expect(200);
    expect((await article(byEditor)).reviewStalled).toBe(false);

    // The only leader wrote it: nobody may review their own work.
    await stack.http.post(`/api/v1/sites/${unit.site.id}/grants`).set(admin).send({ userId: leader.id, role: 'editor' }).expect(201);
    const byLeader = await submitted('领导自己写的稿件', leader.auth);
    expect((await stalled()).find((task) => task.articleId === byLeader)).toMatchObject({
      stepName: '本单位领导审核',
      missing: expect.stringMatching(/leader/),
    });
  });
});
