import { ToneTag } from '../ui/ToneTag';
import { STATUS_LABELS, STATUS_TONES } from './labels';
import type { ArticleStatus } from './queries';

interface StatusTagProps {
  status: ArticleStatus;
  /** A live article's edit waits for review. */
  pendingEdit?: boolean;
  /** Its review step has nobody who can take it (`reviewStalled`). */
  stalled?: boolean;
}

export function StatusTag({ status, pendingEdit = false, stalled = false }: StatusTagProps) {
  return (
    <>
      <ToneTag tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</ToneTag>
      {pendingEdit && <ToneTag tone="warning">修改待审核</ToneTag>}
      {stalled && <ToneTag tone="error">无人可审</ToneTag>}
    </>
  );
}
