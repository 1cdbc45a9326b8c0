import Image, { type ImageOptions } from '@tiptap/extension-image';
import { displayUrl } from '../media/private-media';

/**
 * The body's images keep their site URL (`/uploads/…`) in the document; the editor shows the
 * private original through the API until the article is live.
 */
export const MediaImage = Image.extend<ImageOptions & { siteId: number }>({
  addOptions() {
    return { ...this.parent!(), siteId: 0 };
  },
  addNodeView() {
    const { siteId } = this.options;
    return ({ node }) => {
      const dom = document.createElement('img');
      const show = (attrs: Record<string, unknown>) => {
        dom.alt = String(attrs.alt ?? '');
        if (attrs.title) dom.title = String(attrs.title);
        const src = String(attrs.src ?? '');
        dom.dataset.src = src;
        void displayUrl(siteId, src).then(
          (url) => dom.dataset.src === src && (dom.src = url),
          () => dom.dataset.src === src && (dom.alt = `${dom.alt}(图片无法显示)`),
        );
      };
      show(node.attrs);
      return {
        dom,
        update(updated) {
          if (updated.type !== node.type) return false;
          if (updated.attrs.src !== dom.dataset.src || updated.attrs.alt !== dom.alt) show(updated.attrs);
          return true;
        },
      };
    };
  },
});
