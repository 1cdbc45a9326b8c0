import { Outlet } from 'react-router';
import { ApiError } from '../api/errors';
import { isPlatformAdmin } from '../auth/roles';
import { useSession } from '../auth/useSession';
import { ErrorResult } from '../ui/ErrorResult';

/** The portal center's screens (/portal/…) are the platform admins'. */
export function RequirePlatformAdmin() {
  const { user } = useSession();
  if (!isPlatformAdmin(user)) return <ErrorResult error={new ApiError(403, '仅门户中心(平台管理员)可以使用此功能')} />;
  return <Outlet />;
}
