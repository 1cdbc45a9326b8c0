import type { Site } from './site.entity';
import type { SiteDomain } from './site-domain.entity';

/** The `site` object of the v1 API (the sites endpoints; see the OpenAPI document). */
export function siteView(site: Site, domains: SiteDomain[]) {
  const own = domains.filter((domain) => domain.siteId === site.id);
  return {
    id: site.id,
    code: site.code,
    name: site.name,
    kind: site.kind,
    category: site.category,
    status: site.status,
    sponsor: site.sponsor,
    organizer: site.organizer,
    contactPhone: site.contactPhone,
    contactAddress: site.contactAddress,
    idCode: site.idCode,
    orgCode: site.orgCode,
    icp: site.icp,
    psb: site.psb,
    featureText: site.featureText,
    styleVariant: site.styleVariant,
    primaryDomain: own.find((domain) => domain.isPrimary)?.host ?? null,
    domains: own.sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary)).map((domain) => domain.host),
    createdAt: site.createdAt,
    updatedAt: site.updatedAt,
  };
}

export type SiteView = ReturnType<typeof siteView>;
