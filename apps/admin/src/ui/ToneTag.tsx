import { Tag, theme } from 'antd';
import type { ReactNode } from 'react';

export type Tone = 'success' | 'warning' | 'error' | 'info' | 'neutral';

/**
 * A tag in a status tone whose text keeps WCAG AA contrast (4.5:1) on its tinted background;
 * antd's preset status tags do not (warning text is 1.8:1).
 */
export function ToneTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  const { token } = theme.useToken();
  if (tone === 'neutral') return <Tag>{children}</Tag>;
  const [background, borderColor, color] = {
    success: [token.colorSuccessBg, token.colorSuccessBorder, token.green8],
    warning: [token.colorWarningBg, token.colorWarningBorder, token.gold9],
    error: [token.colorErrorBg, token.colorErrorBorder, token.red7],
    info: [token.colorInfoBg, token.colorInfoBorder, token.blue7],
  }[tone];
  return <Tag style={{ background, borderColor, color }}>{children}</Tag>;
}
