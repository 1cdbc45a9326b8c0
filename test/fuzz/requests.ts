import fc from 'fast-check';
import { bodyOf, type FuzzBody } from './bodies';
import type { Route, Schema } from './catalogue';
import { anyString, EDGE_PATH_SEGMENTS, encode } from './edge-values';
import { kindOfPathParam } from './id-pools';
import { idOf, valueOf, type Pools } from './schema-arbitrary';
import { ANONYMOUS_CREDENTIALS, type AnonymousCredential } from './sessions';
import { ROLE_NAMES, type RoleName } from './world';

/** One generated request, as plain data: what it was is printed when it breaks an invariant. */
export interface FuzzRequest {
  route: string;
  role: RoleName;
  credential: AnonymousCredential;
  method: Route['method'];
  /** Path and query string, encoded as sent. */
  url: string;
  headers: Record<string, string>;
  body: FuzzBody;
}

/** `arbitrary`'s value with the given probability, else null. */
function sometimes<T>(probability: number, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof(
    { weight: Math.round(probability * 100), arbitrary },
    { weight: Math.round((1 - probability) * 100), arbitrary: fc.constant(null) },
  );
}

/** A path parameter: one of the world's ids of the right kind (any tenant's) or a segment that names nothing. */
function pathParamOf(route: Route, name: string, pools: Pools): fc.Arbitrary<string> {
  const kind = kindOfPathParam(route.path, name);
  const ids = idOf(kind ? pools[kind] : null, (_id): _id is string | number => true);
  return fc.oneof(
    ...ids.map((arbitrary) => ({ weight: 4, arbitrary: arbitrary.map((id) => encode(String(id))) })),
    { weight: 2, arbitrary: fc.constantFrom(...EDGE_PATH_SEGMENTS) },
    { weight: 1, arbitrary: anyString.map((text) => encode(text.slice(0, 2000))) },
    { weight: 1, arbitrary: fc.constantFrom('..', '../..', '.', 'a/b') },
  );
}

/** The text of a query value: by the parameter's schema, or anything. */
function queryValueOf(schema: Schema, name: string, pools: Pools): fc.Arbitrary<string> {
  const text = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
  return fc.oneof(
    { weight: 4, arbitrary: valueOf(schema, pools, 'plausible', name).map(text) },
    { weight: 1, arbitrary: valueOf(schema, pools, 'wild', name).map(text) },
    { weight: 1, arbitrary: anyString.map((value) => value.slice(0, 5000)) },
  );
}

/** The query string: some of the declared parameters, sometimes repeated, bracketed or unknown ones. */
function queryOf(route: Route, pools: Pools): fc.Arbitrary<string> {
  const declared = route.query.map(({ name, schema }) =>
    sometimes(
      1 / 3,
      fc.tuple(
        fc.oneof({ weight: 8, arbitrary: fc.constant(name) }, { weight: 1, arbitrary: fc.constantFrom(`${name}[]`, `${name}[x]`) }),
        fc.oneof(
          { weight: 8, arbitrary: queryValueOf(schema, name, pools).map((value) => [value]) },
          {
            weight: 1,
            arbitrary: fc.array(queryValueOf(schema, name, pools), { minLength: 2, maxLength: 3 }),
          },
        ),
      ),
    ),
  );
  const unknown = sometimes(
    0.1,
    fc.tuple(fc.constantFrom('foo', '__proto__[x]', 'constructor', 'siteId'), fc.array(anyString, { maxLength: 1 })),
  );
  return fc.tuple(fc.tuple(...declared), unknown).map(([params, extra]) =>
    [...params, extra]
      .filter((param): param is [string, string[]] => param !== null)
      .flatMap(([name, values]) => values.map((value) => `${encode(name)}=${encode(value)}`))
      .join('&'),
  );
}

function headersOf(route: Route): fc.Arbitrary<Record<string, string>> {
  const declared = route.headers.map((name) =>
    sometimes(
      0.5,
      fc.tuple(
        fc.constant(name),
        anyString.map((text) => text.slice(0, 200)),
      ),
    ),
  );
  const cookie = sometimes(
    0.2,
    fc.constantFrom('zq_refresh=abc', 'zq_refresh=; zq_csrf=x', 'zq_refresh=%E4%B8%AD%ZZ', `zq_refresh=${'a'.repeat(5000)}`),
  );
  return fc.tuple(fc.tuple(...declared), cookie).map(([pairs, cookieHeader]) => {
    const headers: Record<string, string> = {};
    // Header values are Latin-1 without control characters on the wire: the rest goes as its UTF-8 bytes, or not at all.
    for (const pair of pairs)
      if (pair)
        headers[pair[0]] = Buffer.from(pair[1])
          .toString('latin1')
          .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');
    if (cookieHeader) headers.Cookie = cookieHeader;
    return headers;
  });
}

/** Every role, the platform admin and site A's admin more often: they may reach the most handlers. */
const roleOf = fc.oneof(
  ...ROLE_NAMES.map((role) => ({ weight: role === 'platform_admin' ? 3 : role === 'site_admin' ? 2 : 1, arbitrary: fc.constant(role) })),
);

/** Every route and method, as every role, with paths, queries, headers and bodies good and bad. */
export function requestsOf(routes: Route[], pools: Pools): fc.Arbitrary<FuzzRequest> {
  return fc.tuple(fc.constantFrom(...routes), roleOf, fc.constantFrom(...ANONYMOUS_CREDENTIALS)).chain(([route, role, credential]) =>
    fc
      .record({
        params: fc.tuple(...route.pathParams.map((name) => pathParamOf(route, name, pools))),
        query: queryOf(route, pools),
        headers: headersOf(route),
        body: bodyOf(route, pools),
      })
      .map(({ params, query, headers, body }): FuzzRequest => {
        let path = route.path;
        route.pathParams.forEach((name, index) => (path = path.replace(`{${name}}`, params[index])));
        return {
          route: `${route.method.toUpperCase()} ${route.path}`,
          role,
          credential,
          method: route.method,
          url: query ? `${path}?${query}` : path,
          headers,
          body,
        };
      }),
  );
}
