import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ALL_ENTITIES } from '@zhanqun/platform';
import { openDataSource } from '@zhanqun/shared';
import { createTestEnvironment } from '@zhanqun/testing';
import { measureSearch } from './search-bench';
import { runBench } from './bench-stack';
import { withBufferPool } from './buffer-pool';

/**
 * The search benchmark alone, on a scratch database (no sites, api or worker needed):
 *   npm run build && node dist/bench/search-run.js --search-docs 1000000 [--sites 20] [--queries 200]
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'search-docs': { type: 'string', default: '1000000' },
      sites: { type: 'string', default: '20' },
      queries: { type: 'string', default: '200' },
    },
  });
  const env = createTestEnvironment();
  const dataSource = await openDataSource(env.config, { entities: ALL_ENTITIES });
  try {
    const siteIds = Array.from({ length: Number(values.sites) }, (_, i) => i + 1);
    const figures = await withBufferPool(dataSource, 4, () =>
      measureSearch(dataSource, siteIds, Number(values['search-docs']), Number(values.queries)),
    );
    console.log(
      `  ${figures.docs} 篇: 语料与索引 ${figures.buildSeconds} s, 查询 p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms (目标 < 100 ms), ` +
        `高频词 p95 ${figures.commonWordP95Ms} ms, ${figures.cutOff} 次超时截止`,
    );
    const { docs, p50Ms, p95Ms, commonWordP95Ms } = figures;
    console.log(JSON.stringify({ searchDocs: docs, searchP50Ms: p50Ms, searchP95Ms: p95Ms, searchCommonWordP95Ms: commonWordP95Ms }));
  } finally {
    await dataSource.destroy();
    await env.dispose();
  }
}

runBench(main);
