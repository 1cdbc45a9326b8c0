import type { Database } from '@zhanqun/shared';
import type { SkeletonColumn } from '@zhanqun/standards';
import { IsNull } from 'typeorm';
import { SiteColumn } from './column.entity';

/**
 * Gives a site every column of a standard skeleton (统一栏目), marked required. Idempotent: a
 * column already at a skeleton path is kept (and becomes required, so it cannot be deleted);
 * missing ones are added after their existing siblings. Nothing is removed or moved. Returns
 * how many columns were added. Runs in the caller's unit of work: a new site has no tenant
 * context yet, and a standards change gives every site its columns.
 */
export async function applySkeleton(
  db: Database,
  siteId: number,
  skeleton: SkeletonColumn[],
  parent: SiteColumn | null = null,
): Promise<number> {
  const repository = db.crossTenant('provisioning').repository(SiteColumn);
  const existing = await repository.findBy({ siteId, parentId: parent ? parent.id : IsNull() });
  let sort = Math.max(0, ...existing.map((column) => column.sort));
  let added = 0;
  for (const spec of skeleton) {
    const path = parent ? `${parent.path}/${spec.slug}` : spec.slug;
    let column = existing.find((candidate) => candidate.path === path) ?? null;
    if (!column) {
      sort += 10;
      added++;
      column = await repository.save(
        repository.create({
          siteId,
          parentId: parent?.id ?? null,
          name: spec.name,
          slug: spec.slug,
          path,
          kind: spec.kind,
          required: true,
          sort,
          description: spec.description ?? '',
          keywords: '',
          linkUrl: '',
        }),
      );
    } else if (!column.required) {
      await repository.update({ id: column.id, siteId }, { required: true });
    }
    if (spec.children) added += await applySkeleton(db, siteId, spec.children, column);
  }
  return added;
}
