import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { ApiError } from '../api/errors';

/** An error shown as a page: 403 and 404 say so plainly and never show a blank screen. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const status = error instanceof ApiError ? error.status : 0;
  const message = error instanceof Error ? error.message : '页面出错了';
  if (status === 403) {
    return <Result status="403" title="无权访问" subTitle={message} extra={<Link to="/">返回首页</Link>} />;
  }
  if (status === 404) {
    return <Result status="404" title="内容不存在" subTitle={message} extra={<Link to="/">返回首页</Link>} />;
  }
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={message}
      extra={onRetry ? <Button onClick={onRetry}>重试</Button> : <Link to="/">返回首页</Link>}
    />
  );
}
