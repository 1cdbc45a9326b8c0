import { STATUS_CODES } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { operationIdOf } from '@zhanqun/shared';

/** The tags of the operations, in the order a reader meets them. */
const TAGS: [name: string, description: string][] = [
  ['health', 'Liveness of the API and of what it depends on (database, Redis)'],
  ['auth', 'Signing in, renewing tokens, changing one’s password; the signed-in user'],
  ['sites', 'The sites of the group (门户 and 子站): opening, settings, status, their users and roles'],
  ['users', 'Accounts: a site’s users (its site_admin) and every account (the portal center); disabling, password resets, revoking roles'],
  ['columns', 'A site’s column tree (栏目)'],
  ['articles', 'A site’s articles: writing, submitting for review, revisions and history'],
  ['media', 'A site’s uploaded images and attachments, and its storage quota'],
  ['review', 'Review tasks (审核) and the review chains of the platform, sites and columns'],
  ['standards', 'The group’s standards profile (八统一): versions, rollback and preview'],
  ['templates', 'The theme’s templates: the portal center’s, sites’ overrides, import/export and preview'],
  ['publishing', 'Rebuilding the static pages of a site or the whole group, and watching the run'],
  ['syndication', '信息报送: units submit articles to the portal; adoption, rules, rates and statistics'],
  ['links', '政府网站链接 shown in the footer of every site'],
  ['interaction', '互动交流: citizens’ letters to a site and the handlers’ replies'],
  ['sensitive words', 'The sensitive-word dictionaries checked at every submission (the platform’s and each site’s own)'],
  ['audit', 'The audit log of the portal center'],
];

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/** Replaces every `{ allOf: [schema] }` that has nothing beside the allOf by the schema itself. */
function unwrapLoneAllOf(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    const lone = value && typeof value === 'object' && 'allOf' in value && Object.keys(value).length === 1 && value.allOf;
    if (Array.isArray(lone) && lone.length === 1) (node as Record<string, unknown>)[key] = lone[0];
    unwrapLoneAllOf((node as Record<string, unknown>)[key]);
  }
}

/** The OpenAPI document of the api: the contract the console's client types are generated from. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Zhanqun 站群 API')
    .setDescription(
      'The v1 HTTP API of Zhanqun 站群, a platform that runs a group of government websites: sites, columns, articles, ' +
        'review, publishing, templates and the portal center’s governance. Every error answers `{ statusCode, error, message }`; ' +
        'operations that need a signed-in user take the bearer access token that `POST /api/v1/auth/login` returns.',
    )
    .setVersion('1')
    .addServer('/', 'The host serving this document')
    .addBearerAuth({
      type: 'http',
      description: 'The access token of POST /api/v1/auth/login (valid 15 minutes; renew it with POST /api/v1/auth/refresh)',
    });
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const config = builder.build();
  // Not open source (package.json: UNLICENSED): a name, and no licence text to link to.
  config.info.license = { name: 'Proprietary (UNLICENSED)' };
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => operationIdOf(controllerKey, methodKey),
  });
  // Nest wraps a named schema used as a property in a one-element allOf; the schema itself says the same.
  unwrapLoneAllOf(document.components);
  unwrapLoneAllOf(document.paths);
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      // Authenticated operations carry @ApiBearerAuth(); the others are public, and say so.
      operation.security ??= [];
      for (const [status, response] of Object.entries(operation.responses)) {
        if (response && 'description' in response && !response.description) response.description = STATUS_CODES[status] ?? status;
      }
    }
  }
  return document;
}
