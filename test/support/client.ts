import type { TestStack as FullStack } from './stack';

/** What the helpers need of a stack: its HTTP client and config (in-process or separate processes). */
type TestStack = Pick<FullStack, 'http' | 'config'>;

/** Logs in through the API and returns a bearer header. */
export async function login(stack: TestStack, username: string, password: string): Promise<{ Authorization: string }> {
  const response = await stack.http.post('/api/v1/auth/login').send({ username, password });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return { Authorization: `Bearer ${response.body.accessToken}` };
}

export function adminLogin(stack: TestStack) {
  return login(stack, stack.config.adminUsername, stack.config.adminPassword!);
}

let counter = 0;

/** Provisions a department site through the API; returns it with a logged-in site admin. */
export async function provisionSite(
  stack: TestStack,
  admin: { Authorization: string },
  overrides: Record<string, unknown> = {},
  options: { reviewChain?: 'default' | 'empty' } = {},
) {
  counter++;
  const code = `dept${counter}${Math.random().toString(36).slice(2, 6)}`;
  const response = await stack.http
    .post('/api/v1/sites')
    .set(admin)
    .send({
      code,
      name: `测试局${counter}`,
      kind: 'department',
      idCode: '4103240001',
      admin: { username: `${code}_admin`, displayName: '站点管理员' },
      ...overrides,
    });
  if (response.status !== 201) throw new Error(`provision: ${response.status} ${JSON.stringify(response.body)}`);
  const site = response.body;
  if (options.reviewChain !== 'default') {
    // Most suites test publishing, not review: the portal center allows this site an empty chain.
    await stack.http.put(`/api/v1/sites/${site.id}/review-chain`).set(admin).send({ steps: [] }).expect(200);
  }
  const siteAdmin = await login(stack, site.admin.username, site.admin.initialPassword);
  return { site, siteAdmin };
}

/** Polls until `check` returns a truthy value (the worker runs asynchronously). */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  timeoutMs = 30000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${last}` : ''}`);
}

export async function columnByPath(stack: TestStack, auth: { Authorization: string }, siteId: number, path: string) {
  const response = await stack.http.get(`/api/v1/sites/${siteId}/columns`).set(auth);
  const walk = (nodes: any[]): any => nodes.map((n) => (n.path === path ? n : walk(n.children))).find(Boolean);
  return walk(response.body.items);
}

/**
 * Writes an article through the API and submits it on a site whose review chain is empty, so it
 * is published at once; returns the article as the API shows it (with its `url`).
 */
export async function publishArticle(stack: TestStack, auth: { Authorization: string }, siteId: number, fields: Record<string, unknown>) {
  const created = await stack.http.post(`/api/v1/sites/${siteId}/articles`).set(auth).send(fields);
  if (created.status !== 201) throw new Error(`create article: ${created.status} ${JSON.stringify(created.body)}`);
  const submitted = await stack.http.post(`/api/v1/sites/${siteId}/articles/${created.body.id}/submit`).set(auth);
  if (submitted.body.status !== 'published') throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return (await stack.http.get(`/api/v1/sites/${siteId}/articles/${created.body.id}`).set(auth)).body;
}
