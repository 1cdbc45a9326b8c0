import { previewPages } from './preview-pages';

describe('previewPages', () => {
  it('offers home, every column but links by its path, then the pages rendered per request', () => {
    const pages = previewPages([
      {
        name: '政务动态',
        path: 'zwdt',
        kind: 'list',
        children: [
          { name: '工作动态', path: 'zwdt/gzdt', kind: 'list', children: [] },
          { name: '外链', path: 'zwdt/wl', kind: 'link', children: [] },
        ],
      },
      { name: '概况', path: 'gk', kind: 'page', children: [] },
    ]);
    expect(pages.slice(0, 4)).toEqual([
      { value: '/index.html', label: '首页' },
      { value: '/zwdt/index.html', label: '政务动态' },
      { value: '/zwdt/gzdt/index.html', label: '政务动态 › 工作动态' },
      { value: '/gk/index.html', label: '概况' },
    ]);
    expect(pages.map((page) => page.value)).toContain('/search');
    expect(pages.map((page) => page.value)).not.toContain('/zwdt/wl/index.html');
  });
});
