import { importDocx, splitTitle, type DocxConverter } from './docx-import';

/** A stand-in for mammoth: returns the given HTML, passing each picture through the image converter. */
function fakeMammoth(html: string, pictures: string[]): () => Promise<DocxConverter> {
  return async () => {
    let convert: (image: { contentType: string; readAsArrayBuffer(): Promise<ArrayBuffer> }) => Promise<{ src: string }>;
    return {
      images: {
        imgElement(fn) {
          convert = fn;
          return 'converter';
        },
      },
      async convertToHtml(_input, options) {
        expect(options.convertImage).toBe('converter');
        let out = html;
        for (const [index, type] of pictures.entries()) {
          const { src } = await convert({ contentType: type, readAsArrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer });
          out = out.replace(`{img${index}}`, `<img src="${src}" alt="">`);
        }
        return { value: out, messages: [{ message: 'Unrecognised paragraph style: 正文首行缩进' }] };
      },
    };
  };
}

const docx = (name: string) => {
  const file = new File(['PK'], name);
  // jsdom's File has no arrayBuffer().
  Object.defineProperty(file, 'arrayBuffer', { value: async () => new ArrayBuffer(2) });
  return file;
};

describe('splitTitle', () => {
  it('takes a leading heading or bold line as the title', () => {
    expect(splitTitle('<h1>关于开展安全检查的通知</h1><p>正文</p>', 'a.docx')).toEqual({
      title: '关于开展安全检查的通知',
      body: '<p>正文</p>',
    });
    expect(splitTitle('<p><strong>会议纪要</strong></p><p>正文</p>', 'a.docx')).toEqual({ title: '会议纪要', body: '<p>正文</p>' });
  });

  it('falls back to the file name and keeps the body whole', () => {
    expect(splitTitle('<p>第一段<strong>重点</strong></p>', '2027年工作要点.DOCX')).toEqual({
      title: '2027年工作要点',
      body: '<p>第一段<strong>重点</strong></p>',
    });
  });
});

describe('importDocx', () => {
  it('uploads each picture and links it by the URL the media library returns', async () => {
    const uploaded: File[] = [];
    const upload = jest.fn(async (picture: File) => {
      uploaded.push(picture);
      return { publicPath: `/uploads/202701/${uploaded.length}.png` };
    });
    const result = await importDocx(
      docx('通知.docx'),
      upload,
      fakeMammoth('<h1>标题</h1><p>{img0}</p><table><tr><td><p>表格</p></td></tr></table><p>{img1}</p>', ['image/png', 'image/jpeg']),
    );
    expect(result).toEqual({
      title: '标题',
      body: '<p><img src="/uploads/202701/1.png" alt=""></p><table><tbody><tr><td><p>表格</p></td></tr></tbody></table><p><img src="/uploads/202701/2.png" alt=""></p>',
      pictures: 2,
      warnings: ['Unrecognised paragraph style: 正文首行缩进'],
    });
    expect(uploaded.map((file) => [file.name, file.type])).toEqual([
      ['通知-图1.png', 'image/png'],
      ['通知-图2.jpg', 'image/jpeg'],
    ]);
  });

  it('fails when a picture cannot be uploaded, so nothing half-imported is shown', async () => {
    const upload = jest.fn().mockRejectedValue(new Error('存储空间不足'));
    await expect(importDocx(docx('a.docx'), upload, fakeMammoth('<p>{img0}</p>', ['image/png']))).rejects.toThrow('存储空间不足');
  });
});
