import fc from 'fast-check';
import type { Route, Schema } from './catalogue';
import { anyJson, anyString, hugeString } from './edge-values';
import { valueOf, type Pools } from './schema-arbitrary';

export const UPLOADS = ['png', 'jpeg', 'pdf', 'docx', 'zip', 'exe', 'svg', 'html', 'brokenPng', 'zip64Bomb', 'empty', 'random'] as const;
export type Upload = (typeof UPLOADS)[number];

/** What a fuzzed request carries: plain data, so a failing request prints as it was sent. */
export type FuzzBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; mutation: string }
  | { kind: 'text'; text: string; contentType: string; contentEncoding?: string; mutation: string }
  | { kind: 'multipart'; field: string; upload: Upload; filename: string; fields: Record<string, string> };

const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'id', 'siteId', 'status', 'isAdmin', 'role', 'createdAt', 'unknownField'];

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'multipart/form-data',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json; charset=nonsense',
  'application/vnd.api+json',
  'application/octet-stream',
];

const INVALID_JSON = ['{', '{"a":', "{'a':1}", '{"a":1,}', '[1,2', 'nul', 'tru', '\u0000', '\ufeff{}', '{"a":"\\x41"}', '1 2', '{"a":01}'];

/** JSON text nested `depth` levels deep, built as text (JSON.stringify would recurse as deep). */
function nested(depth: number, open: string, close: string): string {
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
}

/** Sets `key` as an own property, `__proto__` included. */
function withKey(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The object mutations: one property made wrong, dropped, nulled, huge; or one added. */
function mutateObject(object: Record<string, unknown>, schema: Schema): fc.Arbitrary<{ value: unknown; mutation: string }> {
  const keys = Object.keys(schema.properties ?? {});
  const required = schema.required ?? [];
  const some = <T>(list: T[], fallback: T) => (list.length ? fc.constantFrom(...list) : fc.constant(fallback));
  return fc.oneof(
    fc.tuple(some(keys, 'x'), anyJson).map(([key, value]) => ({ value: withKey(object, key, value), mutation: `wrong type of ${key}` })),
    some(required, '').map((key) => {
      const { [key]: _dropped, ...rest } = object;
      return { value: rest, mutation: `without required ${key}` };
    }),
    some(keys, 'x').map((key) => ({ value: withKey(object, key, null), mutation: `${key} null` })),
    fc.tuple(some(keys, 'x'), hugeString).map(([key, value]) => ({ value: withKey(object, key, value), mutation: `${key} ~1 MB` })),
    fc
      .tuple(fc.constantFrom(...EXTRA_KEYS), anyJson)
      .map(([key, value]) => ({ value: withKey(object, key, value), mutation: `extra ${key}` })),
  );
}

/** The JSON body of a route: valid by its schema, mutated, or not JSON at all. */
function jsonBody(schema: Schema, pools: Pools): fc.Arbitrary<FuzzBody> {
  const valid = valueOf(schema, pools, 'plausible');
  const mutated = valid.chain((value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? mutateObject(value as Record<string, unknown>, schema)
      : fc.constant({ value, mutation: 'as generated' }),
  );
  const json = (mutation: string) => (value: unknown) => ({ kind: 'json' as const, value, mutation });
  const text =
    (mutation: string, contentType = 'application/json', contentEncoding?: string) =>
    (body: string) => ({
      kind: 'text' as const,
      text: body,
      contentType,
      mutation,
      ...(contentEncoding ? { contentEncoding } : {}),
    });
  return fc.oneof(
    { weight: 6, arbitrary: valid.map(json('plausible')) },
    { weight: 3, arbitrary: valueOf(schema, pools, 'wild').map(json('wild values of the schema types')) },
    { weight: 8, arbitrary: mutated.map(({ value, mutation }) => ({ kind: 'json' as const, value, mutation })) },
    { weight: 1, arbitrary: valid.map((value) => [value]).map(json('array instead of object')) },
    { weight: 1, arbitrary: anyJson.map(json('another JSON value')) },
    { weight: 1, arbitrary: fc.constantFrom(...INVALID_JSON).map(text('invalid JSON')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(10, 100, 5000, 100000), fc.constantFrom<[string, string]>(['[', ']'], ['{"a":', '}']))
        .map(([depth, [open, close]]) => text(`nested ${depth} deep`)(nested(depth, open, close))),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...WRONG_CONTENT_TYPES))
        .map(([value, contentType]) => text(`sent as ${contentType}`, contentType)(JSON.stringify(value) ?? '')),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, fc.constantFrom('gzip', 'deflate', 'br', 'compress', 'identity, gzip'))
        .map(([value, encoding]) => text(`claims ${encoding}`, 'application/json', encoding)(JSON.stringify(value) ?? '')),
    },
  );
}

const FILENAMES = [
  'a.png',
  'photo.jpg',
  '附件.pdf',
  '../../etc/passwd',
  'a\u0000.png',
  '😀.png',
  'x'.repeat(300) + '.pdf',
  '',
  'noext',
  '.htaccess',
];

function multipartBody(route: Route): fc.Arbitrary<FuzzBody> {
  const field = Object.keys(route.body?.schema.properties ?? { file: {} })[0] ?? 'file';
  return fc.record({
    kind: fc.constant('multipart' as const),
    field: fc.oneof({ weight: 5, arbitrary: fc.constant(field) }, { weight: 1, arbitrary: fc.constantFrom('files', 'upload', '') }),
    upload: fc.constantFrom(...UPLOADS),
    filename: fc.oneof(fc.constantFrom(...FILENAMES), anyString),
    fields: fc.dictionary(fc.constantFrom('name', 'siteId', 'kind', '__proto__', 'file'), fc.string({ maxLength: 20 }), { maxKeys: 2 }),
  });
}

/** The body of a fuzzed request: mostly by the route's request schema; sometimes one it does not take. */
export function bodyOf(route: Route, pools: Pools): fc.Arbitrary<FuzzBody> {
  const none = fc.constant<FuzzBody>({ kind: 'none' });
  const stray = jsonBody({ type: 'object', properties: { x: { type: 'string' } } }, pools);
  if (!route.body) return fc.oneof({ weight: 8, arbitrary: none }, { weight: 2, arbitrary: stray });
  if (route.body.mediaType === 'multipart/form-data') {
    return fc.oneof({ weight: 7, arbitrary: multipartBody(route) }, { weight: 2, arbitrary: stray }, { weight: 1, arbitrary: none });
  }
  return fc.oneof({ weight: 12, arbitrary: jsonBody(route.body.schema, pools) }, { weight: 1, arbitrary: none });
}
