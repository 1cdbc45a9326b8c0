import { Spin } from 'antd';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from '../auth/LoginPage';
import { ChangePasswordPage } from '../auth/ChangePasswordPage';
import { RequireSession } from '../auth/RequireSession';
import { AREAS } from './areas';
import { AppShell } from './shell/AppShell';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage, RouteErrorPage } from './RouteErrorPage';
import { SiteScope } from './SiteScope';
import { RequirePlatformAdmin } from './RequirePlatformAdmin';
import type { Scope } from './console-area';

function routesOf(scope: Scope): RouteObject[] {
  return AREAS.flatMap((area) => area.routes[scope] ?? []).map((route) =>
    route.path === '' ? { ...route, path: undefined, index: true } : route,
  ) as RouteObject[];
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: <RequireSession />,
    // Shown while the first screen's lazily loaded code arrives.
    hydrateFallbackElement: <Spin style={{ display: 'block', margin: '80px auto' }} />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'account/password', element: <ChangePasswordPage /> },
      {
        element: <AppShell />,
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomeRedirect /> },
          ...routesOf('global'),
          { path: 's/:siteId', element: <SiteScope />, children: routesOf('site') },
          { path: 'portal', element: <RequirePlatformAdmin />, children: routesOf('portal') },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes, { basename: '/admin' });
