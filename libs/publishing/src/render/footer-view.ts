import { FOOTER_ITEM_NAMES, type FooterItem, type StandardsProfile } from '@zhanqun/standards';
import type { FooterFact, FooterView } from '@zhanqun/templating';

const ICP_LOOKUP = 'https://beian.miit.gov.cn/';
const PSB_LOOKUP = 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=';

/**
 * The footer identification (统一页脚) of a site: its own values, the profile's defaults where it
 * has none, laid out in the rows the profile locks.
 */
export function footerView(profile: StandardsProfile, own: Record<FooterItem, string>): FooterView {
  const values = Object.fromEntries(
    (Object.keys(FOOTER_ITEM_NAMES) as FooterItem[]).map((item) => [item, own[item] || profile.footer.defaults[item] || '']),
  ) as Record<FooterItem, string>;
  const psbCode = values.psb.replace(/\D/g, '');
  const fact = (item: FooterItem): FooterFact[] => {
    if (!values[item]) return [];
    const url = item === 'icp' ? ICP_LOOKUP : item === 'psb' && psbCode ? PSB_LOOKUP + psbCode : undefined;
    return [{ label: FOOTER_ITEM_NAMES[item], value: values[item], ...(url ? { url } : {}) }];
  };
  return {
    ...values,
    psbCode,
    conacUrl: profile.footer.conacUrl,
    rows: profile.footer.layout.map((row) => row.flatMap(fact)).filter((row) => row.length > 0),
  };
}
