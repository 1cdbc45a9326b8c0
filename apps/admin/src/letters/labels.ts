import type { Tone } from '../ui/ToneTag';
import type { LetterKind, LetterStatus } from './queries';

export const KIND_NAMES: Record<LetterKind, string> = { mailbox: '领导信箱', error_report: '我为政府网站找错' };

export const STATUS_NAMES: Record<LetterStatus, { label: string; tone: Tone }> = {
  received: { label: '待办理', tone: 'warning' },
  replied: { label: '已答复', tone: 'success' },
};
