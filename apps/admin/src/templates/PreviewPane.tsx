import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, AutoComplete, Flex, Select, Skeleton, Spin } from 'antd';
import { useState } from 'react';
import { useSites } from '../sites/queries';
import { HOME_PAGE } from './preview-pages';
import { PreviewFrame } from './PreviewFrame';
import { usePreviewPages } from './queries';

export interface PreviewTarget {
  siteId: number;
  path: string;
}

interface Props {
  /** Identifies the draft shown (the target is added): a new key renders again. */
  draftKey: readonly unknown[];
  render: (target: PreviewTarget) => Promise<string>;
  height?: number;
}

/**
 * A page of a chosen site rendered under a draft, in a sandboxed frame: the site and page
 * pickers above it, the API's refusal (e.g. a template error) as a message over the last good page.
 */
export function PreviewPane({ draftKey, render, height }: Props) {
  const { data: sites } = useSites();
  const [chosenSite, setChosenSite] = useState<number>();
  const [path, setPath] = useState(HOME_PAGE);
  const siteId = chosenSite ?? sites?.items[0]?.id;
  const { data, error, isFetching } = useQuery({
    queryKey: ['preview', ...draftKey, siteId, path],
    queryFn: () => render({ siteId: siteId!, path }),
    enabled: !!siteId,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <Select<number>
          aria-label="预览站点"
          style={{ width: 200 }}
          value={siteId}
          onChange={(id) => {
            setChosenSite(id);
            setPath(HOME_PAGE);
          }}
          showSearch={{ optionFilterProp: 'label' }}
          options={sites?.items.map((site) => ({ value: site.id, label: site.name }))}
        />
        <PagePicker siteId={siteId} path={path} onChange={setPath} />
      </Flex>
      {error && <Alert type="warning" showIcon title="无法预览" description={error.message} />}
      {data !== undefined ? (
        <Spin spinning={isFetching} description="正在生成预览…">
          <PreviewFrame html={data} title="页面预览" height={height} />
        </Spin>
      ) : (
        !error && <Skeleton.Node active style={{ width: '100%', height: height ?? 640 }} />
      )}
    </Flex>
  );
}

/** The page to preview: one of the site's pages, or any path typed (an article's, say). */
function PagePicker({ siteId, path, onChange }: { siteId?: number; path: string; onChange: (path: string) => void }) {
  const { data: pages } = usePreviewPages(siteId);
  const [typed, setTyped] = useState<string | null>(null);
  const label = pages?.find((page) => page.value === path)?.label;
  const commit = (value: string) => {
    setTyped(null);
    if (/^\/\S*$/.test(value)) onChange(value);
  };
  return (
    <AutoComplete
      aria-label="预览页面"
      style={{ flex: 1, minWidth: 200 }}
      value={typed ?? (label ? `${label}(${path})` : path)}
      options={pages?.map((page) => ({ value: page.value, label: `${page.label}(${page.value})` }))}
      onFocus={() => setTyped('')}
      onChange={setTyped}
      onSelect={commit}
      onBlur={() => (typed ? commit(typed) : setTyped(null))}
      onKeyDown={(event) => event.key === 'Enter' && typed && commit(typed)}
      placeholder="选择页面,或输入以 / 开头的页面路径"
      filterOption={(input, option) => !input || String(option?.label).includes(input)}
    />
  );
}
