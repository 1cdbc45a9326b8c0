import type { World } from './world';

/** The kinds of things an id in a path or a body names. */
export type IdKind =
  | 'sites'
  | 'columns'
  | 'articles'
  | 'users'
  | 'letters'
  | 'media'
  | 'words'
  | 'reviews'
  | 'syndications'
  | 'links'
  | 'versions'
  | 'revisions'
  | 'runs'
  | 'templates'
  | 'roles';

/** Ids of one kind: site A's own (and the platform's), and those of other tenants (B, the portal). */
export interface IdPool {
  own: (string | number)[];
  other: (string | number)[];
}

/** The world's ids by kind. */
export function idPools(world: World): Record<IdKind, IdPool> {
  const of = (pick: (site: World['a']) => number[]): IdPool => ({ own: pick(world.a), other: [...pick(world.b), ...pick(world.portal)] });
  const platform = (own: (string | number)[]): IdPool => ({ own, other: [] });
  return {
    sites: of((site) => [site.site]),
    columns: of((site) => site.columns),
    articles: of((site) => site.articles),
    users: { own: world.a.users, other: [...world.b.users, ...world.portal.users, world.accounts.platform_admin.id] },
    letters: of((site) => site.letters),
    media: of((site) => site.media),
    words: { own: [...world.a.words, ...world.platform.words], other: [...world.b.words] },
    reviews: of((site) => site.reviews),
    syndications: of((site) => site.syndications),
    links: platform(world.platform.links),
    versions: platform(world.platform.versions),
    revisions: platform([1, 2, 3]),
    runs: platform(world.platform.runs),
    templates: platform(world.platform.templates),
    roles: platform(['platform_admin', 'portal_reviewer', 'security_reviewer', 'site_admin', 'editor', 'leader', 'letter_handler']),
  };
}

/** The segment before a path parameter tells what it names: `/articles/{id}`, `/grants/{userId}/{role}`. */
export function kindOfPathParam(path: string, name: string): IdKind | null {
  if (name === 'siteId') return 'sites';
  if (name === 'role') return 'roles';
  if (name === 'userId') return 'users';
  if (name === 'columnId') return 'columns';
  if (name === 'runId') return 'runs';
  if (name === 'version') return 'versions';
  if (name === 'number') return 'revisions';
  if (name === 'name') return 'templates';
  const segment = path.split(`/{${name}}`)[0].split('/').pop();
  const bySegment: Record<string, IdKind> = {
    articles: 'articles',
    letters: 'letters',
    media: 'media',
    'sensitive-words': 'words',
    reviews: 'reviews',
    syndications: 'syndications',
    links: 'links',
  };
  return bySegment[segment ?? ''] ?? null;
}

/** Body and query fields that hold ids: `columnId`, `targetSiteId`, `attachmentIds` … */
export function kindOfField(name: string): IdKind | null {
  const byName: Record<string, IdKind> = {
    siteId: 'sites',
    targetSiteId: 'sites',
    columnId: 'columns',
    parentId: 'columns',
    targetColumnId: 'columns',
    userId: 'users',
    coverImageId: 'media',
    attachmentIds: 'media',
    version: 'versions',
    from: 'revisions',
    to: 'revisions',
  };
  return byName[name] ?? null;
}
