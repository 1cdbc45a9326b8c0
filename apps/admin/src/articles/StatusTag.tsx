import { ToneTag } from '../ui/ToneTag';
import { STATUS_LABELS, STATUS_TONES } from './labels';
import type { ArticleStatus } from './queries';

export function StatusTag({ status, pendingEdit = false }: { status: ArticleStatus; pendingEdit?: boolean }) {
  return (
    <>
      <ToneTag tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</ToneTag>
      {pendingEdit && <ToneTag tone="warning">修改待审核</ToneTag>}
    </>
  );
}
