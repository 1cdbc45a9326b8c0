import { App, type FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { uploadMedia } from '../../media/upload';
import { importDocx } from '../editor/docx-import';
import { rememberUpload } from '../media/private-media';
import type { ArticleFormValues } from './form-values';

/**
 * 导入 Word 文档 into a new article: the title and body from the .docx, its pictures uploaded to
 * the media library. A file chosen on the list page arrives in the navigation state.
 */
export function useDocxImport(
  siteId: number,
  form: FormInstance<ArticleFormValues>,
  changed: (values: ArticleFormValues) => void,
  enabled: boolean,
) {
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const [importing, setImporting] = useState(false);

  const importFile = useCallback(
    async (file: File) => {
      setImporting(true);
      try {
        const result = await importDocx(file, async (picture) => {
          const uploaded = await uploadMedia(siteId, picture);
          rememberUpload(siteId, uploaded.publicPath, picture);
          return uploaded;
        });
        const title = form.getFieldValue('title') as string;
        form.setFieldsValue({ title: title.trim() ? title : result.title, body: result.body });
        changed(form.getFieldsValue(true));
        void message.success(`已导入「${file.name}」${result.pictures ? `,上传图片 ${result.pictures} 张` : ''},请检查后保存`);
      } catch (error) {
        void message.error(`导入失败:${(error as Error).message || '无法读取该文件,请确认是 .docx 格式'}`);
      } finally {
        setImporting(false);
      }
    },
    [siteId, form, changed, message],
  );

  const started = useRef(false);
  const passed = (location.state as { docx?: File } | null)?.docx;
  useEffect(() => {
    if (!enabled || !passed || started.current) return;
    started.current = true;
    // Taken out of the history entry, so a reload does not import it twice.
    navigate(location.pathname, { replace: true, state: null });
    void importFile(passed);
  }, [enabled, passed, importFile, navigate, location.pathname]);

  return { importing, importFile };
}
