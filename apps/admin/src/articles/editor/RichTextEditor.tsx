import { TableKit } from '@tiptap/extension-table';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import { MediaPicker, type MediaKind } from '../media/MediaPicker';
import type { MediaFile } from '../queries';
import { LinkDialog } from './LinkDialog';
import { MediaImage } from './media-image';
import { cleanPastedHtml } from './paste-cleaning';
import { SensitiveMarks, setMarkedWords, type MarkedWord } from './sensitive-marks';
import { Toolbar } from './Toolbar';
import './editor.css';

interface RichTextEditorProps {
  siteId: number;
  /** HTML; '' for an empty body. */
  value?: string;
  onChange?(html: string): void;
  /** Sensitive words to mark in the text (never stored in the body). */
  words: readonly MarkedWord[];
  disabled?: boolean;
  id?: string;
}

const PICKER_TITLES: Record<MediaKind, string> = { image: '插入图片', attachment: '插入附件链接' };

/** The article body: TipTap with the site's formatting, Word/WPS paste cleaning and media from the site's library. */
export function RichTextEditor({ siteId, value = '', onChange, words, disabled = false, id }: RichTextEditorProps) {
  const emitted = useRef(value);
  const [picker, setPicker] = useState<MediaKind | null>(null);
  const [linking, setLinking] = useState(false);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, code: false, codeBlock: false, link: { openOnClick: false, autolink: true } }),
      TableKit.configure({ table: { resizable: false } }),
      MediaImage.configure({ siteId }),
      SensitiveMarks,
    ],
    content: value,
    editable: !disabled,
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      attributes: { 'aria-label': '正文', 'aria-multiline': 'true', role: 'textbox', ...(id ? { id } : {}) },
    },
    onUpdate: ({ editor: current }) => {
      emitted.current = current.isEmpty ? '' : current.getHTML();
      onChange?.(emitted.current);
    },
  });

  // A value from outside (a restored revision or local copy) replaces the content.
  useEffect(() => {
    if (editor && value !== emitted.current) {
      emitted.current = value;
      editor.commands.setContent(value, { emitUpdate: false });
    }
  }, [editor, value]);
  useEffect(() => editor?.setEditable(!disabled), [editor, disabled]);
  useEffect(() => {
    if (editor) setMarkedWords(editor, words);
  }, [editor, words]);

  const insert = (file: MediaFile) => {
    const chain = editor!.chain().focus();
    if (file.kind === 'image') chain.setImage({ src: file.publicPath, alt: file.name.replace(/\.[^.]+$/, '') }).run();
    else chain.insertContent({ type: 'text', text: file.name, marks: [{ type: 'link', attrs: { href: file.publicPath } }] }).run();
  };

  if (!editor) return null;
  return (
    <div className={`article-editor${disabled ? ' article-editor--disabled' : ''}`}>
      <Toolbar
        editor={editor}
        disabled={disabled}
        onImage={() => setPicker('image')}
        onAttachment={() => setPicker('attachment')}
        onLink={() => setLinking(true)}
      />
      <EditorContent editor={editor} />
      <MediaPicker
        siteId={siteId}
        kind={picker ?? 'image'}
        title={PICKER_TITLES[picker ?? 'image']}
        open={picker !== null}
        onClose={() => setPicker(null)}
        onPick={insert}
      />
      <LinkDialog
        open={linking}
        initial={String(editor.getAttributes('link').href ?? '')}
        onClose={() => setLinking(false)}
        onSubmit={(href) => {
          const chain = editor.chain().focus();
          if (editor.state.selection.empty && !editor.isActive('link')) {
            chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
          } else chain.extendMarkRange('link').setLink({ href }).run();
        }}
      />
    </div>
  );
}
