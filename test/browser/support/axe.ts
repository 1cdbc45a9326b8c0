import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from './browser';

/** The rule sets of WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const ANALYSIS_MS = 60_000;

/**
 * axe-core's WCAG 2.1 A/AA violations on the page, one line per element: `screen · rule · element ·
 * what fails`. Frames are left out: the console's are previews of article bodies and citizens'
 * pages (those are checked on their own), sandboxed without scripts, where axe cannot run — and
 * axe's default (per-frame) mode would wait for them forever, so it runs in one pass.
 */
export async function accessibilityViolations(page: Page, screen: string): Promise<string[]> {
  const analysis = new AxeBuilder({ page }).options({ iframes: false }).withTags(WCAG_21_AA).setLegacyMode().analyze();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ANALYSIS_MS)));
  const result = await Promise.race([analysis, timeout]).finally(() => clearTimeout(timer));
  if (!result) return [`${screen} · axe · 检查超时(${ANALYSIS_MS / 1000} 秒)`];
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const why = (node.failureSummary ?? violation.help).replace(/^Fix (any|all) of the following:\s*/, '').replace(/\s+/g, ' ');
      return `${screen} · ${violation.id} · ${node.target.join(' ')} · ${why.slice(0, 240)}`;
    }),
  );
}
