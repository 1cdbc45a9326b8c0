import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { ALL_ENTITIES } from '@zhanqun/platform';
import { SearchIndexer } from '@zhanqun/search';
import { Database, loadConfig, openDataSource, UnitOfWork } from '@zhanqun/shared';
import { Site } from '@zhanqun/tenancy';

/**
 * Rebuilds the search index from the live articles: `--site <code>` (repeatable) for some
 * sites, all sites without it. Reads DATABASE_URL like the apps; runs pending migrations first.
 *   node dist/scripts/search-reindex.js [--site jyj] [--site cgz]
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string', multiple: true } } });
  const dataSource = await openDataSource(loadConfig(), { entities: ALL_ENTITIES, poolSize: 2 });
  try {
    let siteIds: number[] | null = null;
    if (values.site?.length) {
      const sites = await dataSource.getRepository(Site).findBy(values.site.map((code) => ({ code })));
      const missing = values.site.filter((code) => !sites.some((site) => site.code === code));
      if (missing.length) throw new Error(`没有这些站点: ${missing.join(', ')}`);
      siteIds = sites.map((site) => site.id);
    }
    const bar = new SingleBar({ format: '  重建搜索索引 [{bar}] {value}/{total} 篇 {eta}s', hideCursor: true }, Presets.shades_classic);
    bar.start(1, 0);
    const indexed = await new SearchIndexer(new Database(dataSource), new UnitOfWork(dataSource)).reindex(siteIds, (done, total) => {
      bar.setTotal(Math.max(total, 1));
      bar.update(done);
    });
    bar.stop();
    console.log(`已索引 ${indexed} 篇文章`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`[search-reindex] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
