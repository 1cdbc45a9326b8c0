import type { Site } from './queries';

export const KIND_NAMES: Record<Site['kind'], string> = { portal: '门户', department: '部门', township: '乡镇' };
export const CATEGORY_NAMES: Record<Site['category'], string> = { party: '党群', government: '政府' };
export const STATUS_NAMES: Record<Site['status'], string> = { active: '运行中', suspended: '已暂停' };

export const KIND_OPTIONS = (['department', 'township', 'portal'] as const).map((kind) => ({
  value: kind,
  label: { department: '部门网站', township: '乡镇网站', portal: '门户网站(主站)' }[kind],
}));
export const CATEGORY_OPTIONS = (['government', 'party'] as const).map((category) => ({
  value: category,
  label: `${CATEGORY_NAMES[category]}机关`,
}));
