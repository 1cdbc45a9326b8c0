import { Result } from 'antd';
import { PageHeader } from './PageHeader';

/** A screen whose work has not landed yet (replaced by the domain's real screen). */
export function Placeholder({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Result status="info" title="此功能正在建设中" />
    </>
  );
}
