import { LockOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { TemplateItem } from './queries';
import { templateLabel } from './template-labels';

const GROUPS: { key: string; label: string; test: (name: string) => boolean }[] = [
  { key: 'layout', label: '布局', test: (name) => name === 'layout' },
  { key: 'page', label: '页面模板', test: (name) => name.startsWith('page.') },
  { key: 'partial', label: '片段', test: (name) => name.startsWith('partial.') },
];

/** The platform's templates by kind; a lock marks those sites may not override. */
export function TemplateList({ items, selected, onSelect }: { items: TemplateItem[]; selected: string | null; onSelect: (name: string) => void }) {
  const menu: MenuProps['items'] = GROUPS.map((group) => ({
    type: 'group',
    key: group.key,
    label: group.label,
    children: items
      .filter((item) => group.test(item.name))
      .map((item) => ({
        key: item.name,
        icon: item.locked ? <LockOutlined aria-label="统一锁定" /> : undefined,
        label: templateLabel(item.name),
        title: item.name,
      })),
  }));
  return (
    <nav aria-label="模板列表">
      <Menu mode="inline" items={menu} selectedKeys={selected ? [selected] : []} onClick={({ key }) => onSelect(key)} style={{ borderInlineEnd: 0 }} />
    </nav>
  );
}
