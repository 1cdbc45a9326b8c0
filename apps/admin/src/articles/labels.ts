import type { Tone } from '../ui/ToneTag';
import type { ArticleStatus } from './queries';

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: '草稿',
  pending: '待审核',
  rejected: '已退回',
  scheduled: '定时发布',
  published: '已发布',
  offline: '已下线',
};

export const STATUS_TONES: Record<ArticleStatus, Tone> = {
  draft: 'neutral',
  pending: 'info',
  rejected: 'error',
  scheduled: 'info',
  published: 'success',
  offline: 'warning',
};

export const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  subtitle: '副标题',
  summary: '摘要',
  body: '正文',
  attachments: '附件名称',
};
