import type { Letter, LetterStatus } from './letter.entity';
import type { LetterInput } from './letter-form';

/** A letter as the site's handlers see it (personal details included, the IP kept back). */
export interface LetterView extends LetterInput {
  id: number;
  status: LetterStatus;
  published: boolean;
  reply: string | null;
  repliedBy: number | null;
  repliedAt: string | null;
  createdAt: string;
}

export function letterView(letter: Letter): LetterView {
  return {
    id: letter.id,
    kind: letter.kind,
    status: letter.status,
    name: letter.name,
    phone: letter.phone,
    email: letter.email,
    subject: letter.subject,
    body: letter.body,
    errorType: letter.errorType,
    pageUrl: letter.pageUrl,
    publicConsent: letter.publicConsent,
    published: letter.published,
    reply: letter.reply,
    repliedBy: letter.repliedBy,
    repliedAt: letter.repliedAt?.toISOString() ?? null,
    createdAt: letter.createdAt.toISOString(),
  };
}

/** 张三 → 张*, 欧阳娜娜 → 欧***: public pages name nobody. */
export function maskedName(name: string): string {
  const chars = [...name];
  if (!chars.length) return '匿名';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}
