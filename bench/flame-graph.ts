import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const ORIGIN = 'http://speedscope.local';
const CHROMIUM = '/usr/bin/chromium';

/** The largest `.cpuprofile` in `dir`: of the workers of one phase, the one that worked most. */
export function busiestProfile(dir: string): string | null {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(dir, name));
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0] ?? null;
}

/**
 * A PNG of speedscope's "left heavy" view (a flame graph with identical stacks merged, widest
 * first) of one V8 CPU profile, taken in Debian's chromium; speedscope is served from
 * node_modules through request interception, so no server or network is needed.
 */
export async function flameGraphPng(profile: string, png: string, title: string): Promise<void> {
  const release = join(dirname(require.resolve('speedscope/package.json')), 'dist', 'release');
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      return route.fulfill({ path: path === '/profile.cpuprofile' ? profile : join(release, path) });
    });
    const hash = `profileURL=${encodeURIComponent(`${ORIGIN}/profile.cpuprofile`)}&title=${encodeURIComponent(title)}&view=left-heavy`;
    await page.goto(`${ORIGIN}/index.html#${hash}`);
    await page.waitForSelector('canvas');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: png });
  } finally {
    await browser.close();
  }
}
