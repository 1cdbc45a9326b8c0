import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_KEY } from '@zhanqun/auth';
import { operationIdOf } from '@zhanqun/shared';
import { strToU8, zipSync } from 'fflate';
import type { Response } from 'supertest';
import { adminLogin, columnByPath, login, provisionSite, publishArticle } from './support/client';
import { sampleFiles } from './support/sample-files';
import { startStack, type TestStack } from './support/stack';

type Auth = { Authorization: string };

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;
type Method = (typeof METHODS)[number];

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
}

interface Operation {
  operationId: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
}

interface Document {
  info: { description?: string; license?: { name: string } };
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, unknown> };
}

/** Operations that cannot fail for the client's fault: they take nothing (health answers 200 or 503). */
const NO_CLIENT_ERRORS = new Set(['healthCheck']);

/**
 * Warnings of `redocly lint --extends=recommended` the document keeps on purpose, by rule and
 * JSON pointer: the API is not open source (package.json: UNLICENSED), so its licence has a name
 * and no text to link to; and the health check has no 4xx to document.
 */
const ALLOWED_LINT_WARNINGS = [
  { ruleId: 'info-license-strict', pointer: '#/info/license/url' },
  { ruleId: 'operation-4xx-response', pointer: '#/paths/~1api~1v1~1health/get/responses' },
];

/** Every operation of the document as `[GET /path, path, operation]`. */
function operations(document: Document): [string, string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method): [string, string, Operation] => [
      `${method.toUpperCase()} ${path}`,
      path,
      item[method]!,
    ]),
  );
}

/** `GET /path: what is wrong` for every operation `problem` finds something wrong with. */
function failing(document: Document, problem: (operation: Operation, path: string) => string | null): string[] {
  return operations(document).flatMap(([name, path, operation]) => {
    const found = problem(operation, path);
    return found === null ? [] : [`${name}: ${found}`];
  });
}

/** The operationIds of the route handlers marked @Public(), read from the running application. */
function publicOperationIds(stack: TestStack): string[] {
  const ids: string[] = [];
  for (const module of stack.api.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { name: string; prototype: object } | null;
      if (!controller) continue;
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = Object.getOwnPropertyDescriptor(controller.prototype, key)?.value;
        if (key === 'constructor' || typeof handler !== 'function' || !Reflect.hasMetadata(METHOD_METADATA, handler)) continue;
        if (Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, controller))
          ids.push(operationIdOf(controller.name, key));
      }
    }
  }
  return ids.sort();
}

/** Where `value` departs from `schema`: wrong types, missing required fields, and fields the schema does not name. */
function mismatches(document: Document, schema: Schema, value: unknown, at: string): string[] {
  if (value === null) return schema.nullable ? [] : [`${at}: null, but not nullable`];
  if (schema.$ref) return mismatches(document, document.components.schemas[schema.$ref.replace('#/components/schemas/', '')], value, at);
  if (schema.allOf) return schema.allOf.flatMap((part) => mismatches(document, part, value, at));
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  const wrong = (expected: string) => [`${at}: ${JSON.stringify(value)?.slice(0, 60)} is not ${expected}`];
  switch (schema.type) {
    case 'integer':
      return Number.isInteger(value) ? [] : wrong('an integer');
    case 'number':
      return typeof value === 'number' ? [] : wrong('a number');
    case 'boolean':
      return typeof value === 'boolean' ? [] : wrong('a boolean');
    case 'string':
      if (typeof value !== 'string') return wrong('a string');
      if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) return wrong('a date-time');
      if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return wrong('a date');
      if (schema.format === 'uuid' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)) return wrong('a uuid');
      return [];
    case 'array':
      return Array.isArray(value)
        ? value.flatMap((item, index) => mismatches(document, schema.items ?? {}, item, `${at}[${index}]`))
        : wrong('an array');
    default: {
      if (!schema.properties) return [];
      if (typeof value !== 'object' || Array.isArray(value)) return wrong('an object');
      const fields = value as Record<string, unknown>;
      const missing = (schema.required ?? []).filter((name) => !(name in fields)).map((name) => `${at}.${name}: missing`);
      const own = Object.entries(fields).flatMap(([name, field]) => {
        const property = schema.properties![name];
        if (property) return mismatches(document, property, field, `${at}.${name}`);
        return schema.additionalProperties ? [] : [`${at}.${name}: not in the schema`];
      });
      return [...missing, ...own];
    }
  }
}

