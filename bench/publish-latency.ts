import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { SingleBar, Presets } from 'cli-progress';
import { articlePath } from '@zhanqun/content';
import { DataSource } from 'typeorm';
import { sleep } from './measure';

export interface PublishLatencies {
  /** Submit call → the article's page file exists on disk (ms). */
  live: number[];
  /** Submit call → its answer, which comes when the transaction commits (ms). */
  request: number[];
}

/**
 * Publishes up to `samples` new articles of bench1's 工作动态 (no review chain), 50 ms apart, and
 * times each until its page is on disk (polled every 1 ms); `whileTrue` ends the series early
 * (the during-rebuild figure samples only while the rebuild runs).
 */
export async function publishToLive(options: {
  api: INestApplication;
  baseUrl: string;
  headers: Record<string, string>;
  publishRoot: string;
  samples: number;
  label: string;
  whileTrue?: () => Promise<boolean>;
}): Promise<PublishLatencies> {
  const { api, baseUrl, headers, publishRoot, samples } = options;
  const db = api.get(DataSource);
  const [site] = await db.query("SELECT s.id, s.code FROM sites s WHERE s.code = 'bench1'");
  const [column] = await db.query("SELECT id, path FROM site_columns WHERE site_id = ? AND path = 'zwdt/gzdt'", [site.id]);
  // Publish → live measures publishing; the review chain is measured separately.
  await fetch(`${baseUrl}/sites/${site.id}/review-chain`, { method: 'PUT', headers, body: JSON.stringify({ steps: [] }) });
  const result: PublishLatencies = { live: [], request: [] };
  const bar = new SingleBar({ format: `  ${options.label} [{bar}] {value}/{total} 篇`, hideCursor: true }, Presets.shades_classic);
  bar.start(samples, 0);
  for (let i = 0; i < samples && (!options.whileTrue || (await options.whileTrue())); i++) {
    const created = (await (
      await fetch(`${baseUrl}/sites/${site.id}/articles`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ columnId: column.id, title: `基准测试文章${options.label}${i}`, body: '<p>基准测试正文。</p>' }),
      })
    ).json()) as { id: number };
    const started = performance.now();
    const submitted = await fetch(`${baseUrl}/sites/${site.id}/articles/${created.id}/submit`, { method: 'POST', headers });
    if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status}`);
    result.request.push(performance.now() - started);
    const file = join(publishRoot, 'sites', site.code, articlePath(column.path, new Date(), created.id));
    while (!existsSync(file)) await sleep(1);
    result.live.push(performance.now() - started);
    bar.increment();
    await sleep(50);
  }
  bar.stop();
  return result;
}
