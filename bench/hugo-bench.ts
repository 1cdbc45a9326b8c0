import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { hugoLayouts } from './hugo-layouts';

export interface HugoResult {
  pages: number;
  seconds: number;
  pagesPerSec: number;
  averageBytes: number;
}

/** Debian's hugo, installed when missing; null (with the reason printed) when it cannot be. */
export function ensureHugo(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  try {
    console.error('  installing hugo from Debian packages ...');
    execFileSync('apt-get', ['install', '-y', '-qq', 'hugo'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim() || null;
  } catch (error) {
    console.error(`  hugo is not installed and could not be (${(error as Error).message}): the Hugo comparison is skipped`);
    return null;
  }
}

interface ColumnRow {
  siteCode: string;
  siteName: string;
  path: string;
  name: string;
  kind: string;
}

interface ArticleRow {
  id: number;
  siteCode: string;
  columnPath: string;
  title: string;
  publishedAt: Date;
  body: string;
}

/** Paragraph text of an article body, as Markdown paragraphs (Hugo escapes raw HTML by default). */
const markdownOf = (html: string) =>
  html
    .split(/<\/p>\s*/)
    .map((part) => part.replace(/<[^>]+>/g, '').trim())
    .filter(Boolean)
    .join('\n\n');

const frontMatter = (fields: Record<string, string | number>) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n`;

/**
 * Writes the group as one Hugo project: each site a top-level section, each list column a
 * nested section (its list pages paginate its whole subtree, 20 a page, as ours do), each
 * published article a page in its column.
 */
async function writeProject(dataSource: DataSource, dir: string): Promise<number> {
  const columns: ColumnRow[] = await dataSource.query(
    `SELECT s.code AS siteCode, s.name AS siteName, c.path, c.name, c.kind
       FROM site_columns c JOIN sites s ON s.id = c.site_id WHERE s.code LIKE 'bench%' ORDER BY c.path`,
  );
  const content = join(dir, 'content');
  const sites = new Map(columns.map((column) => [column.siteCode, column.siteName]));
  for (const [code, name] of sites) {
    mkdirSync(join(content, code), { recursive: true });
    writeFileSync(join(content, code, '_index.md'), frontMatter({ title: name }));
  }
  for (const column of columns) {
    if (column.kind !== 'list') continue;
    mkdirSync(join(content, column.siteCode, column.path), { recursive: true });
    writeFileSync(join(content, column.siteCode, column.path, '_index.md'), frontMatter({ title: column.name }));
  }
  const [{ total }] = await dataSource.query(
    "SELECT COUNT(*) AS total FROM articles a JOIN sites s ON s.id = a.site_id WHERE s.code LIKE 'bench%' AND a.status = 'published'",
  );
  const bar = new SingleBar({ format: '  Hugo 内容 [{bar}] {value}/{total} 篇', hideCursor: true }, Presets.shades_classic);
  bar.start(Number(total), 0);
  for (let lastId = 0; ;) {
    const articles: ArticleRow[] = await dataSource.query(
      `SELECT a.id, s.code AS siteCode, c.path AS columnPath, a.title, a.published_at AS publishedAt, a.body
         FROM articles a JOIN sites s ON s.id = a.site_id JOIN site_columns c ON c.id = a.column_id
        WHERE s.code LIKE 'bench%' AND a.status = 'published' AND a.id > ? ORDER BY a.id LIMIT 5000`,
      [lastId],
    );
    if (!articles.length) break;
    for (const article of articles) {
      writeFileSync(
        join(content, article.siteCode, article.columnPath, `${article.id}.md`),
        frontMatter({ title: article.title, date: new Date(article.publishedAt).toISOString() }) + markdownOf(article.body),
      );
    }
    lastId = articles[articles.length - 1].id;
    bar.increment(articles.length);
  }
  bar.stop();
  writeFileSync(
    join(dir, 'hugo.toml'),
    `baseURL = "http://hugo.bench.example/"
languageCode = "zh-cn"
title = "示范县人民政府"
paginate = 20
disableKinds = ["taxonomy", "term"]
[outputs]
home = ["HTML"]
section = ["HTML"]
page = ["HTML"]
`,
  );
  for (const [path, body] of Object.entries(hugoLayouts)) {
    mkdirSync(join(dir, 'layouts', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'layouts', path), body);
  }
  return Number(total);
}

function filesUnder(dir: string): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(html|xml)$/.test(entry.name)) continue;
    count++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { count, bytes };
}

/** Builds the bench group with Hugo into `dir` and times it (content writing is not timed). */
export async function measureHugo(dataSource: DataSource, dir: string): Promise<HugoResult | null> {
  const hugo = ensureHugo();
  if (!hugo) return null;
  await writeProject(dataSource, dir);
  const started = performance.now();
  execFileSync(hugo, ['--source', dir, '--destination', join(dir, 'public'), '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (performance.now() - started) / 1000;
  const output = filesUnder(join(dir, 'public'));
  return { pages: output.count, seconds, pagesPerSec: output.count / seconds, averageBytes: output.bytes / output.count };
}
