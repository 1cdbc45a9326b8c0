import { chinaYear } from '@zhanqun/shared';
import type { StandardsProfile } from '@zhanqun/standards';
import type { NoticePage } from '@zhanqun/templating';
import { footerView } from '../render/footer-view';

/** The notice page for hosts that belong to no site: the portal's identity, no site navigation. */
export function platformNotice(status: 404 | 503, profile: StandardsProfile, portalOrigin: string): NoticePage {
  const { portalName } = profile;
  const portalUrl = `${portalOrigin}/`;
  return {
    site: {
      code: 'platform',
      name: portalName,
      kind: 'portal',
      homeUrl: portalUrl,
      primaryDomain: new URL(portalUrl).host,
      portalName,
      portalUrl,
      isPortal: true,
      footer: footerView(profile, {
        sponsor: portalName,
        organizer: '',
        contactPhone: '',
        contactAddress: '',
        idCode: '',
        icp: '',
        psb: '',
      }),
      errorReportUrl: portalOrigin + profile.footer.errorReportPath,
      showEmblem: profile.identity.showEmblem,
      serviceBar: profile.serviceBar,
      featureText: '',
    },
    style: profile.style,
    pageTitle: status === 404 ? `网站不存在 - ${portalName}` : `网站维护中 - ${portalName}`,
    meta: [],
    nav: [],
    breadcrumb: [{ name: '首页', url: portalUrl }],
    searchUrl: `${portalOrigin}/search`,
    year: chinaYear(new Date()),
    rssUrl: `${portalOrigin}/rss.xml`,
    govLinks: [],
    statusCode: status,
    heading: status === 404 ? '您访问的网站不存在' : '网站暂停访问',
    message: status === 404 ? '该域名未在本站群开设网站,或网站已经迁移。请前往门户网站查找相关单位。' : '网站正在维护,请稍后访问。',
  };
}
