import type { components } from '../api/schema';

export type WordLevel = components['schemas']['SensitiveWordResponse']['level'];

export const LEVELS: { value: WordLevel; label: string; color: string; help: string }[] = [
  { value: 'block', label: '禁用', color: 'red', help: '含有该词的稿件不能提交' },
  { value: 'warn', label: '提醒', color: 'orange', help: '可以提交,提交和审核时提示' },
];

export function levelOf(value: WordLevel) {
  return LEVELS.find((level) => level.value === value) ?? LEVELS[0];
}

export const LEVEL_OPTIONS = LEVELS.map(({ value, label }) => ({ value, label }));
