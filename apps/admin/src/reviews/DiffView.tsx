import { Alert, Flex, theme } from 'antd';
import { useMemo } from 'react';
import { diffRows, type DiffRow } from './diff-rows';
import { ToneTag } from '../ui/ToneTag';

const SIGN: Record<DiffRow['kind'], string> = { added: '+', removed: '−', same: ' ', gap: '⋯' };
/** Added and removed lines are <ins> and <del>, so assistive technology says which is which. */
const LINE = { added: 'ins', removed: 'del', same: 'span', gap: 'span' } as const;

/** The change under review, line by line: the live version's lines struck out, the new ones added. */
export function DiffView({ patch, isNew }: { patch: string; isNew: boolean }) {
  const { token } = theme.useToken();
  const { rows, added, removed } = useMemo(() => diffRows(patch), [patch]);
  const background: Record<DiffRow['kind'], string | undefined> = {
    added: token.colorSuccessBg,
    removed: token.colorErrorBg,
    same: undefined,
    gap: token.colorFillQuaternary,
  };
  return (
    <Flex vertical gap={12}>
      {isNew ? (
        <Alert type="info" showIcon title="这篇文章尚未发布,以下全部内容均为新增。" />
      ) : (
        <Flex gap={8}>
          <ToneTag tone="success">新增 {added} 行</ToneTag>
          <ToneTag tone="error">删除 {removed} 行</ToneTag>
        </Flex>
      )}
      {rows.length === 0 ? (
        <Alert type="info" showIcon title="与线上版本相比没有改动。" />
      ) : (
        <section
          aria-label="修改对比"
          style={{ fontFamily: token.fontFamilyCode, fontSize: 13, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: 4 }}
        >
          {rows.map((row, index) => {
            const Line = LINE[row.kind];
            return (
              <div key={index} style={{ display: 'flex', background: background[row.kind] }}>
                <span aria-hidden style={{ width: 24, flex: 'none', textAlign: 'center', color: token.colorTextSecondary }}>
                  {SIGN[row.kind]}
                </span>
                <Line
                  style={{
                    whiteSpace: 'pre-wrap',
                    wordBreak: 'break-all',
                    padding: '1px 8px 1px 0',
                    textDecoration: row.kind === 'removed' ? 'line-through' : 'none',
                  }}
                >
                  {row.text}
                </Line>
              </div>
            );
          })}
        </section>
      )}
    </Flex>
  );
}
