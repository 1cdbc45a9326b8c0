import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/useSession';

/**
 * WCAG 2.1 AA asks 4.5:1 of text. antd's lighter greys (45% and 25% black: descriptions, menu group
 * titles, placeholders, empty tables), its link blue (#1677ff, 4.1:1) and its error red (#ff4d4f,
 * 3.3:1) fall below that on white; these darker ones keep it on the console's white and light grey
 * backgrounds. Disabled controls keep antd's faint grey (WCAG exempts them).
 */
export const ACCESSIBLE_TOKENS = {
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
  colorTextDisabled: 'rgba(0, 0, 0, 0.25)',
  colorLink: '#0958d9',
  colorError: '#cf1322',
} as const;

/** Status colours as text: antd's green, gold and orange on their light backgrounds reach 2–3:1. */
const STATUS_TEXT = { colorSuccess: '#237804', colorWarning: '#ad4e00', colorInfo: '#0958d9' } as const;

/**
 * Per component: a table's "no data" line is printed in the disabled grey; tags print their text
 * in the status colours and in the palette's 7th shades (the light ones darkened to the 8th or 9th).
 */
export const ACCESSIBLE_COMPONENTS = {
  Table: { colorTextDisabled: ACCESSIBLE_TOKENS.colorTextQuaternary },
  Tag: { ...STATUS_TEXT, green7: '#237804', gold7: '#874d00', orange7: '#ad4e00', lime7: '#3f6600', cyan7: '#006d75', volcano7: '#ad2102' },
  Typography: STATUS_TEXT,
} as const;

/** The console's main colour is the portal's (统一风格): the standards profile's primary colour. */
export const DEFAULT_PRIMARY = '#b5121b';

export function useThemeColor(): string {
  const { accessToken } = useSession();
  const { data } = useQuery({
    queryKey: ['standards', 'current'],
    queryFn: () => unwrap(api.GET('/api/v1/platform/standards')),
    enabled: !!accessToken,
    staleTime: 5 * 60_000,
  });
  const color = (data as { style?: { primaryColor?: unknown } } | undefined)?.style?.primaryColor;
  return typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : DEFAULT_PRIMARY;
}