/**
 * The OpenAPI document is the contract the console's client types are generated from: every
 * operation must say what it takes, what it answers (2xx and 4xx) and how it is secured.
 */
describe('the OpenAPI document', () => {
  let stack: TestStack;
  let document: Document;

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    const response = await stack.http.get('/api/docs-json');
    expect(response.status).toBe(200);
    document = response.body;
  });
  afterAll(() => stack.close());

  it('has operations, servers, a licence and a neutral description', () => {
    expect(operations(document).length).toBeGreaterThan(90);
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(document.info.license?.name).toBeTruthy();
    // The document stands on its own: it points at no file of the repository or outside it.
    expect(JSON.stringify(document)).not.toMatch(/\b[A-Z]+\.md\b/);
  });

  it('gives every operation a summary, a unique readable operationId and described tags', () => {
    expect(failing(document, (operation) => (operation.summary?.trim() ? null : 'no summary'))).toEqual([]);
    expect(
      failing(document, (operation) => (/^[a-z][A-Za-z0-9]*$/.test(operation.operationId ?? '') ? null : 'no camelCase operationId')),
    ).toEqual([]);
    const ids = operations(document).map(([, , operation]) => operation.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(document.paths['/api/v1/sites/{siteId}/articles']!.get!.operationId).toBe('articlesList');
    const described = new Map((document.tags ?? []).map((tag) => [tag.name, tag.description]));
    expect(
      failing(document, (operation) =>
        operation.tags?.length && operation.tags.every((tag) => described.get(tag)) ? null : 'no described tag',
      ),
    ).toEqual([]);
  });

  it('declares every path parameter', () => {
    expect(
      failing(document, (operation, path) => {
        const declared = new Set((operation.parameters ?? []).filter((p) => p.in === 'path' && p.required).map((p) => p.name));
        const missing = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).filter((name) => !declared.has(name));
        return missing.length ? `undeclared ${missing.join(', ')}` : null;
      }),
    ).toEqual([]);
  });

  it('describes request bodies with schemas', () => {
    expect(
      failing(document, (operation) => {
        if (!operation.requestBody) return null;
        const media = Object.values(operation.requestBody.content ?? {});
        return media.length && media.every((type) => type.schema) ? null : 'request body without a schema';
      }),
    ).toEqual([]);
  });

  it('gives every operation a 2xx answer with a schema, or a 204 without a body', () => {
    expect(
      failing(document, (operation) => {
        const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
        if (!success.length) return 'no 2xx response';
        const bare = success.filter(([status, response]) => {
          const media = Object.values(response.content ?? {});
          return status === '204' ? media.length > 0 : !media.length || media.some((type) => !type.schema);
        });
        return bare.length ? `wrong body for ${bare.map(([status]) => status).join(', ')}` : null;
      }),
    ).toEqual([]);
  });

  it('gives every operation its 4xx answers with the error shape', () => {
    expect(document.components.schemas.ErrorResponse.required).toEqual(expect.arrayContaining(['statusCode', 'error', 'message']));
    expect(
      failing(document, (operation) => {
        const errors = Object.entries(operation.responses).filter(([status]) => /^4\d\d$/.test(status));
        if (!errors.length) return NO_CLIENT_ERRORS.has(operation.operationId) ? null : 'no 4xx response';
        const shapeless = errors.filter(
          ([, response]) => response.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorResponse',
        );
        return shapeless.length ? `no error shape for ${shapeless.map(([status]) => status).join(', ')}` : null;
      }),
    ).toEqual([]);
  });

  it('asks for the bearer token (and documents its 401) on every operation but the @Public() ones', () => {
    const publicIds = publicOperationIds(stack);
    expect(publicIds).toEqual(expect.arrayContaining(['authLogin', 'authRefresh', 'healthCheck']));
    const open = operations(document).filter(([, , operation]) => operation.security?.length === 0);
    expect(open.map(([, , operation]) => operation.operationId).sort()).toEqual(publicIds);
    expect(
      failing(document, (operation) => {
        if (publicIds.includes(operation.operationId)) return null;
        if (JSON.stringify(operation.security) !== JSON.stringify([{ bearer: [] }])) return 'no bearer security';
        return '401' in operation.responses ? null : 'no 401';
      }),
    ).toEqual([]);
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('answers what it documents (status, and bodies that match their schema field by field)', async () => {
    const problems: string[] = [];
    const checked = new Set<string>();
    /**
     * Checks a real answer against the documented one of `METHOD /path` (the path as in the
     * document, after /api/v1): a success unless `expected` says which error it is.
     */
    const conforms = (route: string, response: Response, expected?: number) => {
      const [method, path] = route.split(' ');
      const operation = document.paths[`/api/v1${path}`]?.[method.toLowerCase() as Method];
      if (!operation) return problems.push(`${route}: not in the document`);
      checked.add(route);
      if (expected ? response.status !== expected : response.status >= 300) {
        return problems.push(`${route}: answered ${response.status} ${JSON.stringify(response.body)}, expected ${expected ?? 'a success'}`);
      }
      const documented = operation.responses[String(response.status)];
      if (!documented) return problems.push(`${route}: answered ${response.status} (${JSON.stringify(response.body)}), not documented`);
      if (response.status === 204) return;
      const type = String(response.headers['content-type'] ?? '').split(';')[0];
      const content = documented.content ?? {};
      if (!(type in content) && !('*/*' in content)) return problems.push(`${route}: answered ${type}, documented ${Object.keys(content)}`);
      if (type === 'application/json') problems.push(...mismatches(document, content[type].schema!, response.body, route));
    };
    const { http } = stack;
    const get = (route: string, path: string, auth: Auth) =>
      http
        .get(`/api/v1${path}`)
        .set(auth)
        .then((r) => conforms(route, r));

    conforms('GET /health', await http.get('/api/v1/health'));
    const signIn = await http
      .post('/api/v1/auth/login')
      .send({ username: stack.config.adminUsername, password: stack.config.adminPassword });
    conforms('POST /auth/login', signIn);
    conforms('POST /auth/refresh', await http.post('/api/v1/auth/refresh').send({ refreshToken: signIn.body.refreshToken }));
    conforms('POST /auth/login', await http.post('/api/v1/auth/login').send({ username: 'nobody', password: 'wrong' }), 401);
    const admin = await adminLogin(stack);
    await get('GET /me', '/me', admin);

    // A portal and a unit, as provisioning answers them.
    const portalCreated = await http
      .post('/api/v1/sites')
      .set(admin)
      .send({ code: 'oaportal', name: '示范县人民政府', kind: 'portal', admin: { username: 'oa_portal', displayName: '门户管理员' } });
    conforms('POST /sites', portalCreated);
    const portal = { site: portalCreated.body, auth: await login(stack, 'oa_portal', portalCreated.body.admin.initialPassword) };
    const { site, siteAdmin } = await provisionSite(stack, admin, { name: '示范县教育局' });
    const s = `/sites/${site.id}`;
    await get('GET /sites', '/sites', admin);
    await get('GET /sites/{siteId}', s, siteAdmin);
    conforms('PATCH /sites/{siteId}', await http.patch(`/api/v1${s}`).set(siteAdmin).send({ sponsor: '示范县教育局' }));
    conforms('POST /sites/{siteId}/suspend', await http.post(`/api/v1${s}/suspend`).set(admin));
    conforms('POST /sites/{siteId}/resume', await http.post(`/api/v1${s}/resume`).set(admin));
    const user = await http
      .post(`/api/v1${s}/users`)
      .set(siteAdmin)
      .send({ username: 'oa_editor', displayName: '编辑', roles: ['editor'] });
    conforms('POST /sites/{siteId}/users', user);
    conforms(
      'POST /sites/{siteId}/grants',
      await http.post(`/api/v1${s}/grants`).set(admin).send({ userId: user.body.id, role: 'leader' }),
    );
    const editor = await login(stack, 'oa_editor', user.body.initialPassword);
    conforms('GET /sites/{siteId}', await http.get(`/api/v1${s}`).set(editor));
    conforms(
      'POST /auth/password',
      await http.post('/api/v1/auth/password').set(editor).send({ oldPassword: user.body.initialPassword, newPassword: 'Editor2026pass' }),
    );
    conforms('GET /sites/{siteId}', await http.get('/api/v1/sites/x').set(admin), 404);

    // Columns and articles.
    await get('GET /sites/{siteId}/columns', `${s}/columns`, siteAdmin);
    const column = await http.post(`/api/v1${s}/columns`).set(siteAdmin).send({ name: '专题', slug: 'zt' });
    conforms('POST /sites/{siteId}/columns', column);
    conforms(
      'PATCH /sites/{siteId}/columns/{columnId}',
      await http.patch(`/api/v1${s}/columns/${column.body.id}`).set(siteAdmin).send({ name: '专题专栏' }),
    );
    conforms('DELETE /sites/{siteId}/columns/{columnId}', await http.delete(`/api/v1${s}/columns/${column.body.id}`).set(siteAdmin));
    const news = await columnByPath(stack, siteAdmin, site.id, 'zwdt/gzdt');
    const image = await http
      .post(`/api/v1${s}/media`)
      .set(siteAdmin)
      .attach('file', await sampleFiles.png(), 'cover.png');
    conforms('POST /sites/{siteId}/media', image);
    const fields = { columnId: news.id, title: '教育新闻', body: '<p>正文</p>', coverImageId: image.body.id, publishAt: null };
    const draft = await http.post(`/api/v1${s}/articles`).set(siteAdmin).send(fields);
    conforms('POST /sites/{siteId}/articles', draft);
    const a = `${s}/articles/${draft.body.id}`;
    conforms(
      'PATCH /sites/{siteId}/articles/{id}',
      await http.patch(`/api/v1${a}`).set(siteAdmin).send({ summary: '摘要', writtenOn: '2026-11-02' }),
    );
    conforms('POST /sites/{siteId}/articles/{id}/submit', await http.post(`/api/v1${a}/submit`).set(siteAdmin));
    await get('GET /sites/{siteId}/articles', `${s}/articles`, siteAdmin);
    await get('GET /sites/{siteId}/articles/{id}', a, siteAdmin);
    await get('GET /sites/{siteId}/articles/{id}/revisions', `${a}/revisions`, siteAdmin);
    await get('GET /sites/{siteId}/articles/{id}/revisions/{number}', `${a}/revisions/1`, siteAdmin);
    await get('GET /sites/{siteId}/articles/{id}/revisions/diff', `${a}/revisions/diff?from=1&to=2`, siteAdmin);
    await get('GET /sites/{siteId}/articles/{id}/history', `${a}/history`, siteAdmin);
    conforms(
      'POST /sites/{siteId}/articles/{id}/revisions/{number}/restore',
      await http.post(`/api/v1${a}/revisions/1/restore`).set(siteAdmin),
    );
    conforms('POST /sites/{siteId}/articles/{id}/unpublish', await http.post(`/api/v1${a}/unpublish`).set(siteAdmin));
    conforms('POST /sites/{siteId}/articles/{id}/submit', await http.post(`/api/v1${a}/submit`).set(siteAdmin));

    // Media.
    const m = `${s}/media/${image.body.id}`;
    await get('GET /sites/{siteId}/media', `${s}/media`, siteAdmin);
    await get('GET /sites/{siteId}/media/{id}', m, siteAdmin);
    await get('GET /sites/{siteId}/media/{id}/file', `${m}/file`, siteAdmin);
    await get('GET /sites/{siteId}/media/{id}/thumbnail', `${m}/thumbnail`, siteAdmin);
    const unused = await http.post(`/api/v1${s}/media`).set(siteAdmin).attach('file', sampleFiles.pdf(), '附件.pdf');
    conforms('POST /sites/{siteId}/media', unused);
    conforms('DELETE /sites/{siteId}/media/{id}', await http.delete(`/api/v1${s}/media/${unused.body.id}`).set(siteAdmin));
    await get('GET /sites/{siteId}/media-usage', `${s}/media-usage`, siteAdmin);
    conforms('PUT /sites/{siteId}/media-quota', await http.put(`/api/v1${s}/media-quota`).set(admin).send({ quotaMb: 100 }));

    // Review chains and the inbox.
    await get('GET /platform/review-chain', '/platform/review-chain', admin);
    conforms(
      'PUT /platform/review-chain',
      await http
        .put('/api/v1/platform/review-chain')
        .set(admin)
        .send({ steps: ['leader'] }),
    );
    await get('GET /sites/{siteId}/review-chain', `${s}/review-chain`, admin);
    conforms(
      'PUT /sites/{siteId}/review-chain',
      await http
        .put(`/api/v1${s}/review-chain`)
        .set(admin)
        .send({ steps: ['site_admin'] }),
    );
    conforms(
      'PUT /sites/{siteId}/columns/{columnId}/review-chain',
      await http.put(`/api/v1${s}/columns/${news.id}/review-chain`).set(admin).send({ steps: [] }),
    );
    const reviewed = await http
      .post(`/api/v1${s}/articles`)
      .set(siteAdmin)
      .send({ columnId: (await columnByPath(stack, siteAdmin, site.id, 'zwdt/tzgg')).id, title: '通知', body: '<p>通知正文</p>' });
    const reviewer = await http
      .post(`/api/v1${s}/users`)
      .set(siteAdmin)
      .send({ username: 'oa_admin2', displayName: '审核人', roles: ['site_admin'] });
    const reviewerAuth = await login(stack, 'oa_admin2', reviewer.body.initialPassword);
    conforms(
      'POST /sites/{siteId}/articles/{id}/submit',
      await http.post(`/api/v1${s}/articles/${reviewed.body.id}/submit`).set(siteAdmin),
    );
    conforms(
      'POST /sites/{siteId}/articles/{id}/withdraw',
      await http.post(`/api/v1${s}/articles/${reviewed.body.id}/withdraw`).set(siteAdmin),
    );
    await http.post(`/api/v1${s}/articles/${reviewed.body.id}/submit`).set(siteAdmin);
    const inbox = await http.get('/api/v1/reviews').set(reviewerAuth);
    conforms('GET /reviews', inbox);
    conforms(
      'POST /reviews/{id}/reject',
      await http.post(`/api/v1/reviews/${inbox.body.items[0].id}/reject`).set(reviewerAuth).send({ comment: '请修改' }),
    );
    await http.post(`/api/v1${s}/articles/${reviewed.body.id}/submit`).set(siteAdmin);
    const next = (await http.get('/api/v1/reviews').set(reviewerAuth)).body.items[0];
    conforms('POST /reviews/{id}/approve', await http.post(`/api/v1/reviews/${next.id}/approve`).set(reviewerAuth).send({}));
    conforms('DELETE /sites/{siteId}/review-chain', await http.delete(`/api/v1${s}/review-chain`).set(admin));
    await http
      .put('/api/v1/platform/review-chain')
      .set(admin)
      .send({ steps: ['leader', 'portal_reviewer', 'security_reviewer'] });

    // Sensitive words.
    const word = await http.post('/api/v1/platform/sensitive-words').set(admin).send({ word: '赌博', level: 'block' });
    conforms('POST /platform/sensitive-words', word);
    await get('GET /platform/sensitive-words', '/platform/sensitive-words', admin);
    conforms(
      'POST /platform/sensitive-words/import',
      await http.post('/api/v1/platform/sensitive-words/import').set(admin).send({ text: '色情\n赌博', level: 'warn' }),
    );
    conforms('DELETE /platform/sensitive-words/{id}', await http.delete(`/api/v1/platform/sensitive-words/${word.body.id}`).set(admin));
    conforms(
      'POST /sites/{siteId}/sensitive-words',
      await http.post(`/api/v1${s}/sensitive-words`).set(siteAdmin).send({ word: '内部', level: 'warn' }),
    );
    const own = await http.post(`/api/v1${s}/sensitive-words`).set(siteAdmin).send({ word: '机密', level: 'block' });
    conforms('DELETE /sites/{siteId}/sensitive-words/{id}', await http.delete(`/api/v1${s}/sensitive-words/${own.body.id}`).set(siteAdmin));
    conforms(
      'POST /sites/{siteId}/sensitive-words/import',
      await http.post(`/api/v1${s}/sensitive-words/import`).set(siteAdmin).send({ text: '# 本站词表\n内部资料', level: 'warn' }),
    );
    await get('GET /sites/{siteId}/sensitive-words', `${s}/sensitive-words`, siteAdmin);

    // Standards, templates, links, publishing.
    await get('GET /platform/standards', '/platform/standards', admin);
    await get('GET /platform/standards/versions', '/platform/standards/versions', admin);
    await get('GET /platform/standards/versions/{version}', '/platform/standards/versions/1', admin);
    await get('GET /platform/templates', '/platform/templates', admin);
    await get('GET /platform/templates/{name}', '/platform/templates/layout', admin);
    await get('GET /sites/{siteId}/templates', `${s}/templates`, siteAdmin);
    await get('GET /sites/{siteId}/templates/{name}', `${s}/templates/page.article`, siteAdmin);
    await get('GET /platform/templates/export', '/platform/templates/export', admin);
    const put = (route: string, path: string, auth: Auth, body: object) =>
      http
        .put(`/api/v1${path}`)
        .set(auth)
        .send(body)
        .then((r) => conforms(route, r));
    await put('PUT /platform/standards', '/platform/standards', admin, { portalName: '示范县人民政府门户网站' });
    conforms(
      'POST /platform/standards/versions/{version}/rollback',
      await http.post('/api/v1/platform/standards/versions/1/rollback').set(admin),
    );
    await put('PUT /platform/templates/{name}', '/platform/templates/partial.oa-platform', admin, { source: '<p>门户说明</p>' });
    await put('PUT /sites/{siteId}/templates/{name}', `${s}/templates/partial.oa-note`, siteAdmin, { source: '<p>本站说明</p>' });
    await get('GET /sites/{siteId}/templates/export', `${s}/templates/export`, siteAdmin);
    const zip = Buffer.from(zipSync({ 'partials/oa-zip.hbs': strToU8('<p>压缩包</p>') }));
    conforms(
      'POST /sites/{siteId}/templates/import',
      await http.post(`/api/v1${s}/templates/import`).set(siteAdmin).attach('file', zip, 'templates.zip'),
    );
    conforms('DELETE /sites/{siteId}/templates/{name}', await http.delete(`/api/v1${s}/templates/partial.oa-note`).set(siteAdmin));
    conforms('POST /platform/rebuild', await http.post('/api/v1/platform/rebuild').set(admin));
    const draft2 = { name: 'partial.oa-note', source: '<p>草稿说明</p>' };
    conforms('POST /sites/{siteId}/templates/preview', await http.post(`/api/v1${s}/templates/preview`).set(siteAdmin).send(draft2));
    conforms(
      'POST /platform/templates/preview',
      await http
        .post('/api/v1/platform/templates/preview')
        .set(admin)
        .send({ ...draft2, siteId: site.id }),
    );
    conforms(
      'POST /platform/standards/preview',
      await http
        .post('/api/v1/platform/standards/preview')
        .set(admin)
        .send({ siteId: site.id, profile: { portalName: '草稿门户' } }),
    );
    const link = await http
      .post('/api/v1/platform/links')
      .set(admin)
      .send({ name: '中国政府网', url: 'https://www.gov.cn/', group: 'higher' });
    conforms('POST /platform/links', link);
    conforms('PATCH /platform/links/{id}', await http.patch(`/api/v1/platform/links/${link.body.id}`).set(admin).send({ sort: 2 }));
    await get('GET /platform/links', '/platform/links', admin);
    conforms('DELETE /platform/links/{id}', await http.delete(`/api/v1/platform/links/${link.body.id}`).set(admin));
    const run = await http.post(`/api/v1${s}/rebuild`).set(siteAdmin);
    conforms('POST /sites/{siteId}/rebuild', run);
    await get('GET /publish-runs/{runId}', `/publish-runs/${run.body.runId}`, siteAdmin);
    await get('GET /platform/audit-log', '/platform/audit-log?pageSize=5', admin);

    // Syndication: the unit submits a live article to the portal, which adopts it.
    const live = await publishArticle(stack, siteAdmin, site.id, { columnId: news.id, title: '报送稿件', body: '<p>报送的正文</p>' });
    const target = {
      targetSiteId: portal.site.id,
      targetColumnId: (await columnByPath(stack, portal.auth, portal.site.id, 'zwdt/bmdt')).id,
    };
    const submitted = await http.post(`/api/v1${s}/articles/${live.id}/syndicate`).set(siteAdmin).send(target);
    conforms('POST /sites/{siteId}/articles/{id}/syndicate', submitted);
    await get('GET /syndications', '/syndications', portal.auth);
    await get('GET /sites/{siteId}/syndications', `${s}/syndications`, siteAdmin);
    conforms('POST /syndications/{id}/adopt', await http.post(`/api/v1/syndications/${submitted.body.id}/adopt`).set(portal.auth).send({}));
    const year = new Date().getFullYear();
    const period = `from=${year - 1}-01-01&to=${year + 1}-12-31`;
    await get('GET /syndications/stats', `/syndications/stats?${period}`, admin);
    await get('GET /syndications/stats.xlsx', `/syndications/stats.xlsx?${period}`, admin);
    await get('GET /platform/syndication-rates', '/platform/syndication-rates', admin);
    const rates = { charsPerUnit: 100, pricePerUnit: 2, headlineBonus: 20, majorBonus: 20, pictureBonus: 10.5 };
    await put('PUT /platform/syndication-rates', '/platform/syndication-rates', admin, rates);
    const other = await publishArticle(stack, siteAdmin, site.id, { columnId: news.id, title: '另一篇', body: '<p>正文</p>' });
    const declined = await http.post(`/api/v1${s}/articles/${other.id}/syndicate`).set(siteAdmin).send(target);
    conforms(
      'POST /syndications/{id}/decline',
      await http.post(`/api/v1/syndications/${declined.body.id}/decline`).set(portal.auth).send({ reason: '与已采用稿件重复' }),
    );
    conforms(
      'PUT /sites/{siteId}/columns/{columnId}/syndication-rule',
      await http.put(`/api/v1${s}/columns/${news.id}/syndication-rule`).set(siteAdmin).send(target),
    );
    await get('GET /sites/{siteId}/columns/{columnId}/syndication-rule', `${s}/columns/${news.id}/syndication-rule`, siteAdmin);
    conforms(
      'DELETE /sites/{siteId}/columns/{columnId}/syndication-rule',
      await http.delete(`/api/v1${s}/columns/${news.id}/syndication-rule`).set(siteAdmin),
    );

    // A citizen's letter (written on the public site; stored here directly) and its reply.
    await stack.infrastructure.dataSource.query(
      `INSERT INTO letters (site_id, kind, query_code, name, phone, email, subject, body, error_type, page_url, public_consent, status, ip)
       VALUES (?, 'mailbox', 'OAPITESTCODE', '张三', '13800000000', '', '咨询', '请问……', '', '', 1, 'received', '127.0.0.1')`,
      [site.id],
    );
    const letters = await http.get(`/api/v1${s}/letters`).set(siteAdmin);
    conforms('GET /sites/{siteId}/letters', letters);
    await get('GET /sites/{siteId}/letters/{id}', `${s}/letters/${letters.body.items[0].id}`, siteAdmin);
    conforms(
      'POST /sites/{siteId}/letters/{id}/reply',
      await http.post(`/api/v1${s}/letters/${letters.body.items[0].id}/reply`).set(siteAdmin).send({ reply: '答复', publish: true }),
    );

    expect(problems).toEqual([]);
    expect(checked.size).toBeGreaterThan(75);
  });

  it('passes redocly lint with the recommended rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhanqun-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(document, null, 2));
      const result = spawnSync(
        join(__dirname, '..', 'node_modules', '.bin', 'redocly'),
        ['lint', '--extends=recommended', '--format=json', file],
        {
          // Run in an empty directory, offline: no redocly.yaml of the repository is picked up, nothing is sent.
          cwd: dir,
          encoding: 'utf8',
          timeout: 120_000,
          env: { PATH: process.env.PATH, HOME: dir, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        },
      );
      const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as {
        problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
      };
      const unexpected = report.problems
        .map(({ ruleId, severity, message, location }) => ({ ruleId, severity, message, pointer: location[0]?.pointer }))
        .filter(
          (problem) => !ALLOWED_LINT_WARNINGS.some((allowed) => allowed.ruleId === problem.ruleId && allowed.pointer === problem.pointer),
        );
      expect(unexpected).toEqual([]);
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
