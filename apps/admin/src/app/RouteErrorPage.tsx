import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ApiError } from '../api/errors';
import { ErrorResult } from '../ui/ErrorResult';

/** What a screen that failed to load or threw shows instead of a blank page. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const failedChunk = error instanceof TypeError && /dynamically imported module|Importing a module script failed/.test(error.message);
  return (
    <ErrorResult
      error={failedChunk ? new Error('页面文件加载失败,可能是后台已升级,请刷新页面') : error}
      onRetry={() => window.location.reload()}
    />
  );
}

export function NotFoundPage() {
  return <ErrorResult error={new ApiError(404, '没有这个页面,请检查地址是否正确')} />;
}
