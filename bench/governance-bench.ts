import { SingleBar, Presets } from 'cli-progress';
import { Database } from '@zhanqun/shared';
import type { DataSource } from 'typeorm';
import { sleep } from './measure';

type Headers = Record<string, string>;

async function call(baseUrl: string, headers: Headers, method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Follows a rebuild run with a progress bar until it ends; returns its page count. */
async function followRun(baseUrl: string, headers: Headers, runId: string, label: string): Promise<number> {
  const bar = new SingleBar({ format: `  ${label} [{bar}] {value}/{total} 页`, hideCursor: true }, Presets.shades_classic);
  bar.start(1, 0);
  for (;;) {
    const run = await call(baseUrl, headers, 'GET', `/publish-runs/${runId}`);
    bar.setTotal(Math.max(run.total, 1));
    bar.update(run.done + run.failed);
    if (run.status === 'done' || run.status === 'failed') {
      bar.stop();
      if (run.failed) throw new Error(`${label}: ${run.failed} pages failed`);
      return run.total;
    }
    await sleep(50);
  }
}

/**
 * Seconds from a standards change (a new main colour) until every generated page of the group
 * carries it: the PUT, the group rebuild it starts, and a check that no HTML page was left
 * from before.
 */
export async function standardsChange(
  baseUrl: string,
  headers: Headers,
  dataSource: DataSource,
): Promise<{ seconds: number; pages: number }> {
  const current = await call(baseUrl, headers, 'GET', '/platform/standards');
  const started = new Date();
  const { runId } = await call(baseUrl, headers, 'PUT', '/platform/standards', { style: { ...current.style, primaryColor: '#0a5c36' } });
  const pages = await followRun(baseUrl, headers, runId, '标准变更全站群生效');
  const seconds = (Date.now() - started.getTime()) / 1000;
  const [{ stale }] = await new Database(dataSource)
    .crossTenant('publishing')
    .query<{ stale: string }[]>("SELECT COUNT(*) AS stale FROM page_manifest WHERE rendered_at < ? AND path LIKE '%.html'", [started]);
  if (Number(stale) > 0) throw new Error(`${stale} pages still carry the old standards`);
  return { seconds, pages };
}

/** A platform change of the article template: how many pages it re-renders and how long it takes. */
export async function templateChange(baseUrl: string, headers: Headers): Promise<{ seconds: number; pages: number }> {
  const { source } = await call(baseUrl, headers, 'GET', '/platform/templates/page.article');
  const started = Date.now();
  const { runId } = await call(baseUrl, headers, 'PUT', '/platform/templates/page.article', {
    source: source.replace('{{> article-body}}', '{{> article-body}}<p class="bench-mark">模板已更新</p>'),
  });
  const pages = await followRun(baseUrl, headers, runId, '文章模板变更');
  return { seconds: (Date.now() - started) / 1000, pages };
}
