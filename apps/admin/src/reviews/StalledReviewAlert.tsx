import { Alert } from 'antd';
import type { ReactNode } from 'react';

export const STALLED_REVIEW = '当前审核步骤无人可以处理,请联系门户中心';

/**
 * An article waits on a review step no current account can take (`reviewStalled`): nothing
 * moves until the portal center grants a reviewer, so the unit is told to ask.
 */
export function StalledReviewAlert({ description }: { description?: ReactNode }) {
  return <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={STALLED_REVIEW} description={description} />;
}
