import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { App, Form } from 'antd';
import type { ColumnNode } from '../queries';
import { ArticleFormFields } from './ArticleFormFields';
import { emptyValues } from './form-values';

const column = (id: number, name: string, path: string, children: ColumnNode[] = []) =>
  ({ id, name, path, kind: 'list', children }) as unknown as ColumnNode;
const COLUMNS = [
  column(1, '政务动态', 'zwdt', [column(2, '工作动态', 'zwdt/gzdt')]),
  column(3, '信息公开', 'xxgk', [column(4, '政策文件', 'xxgk/zcwj')]),
];

function renderFields(columnId: number, hits = [] as Parameters<typeof ArticleFormFields>[0]['hits']) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <Form initialValues={{ ...emptyValues(columnId), title: '关于赌博的通告' }}>
          <ArticleFormFields siteId={7} columns={COLUMNS} hits={hits} disabled={false} />
        </Form>
      </App>
    </QueryClientProvider>,
  );
}

describe('ArticleFormFields', () => {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(console, 'error');
  });
  afterEach(() => {
    // antd reports deprecated or wrong props as console errors in development; the auto-sized
    // text area's NaN height is jsdom's (it has no layout).
    expect(errors.mock.calls.filter(([text]) => !String(text).includes('is an invalid value for the'))).toEqual([]);
    errors.mockRestore();
  });

  it('labels every field and shows the disclosure fields only in 信息公开 columns', () => {
    renderFields(2);
    for (const label of ['标题', '副标题', '摘要', '栏目', '来源', '作者', '关键词', '定时发布', '到期下线']) {
      expect(screen.getByLabelText(label, { exact: true })).toBeInTheDocument();
    }
    expect(screen.getByRole('textbox', { name: '正文' })).toBeInTheDocument();
    expect(screen.getByRole('toolbar', { name: '正文格式' })).toBeInTheDocument();
    expect(screen.queryByText('信息公开')).toBeNull();
    expect(screen.queryByLabelText('文号')).toBeNull();
  });

  it('asks for 发布机构, 成文日期, 文号, 主题分类 and 有效性 in a 信息公开 column', () => {
    renderFields(4);
    for (const label of ['发布机构', '成文日期', '文号', '主题分类', '有效性']) expect(screen.getByLabelText(label)).toBeInTheDocument();
  });

  it('names the sensitive words found in a field under it', () => {
    renderFields(2, [
      { word: '赌博', level: 'block', field: 'title', count: 1 },
      { word: '博彩', level: 'warn', field: 'summary', count: 2 },
    ]);
    expect(screen.getByText('标题含有禁用词:「赌博」')).toBeInTheDocument();
    expect(screen.getByText('摘要含有提示词:「博彩」')).toBeInTheDocument();
  });
});
