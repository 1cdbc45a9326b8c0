import { cleanPastedHtml } from './paste-cleaning';

/** The part of mammoth's API the import uses (the real one is loaded on first use: it is large). */
export interface DocxConverter {
  convertToHtml(
    input: { arrayBuffer: ArrayBuffer },
    options: { convertImage: unknown },
  ): Promise<{ value: string; messages: { message: string }[] }>;
  images: {
    imgElement(convert: (image: { contentType: string; readAsArrayBuffer(): Promise<ArrayBuffer> }) => Promise<{ src: string }>): unknown;
  };
}

export interface ImportedDocx {
  title: string;
  body: string;
  /** Pictures uploaded to the media library. */
  pictures: number;
  warnings: string[];
}

const loadMammoth = async (): Promise<DocxConverter> => (await import('mammoth/mammoth.browser.min.js')).default as DocxConverter;

/**
 * The document's title: a leading heading, or a leading short paragraph in bold (how most
 * notices are typed); else the file's name. The rest is the body.
 */
export function splitTitle(html: string, fileName: string): { title: string; body: string } {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const first = document.body.firstElementChild;
  const text = first?.textContent?.trim() ?? '';
  const heading = first && /^H[1-3]$/.test(first.tagName);
  const bold = first?.tagName === 'P' && first.children.length === 1 && first.firstElementChild?.tagName === 'STRONG';
  const boldLine = bold && first.firstElementChild!.textContent?.trim() === text && text.length <= 100;
  if (first && text && (heading || boldLine)) {
    first.remove();
    return { title: text.slice(0, 200), body: document.body.innerHTML };
  }
  return { title: fileName.replace(/\.docx$/i, '').slice(0, 200), body: html };
}

/**
 * A .docx as an article: the text as the editor's HTML (cleaned to the sanitizer's allow-list),
 * each picture uploaded to the site's media library and referenced by its `/uploads/…` URL.
 */
export async function importDocx(
  file: File,
  upload: (picture: File) => Promise<{ publicPath: string }>,
  converter: () => Promise<DocxConverter> = loadMammoth,
): Promise<ImportedDocx> {
  const mammoth = await converter();
  let pictures = 0;
  const convertImage = mammoth.images.imgElement(async (image) => {
    const ext = image.contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png';
    const picture = new File([await image.readAsArrayBuffer()], `${file.name.replace(/\.docx$/i, '')}-图${++pictures}.${ext}`, {
      type: image.contentType,
    });
    return { src: (await upload(picture)).publicPath };
  });
  const result = await mammoth.convertToHtml({ arrayBuffer: await file.arrayBuffer() }, { convertImage });
  const { title, body } = splitTitle(result.value, file.name);
  return { title, body: cleanPastedHtml(body), pictures, warnings: result.messages.map((message) => message.message) };
}
