import { Alert, Flex } from 'antd';
import { useMemo, type ReactNode } from 'react';
import type { components } from '../api/schema';
import { splitByWords, wordPattern } from './mark-words';
import { ToneTag } from '../ui/ToneTag';

type WordHit = components['schemas']['WordHitResponse'];

const FIELDS: Record<string, string> = { title: '标题', subtitle: '副标题', summary: '摘要', body: '正文', attachments: '附件名' };

/** The warn-level words found at submission, for the reviewer to weigh. */
export function WarnWords({ hits }: { hits: WordHit[] }) {
  if (!hits.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`提交时检测到 ${new Set(hits.map((hit) => hit.word)).size} 个提示级敏感词,已在标题、摘要和正文中标黄,请审核时留意`}
      description={
        <Flex gap={8} wrap>
          {hits.map((hit, index) => (
            <ToneTag key={index} tone="warning">
              {hit.word} · {FIELDS[hit.field] ?? hit.field} {hit.count} 处
            </ToneTag>
          ))}
        </Flex>
      }
    />
  );
}

/** Plain text with the warn words in <mark>. */
export function MarkedText({ text, words }: { text: string; words: readonly string[] }): ReactNode {
  const parts = useMemo(() => splitByWords(text, wordPattern(words)), [text, words]);
  return parts.map((part, index) => (part.word ? <mark key={index}>{part.text}</mark> : part.text));
}
