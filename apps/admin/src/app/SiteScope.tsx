import { Spin } from 'antd';
import { createContext, useContext, useEffect } from 'react';
import { Outlet, useParams } from 'react-router';
import { ApiError } from '../api/errors';
import { useSite, type SiteSummary } from '../sites/queries';
import { ErrorResult } from '../ui/ErrorResult';
import { rememberSite } from './last-site';

const CurrentSite = createContext<SiteSummary | null>(null);

/** The site of a /s/:siteId/… screen; screens outside a site scope never call this. */
export function useCurrentSite(): SiteSummary {
  const site = useContext(CurrentSite);
  if (!site) throw new Error('useCurrentSite outside a site screen');
  return site;
}

/**
 * The scope of a site's screens: the site is loaded first, so an id the user may not see (edited
 * in the address bar) shows the API's 403/404 as a page and nothing of that site.
 */
export function SiteScope() {
  const siteId = Number(useParams().siteId);
  const valid = Number.isInteger(siteId) && siteId > 0;
  const { data: site, error, isPending, refetch } = useSite(siteId);
  useEffect(() => {
    if (site) rememberSite(site.id);
  }, [site]);
  if (!valid) return <ErrorResult error={new ApiError(404, '站点不存在')} />;
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  return (
    <CurrentSite.Provider value={site}>
      <Outlet />
    </CurrentSite.Provider>
  );
}
