import { Alert, Drawer, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { ArticleFormValues } from '../form/form-values';
import { articleApi } from '../queries';

interface PreviewDrawerProps {
  siteId: number;
  articleId: number | null;
  /** The values to show; null while closed. */
  values: ArticleFormValues | null;
  onClose(): void;
}

/**
 * The article page exactly as the site will render it (its templates and standards, rendered by
 * the API with the unsaved values), in a fully sandboxed frame: nothing in it runs or reaches
 * the console.
 */
export function PreviewDrawer({ siteId, articleId, values, onClose }: PreviewDrawerProps) {
  const [page, setPage] = useState<{ html?: string; error?: string }>({});
  useEffect(() => {
    if (!values) return;
    let current = true;
    setPage({});
    articleApi.preview(siteId, articleId, values).then(
      (html) => current && setPage({ html }),
      (error: Error) => current && setPage({ error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [siteId, articleId, values]);
  return (
    <Drawer title="预览(与网站上显示的一致)" open={values !== null} onClose={onClose} size="min(1280px, 92vw)" destroyOnHidden>
      {page.error && <Alert type="error" showIcon title="预览失败" description={page.error} />}
      {!page.html && !page.error && <Spin style={{ display: 'block', margin: '80px auto' }} />}
      {page.html && (
        <iframe
          title="文章预览"
          sandbox=""
          srcDoc={page.html}
          style={{ width: '100%', height: 'calc(100vh - 140px)', border: '1px solid #f0f0f0' }}
        />
      )}
    </Drawer>
  );
}
