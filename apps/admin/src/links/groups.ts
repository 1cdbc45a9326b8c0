import type { GovLink } from './queries';

export const GROUPS: { value: GovLink['group']; label: string }[] = [
  { value: 'higher', label: '上级政府网站' },
  { value: 'sibling', label: '同级政府网站' },
];

export function groupLabel(value: GovLink['group']): string {
  return GROUPS.find((group) => group.value === value)?.label ?? value;
}
