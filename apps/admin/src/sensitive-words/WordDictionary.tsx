import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Popconfirm, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import type { components } from '../api/schema';
import { ErrorResult } from '../ui/ErrorResult';
import { formatTime } from '../ui/format';
import { AddWordForm } from './AddWordForm';
import { ImportWordsModal } from './ImportWordsModal';
import { LEVEL_OPTIONS, levelOf, type WordLevel } from './levels';
import { useRemoveWord, useWords, type Dictionary, type WordFilter } from './queries';

type Word = components['schemas']['SensitiveWordResponse'];

/** One dictionary (the platform's or a site's): add, import, search, filter by level, delete. */
export function WordDictionary({ dictionary }: { dictionary: Dictionary }) {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<WordFilter>({ page: 1, pageSize: 50 });
  const [importing, setImporting] = useState(false);
  const words = useWords(dictionary, filter);
  const remove = useRemoveWord(dictionary);

  async function removeWord(word: Word) {
    try {
      await remove.mutateAsync(word.id);
      message.success(`已删除敏感词「${word.word}」`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '删除失败');
    }
  }

  return (
    <Flex vertical gap={16}>
      <Card
        size="small"
        title="添加敏感词"
        extra={
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            导入词表
          </Button>
        }
      >
        <AddWordForm dictionary={dictionary} />
      </Card>
      <Flex gap={12} wrap>
        <Input.Search
          aria-label="搜索敏感词"
          placeholder="搜索敏感词"
          allowClear
          style={{ width: 260 }}
          onSearch={(q) => setFilter({ ...filter, q: q.trim() || undefined, page: 1 })}
        />
        <Select<WordLevel | ''>
          aria-label="按级别筛选"
          style={{ width: 140 }}
          value={filter.level ?? ''}
          onChange={(level) => setFilter({ ...filter, level: level || undefined, page: 1 })}
          options={[{ value: '', label: '全部级别' }, ...LEVEL_OPTIONS]}
        />
      </Flex>
      {words.error ? (
        <ErrorResult error={words.error} onRetry={() => void words.refetch()} />
      ) : (
        <Table<Word>
          rowKey="id"
          size="middle"
          loading={words.isFetching}
          dataSource={words.data?.items}
          locale={{ emptyText: filter.q || filter.level ? '没有符合条件的敏感词' : '词库中还没有词' }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: words.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [50, 100, 200],
            showTotal: (total) => `共 ${total} 个词`,
            onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }),
          }}
          columns={[
            { title: '敏感词', dataIndex: 'word' },
            {
              title: '级别',
              dataIndex: 'level',
              width: 120,
              render: (level: WordLevel) => <Tag color={levelOf(level).color}>{levelOf(level).label}</Tag>,
            },
            { title: '添加时间', dataIndex: 'createdAt', width: 180, render: formatTime },
            {
              title: '操作',
              key: 'actions',
              width: 100,
              render: (_, word) => (
                <Popconfirm
                  title={`删除敏感词「${word.word}」?`}
                  okText="删除"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => removeWord(word)}
                >
                  <Button type="link" danger size="small">
                    删除
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
      <ImportWordsModal dictionary={dictionary} open={importing} onClose={() => setImporting(false)} />
    </Flex>
  );
}
