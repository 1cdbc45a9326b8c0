import type { components } from '../api/schema';

export type Syndication = components['schemas']['SyndicationResponse'];
export type SyndicationStatus = Syndication['status'];
export type AdoptionMode = NonNullable<Syndication['mode']>;

export const STATUSES: { value: SyndicationStatus; label: string; color: string }[] = [
  { value: 'submitted', label: '待处理', color: 'processing' },
  { value: 'adopted', label: '已采用', color: 'success' },
  { value: 'declined', label: '已退回', color: 'error' },
];

export const STATUS_OPTIONS = STATUSES.map(({ value, label }) => ({ value, label }));

export function statusOf(value: SyndicationStatus) {
  return STATUSES.find((status) => status.value === value) ?? STATUSES[0];
}

export const MODE_LABEL: Record<AdoptionMode, string> = { reference: '引用', copy: '复制' };
