import { changesOf, emptyValues, valuesOf, type Article, type Revision } from './form-values';

const saved = { ...emptyValues(3), title: '标题', body: '<p>正文</p>' };

describe('changesOf', () => {
  it('sends only the fields changed since the last save', () => {
    expect(changesOf({ ...saved, body: '<p>新正文</p>', headline: true }, saved, false)).toEqual({ body: '<p>新正文</p>', headline: true });
    expect(changesOf({ ...saved }, saved, false)).toEqual({});
  });

  it('sends a live article’s edit whole, or nothing when unchanged', () => {
    const edited = { ...saved, summary: '摘要' };
    expect(changesOf(edited, saved, true)).toEqual(edited);
    expect(changesOf(saved, saved, true)).toEqual({});
  });
});

describe('valuesOf', () => {
  it('shows a live article’s pending edit over its other fields', () => {
    const article = { ...saved, id: 1, status: 'published', pendingRevision: 2, headline: true, publishAt: null } as unknown as Article;
    const pending = {
      number: 2,
      columnId: 3,
      title: '改后的标题',
      subtitle: '',
      summary: '',
      body: '<p>正文</p>',
      source: '',
      author: '',
      keywords: '',
      coverImageId: null,
      attachmentIds: [4],
    } as unknown as Revision;
    expect(valuesOf(article, pending)).toMatchObject({ title: '改后的标题', attachmentIds: [4], headline: true, body: '<p>正文</p>' });
    expect(valuesOf(article)).toMatchObject({ title: '标题', attachmentIds: [] });
  });
});
