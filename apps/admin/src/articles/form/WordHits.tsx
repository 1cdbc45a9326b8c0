import { Alert } from 'antd';
import { FIELD_LABELS } from '../labels';
import type { WordHit } from '../queries';

/** Where each word was found, e.g. 正文:「赌博」(2 处). */
export function describeHits(hits: readonly WordHit[]): string[] {
  return hits.map((hit) => `${FIELD_LABELS[hit.field] ?? hit.field}:「${hit.word}」${hit.count > 1 ? `(${hit.count} 处)` : ''}`);
}

/** The screening's result above the form: blocked words stop a submission, warn words go to the reviewers. */
export function WordHits({ blocked, warnings }: { blocked: readonly WordHit[]; warnings: readonly WordHit[] }) {
  return (
    <>
      {blocked.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title="内容含有禁用的敏感词,修改后才能提交(已在正文中标红)"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }} aria-label="禁用词">
              {describeHits(blocked).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          }
        />
      )}
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="内容含有需注意的词语(已在正文中标黄),提交后审核人员会看到"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }} aria-label="提示词">
              {describeHits(warnings).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          }
        />
      )}
    </>
  );
}
