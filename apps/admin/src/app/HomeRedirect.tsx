import { Spin } from 'antd';
import { Navigate } from 'react-router';
import { grantedSiteIds, hasAnyRole, isPlatformAdmin } from '../auth/roles';
import { useSession } from '../auth/useSession';
import { useSites } from '../sites/queries';
import { ErrorResult } from '../ui/ErrorResult';
import { lastSite } from './last-site';

/**
 * Where the console opens: the site worked on last, else the first site the user holds a role on,
 * else the review inbox (portal-center reviewers) or the portal center's site list.
 */
export function HomeRedirect() {
  const { user } = useSession();
  const { data, error, isPending } = useSites();
  if (error) return <ErrorResult error={error} />;
  if (isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  const visible = new Set(data.items.map((site) => site.id));
  const granted = grantedSiteIds(user).filter((id) => visible.has(id));
  const remembered = lastSite();
  if (remembered && visible.has(remembered) && (granted.includes(remembered) || isPlatformAdmin(user))) {
    return <Navigate to={`/s/${remembered}`} replace />;
  }
  if (granted.length) return <Navigate to={`/s/${granted[0]}`} replace />;
  if (isPlatformAdmin(user)) return <Navigate to="/portal/sites" replace />;
  if (hasAnyRole(user, ['portal_reviewer', 'security_reviewer'])) return <Navigate to="/reviews" replace />;
  return <ErrorResult error={new Error('您的账号还没有任何站点的权限,请联系门户中心授权')} />;
}
