import {
  BoldOutlined,
  DisconnectOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PaperClipOutlined,
  PictureOutlined,
  RedoOutlined,
  TableOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { Button, Divider, Dropdown, Tooltip } from 'antd';
import type { ReactNode } from 'react';

interface ToolbarProps {
  editor: Editor;
  disabled: boolean;
  onImage(): void;
  onAttachment(): void;
  onLink(): void;
}

function Tool({
  label,
  icon,
  active,
  disabled,
  onClick,
}: {
  label: string;
  icon?: ReactNode;
  active?: boolean;
  disabled?: boolean;
  onClick(): void;
}) {
  return (
    <Tooltip title={label} mouseEnterDelay={0.4}>
      <Button
        type={active ? 'primary' : 'text'}
        ghost={active}
        size="small"
        icon={icon}
        aria-label={icon ? label : undefined}
        aria-pressed={active ?? undefined}
        disabled={disabled}
        onClick={onClick}
      >
        {icon ? null : label}
      </Button>
    </Tooltip>
  );
}

/** The formatting the site's pages support: headings, emphasis, lists, tables, pictures, files and links. */
export function Toolbar({ editor, disabled, onImage, onAttachment, onLink }: ToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive('paragraph'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
      inTable: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const tableItems = [
    {
      key: 'insert',
      label: '插入表格(3×3)',
      run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: false }).run(),
      inTable: false,
    },
    { key: 'rowAfter', label: '下方插入行', run: () => chain().addRowAfter().run(), inTable: true },
    { key: 'deleteRow', label: '删除当前行', run: () => chain().deleteRow().run(), inTable: true },
    { key: 'colAfter', label: '右侧插入列', run: () => chain().addColumnAfter().run(), inTable: true },
    { key: 'deleteCol', label: '删除当前列', run: () => chain().deleteColumn().run(), inTable: true },
    { key: 'header', label: '切换标题行', run: () => chain().toggleHeaderRow().run(), inTable: true },
    { key: 'deleteTable', label: '删除表格', run: () => chain().deleteTable().run(), inTable: true, danger: true },
  ];
  const off = disabled;
  return (
    <div className="article-editor__toolbar" role="toolbar" aria-label="正文格式">
      <Tool label="正文" active={state.paragraph} disabled={off} onClick={() => chain().setParagraph().run()} />
      <Tool label="标题" active={state.h2} disabled={off} onClick={() => chain().toggleHeading({ level: 2 }).run()} />
      <Tool label="小标题" active={state.h3} disabled={off} onClick={() => chain().toggleHeading({ level: 3 }).run()} />
      <Divider orientation="vertical" />
      <Tool label="加粗" icon={<BoldOutlined />} active={state.bold} disabled={off} onClick={() => chain().toggleBold().run()} />
      <Tool label="斜体" icon={<ItalicOutlined />} active={state.italic} disabled={off} onClick={() => chain().toggleItalic().run()} />
      <Tool
        label="下划线"
        icon={<UnderlineOutlined />}
        active={state.underline}
        disabled={off}
        onClick={() => chain().toggleUnderline().run()}
      />
      <Divider orientation="vertical" />
      <Tool
        label="无序列表"
        icon={<UnorderedListOutlined />}
        active={state.bullet}
        disabled={off}
        onClick={() => chain().toggleBulletList().run()}
      />
      <Tool
        label="有序列表"
        icon={<OrderedListOutlined />}
        active={state.ordered}
        disabled={off}
        onClick={() => chain().toggleOrderedList().run()}
      />
      <Dropdown
        disabled={off}
        trigger={['click']}
        menu={{
          items: tableItems.map(({ key, label, inTable, danger }) => ({ key, label, danger, disabled: inTable !== state.inTable })),
          onClick: ({ key }) => tableItems.find((item) => item.key === key)?.run(),
        }}
      >
        <Button type={state.inTable ? 'primary' : 'text'} ghost={state.inTable} size="small" icon={<TableOutlined />}>
          表格
        </Button>
      </Dropdown>
      <Divider orientation="vertical" />
      <Tool label="插入图片" icon={<PictureOutlined />} disabled={off} onClick={onImage} />
      <Tool label="插入附件链接" icon={<PaperClipOutlined />} disabled={off} onClick={onAttachment} />
      <Tool label="插入链接" icon={<LinkOutlined />} active={state.link} disabled={off} onClick={onLink} />
      <Tool label="取消链接" icon={<DisconnectOutlined />} disabled={off || !state.link} onClick={() => chain().unsetLink().run()} />
      <Divider orientation="vertical" />
      <Tool label="撤销" icon={<UndoOutlined />} disabled={off || !state.canUndo} onClick={() => chain().undo().run()} />
      <Tool label="重做" icon={<RedoOutlined />} disabled={off || !state.canRedo} onClick={() => chain().redo().run()} />
    </div>
  );
}
