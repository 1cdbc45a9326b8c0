import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a browser downloads before the console's first screen (the login page) can show: index.html
 * and every script, preloaded module and stylesheet it names, gzipped as a server would send them.
 * Screens are code-split, so their chunks load later and are not counted.
 */
export function consoleFirstLoadKb(consoleRoot: string): number {
  const html = readFileSync(join(consoleRoot, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/admin\/(assets\/[^"]+)"/g)].map((match) => match[1]);
  const bytes = [html, ...new Set(assets)].reduce(
    (sum, asset, index) => sum + gzipSync(index === 0 ? asset : readFileSync(join(consoleRoot, asset)), { level: 9 }).length,
    0,
  );
  return Math.round(bytes / 1024);
}
