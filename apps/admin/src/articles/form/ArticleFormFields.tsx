import { Card, Checkbox, Col, DatePicker, Form, Input, Row, TreeSelect, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { columnOptions, columnsById, isDisclosureColumn } from '../columns';
import { RichTextEditor } from '../editor/RichTextEditor';
import { FIELD_LABELS } from '../labels';
import type { ColumnNode, WordHit } from '../queries';
import { AttachmentsField } from './AttachmentsField';
import { CoverField } from './CoverField';
import { DisclosureFields } from './DisclosureFields';

interface ArticleFormFieldsProps {
  siteId: number;
  columns: readonly ColumnNode[];
  hits: readonly WordHit[];
  disabled: boolean;
}

/** A DatePicker with time over an ISO string value. */
const isoTime = {
  getValueProps: (value?: string | null) => ({ value: value ? dayjs(value) : null }),
  normalize: (value?: Dayjs | null) => (value ? value.second(0).millisecond(0).toISOString() : null),
};

/** The words the screening found in one text field, under the field. */
function hitsIn(hits: readonly WordHit[], field: string) {
  const found = hits.filter((hit) => hit.field === field);
  if (!found.length) return undefined;
  const blocked = found.some((hit) => hit.level === 'block');
  return (
    <Typography.Text type={blocked ? 'danger' : 'warning'}>
      {FIELD_LABELS[field]}含有{blocked ? '禁用词' : '提示词'}:{found.map((hit) => `「${hit.word}」`).join('')}
    </Typography.Text>
  );
}

export function ArticleFormFields({ siteId, columns, hits, disabled }: ArticleFormFieldsProps) {
  const columnId = Form.useWatch('columnId') as number | undefined;
  const byId = useMemo(() => columnsById(columns), [columns]);
  const words = useMemo(() => hits.filter((hit) => hit.field === 'body'), [hits]);
  return (
    <Row gutter={20} wrap={false}>
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Form.Item
          name="title"
          label="标题"
          rules={[{ required: true, whitespace: true, message: '请输入标题' }]}
          extra={hitsIn(hits, 'title')}
        >
          <Input maxLength={200} showCount size="large" disabled={disabled} />
        </Form.Item>
        <Form.Item name="subtitle" label="副标题" extra={hitsIn(hits, 'subtitle')}>
          <Input maxLength={200} disabled={disabled} />
        </Form.Item>
        <Form.Item name="body" label="正文">
          <RichTextEditor siteId={siteId} words={words} disabled={disabled} />
        </Form.Item>
        <Form.Item name="summary" label="摘要" extra={hitsIn(hits, 'summary')}>
          <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 2, maxRows: 6 }} disabled={disabled} />
        </Form.Item>
      </Col>
      <Col flex="320px">
        <Card size="small" title="发布设置" style={{ marginBottom: 12 }}>
          <Form.Item name="columnId" label="栏目" rules={[{ required: true, message: '请选择栏目' }]}>
            <TreeSelect
              treeData={columnOptions(columns, true)}
              treeDefaultExpandAll
              showSearch={{ treeNodeFilterProp: 'title' }}
              placeholder="选择栏目"
              disabled={disabled}
            />
          </Form.Item>
          <Form.Item name="headline" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox disabled={disabled}>头条</Checkbox>
          </Form.Item>
          <Form.Item name="pictureNews" valuePropName="checked" extra="图片新闻需要封面图片">
            <Checkbox disabled={disabled}>图片新闻</Checkbox>
          </Form.Item>
          <Form.Item name="publishAt" label="定时发布" extra="留空则审核通过后立即发布" {...isoTime}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} disabled={disabled} />
          </Form.Item>
          <Form.Item name="expireAt" label="到期下线" {...isoTime}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} disabled={disabled} />
          </Form.Item>
        </Card>
        <Card size="small" title="封面与附件" style={{ marginBottom: 12 }}>
          <Form.Item name="coverImageId" label="封面图片">
            <CoverField siteId={siteId} disabled={disabled} />
          </Form.Item>
          <Form.Item name="attachmentIds" label="附件" extra={hitsIn(hits, 'attachments')}>
            <AttachmentsField siteId={siteId} disabled={disabled} />
          </Form.Item>
        </Card>
        <Card size="small" title="来源信息" style={{ marginBottom: 12 }}>
          <Form.Item name="source" label="来源" extra="留空时为本单位名称">
            <Input maxLength={100} disabled={disabled} />
          </Form.Item>
          <Form.Item name="author" label="作者">
            <Input maxLength={100} disabled={disabled} />
          </Form.Item>
          <Form.Item name="keywords" label="关键词" extra="多个关键词用逗号分隔">
            <Input maxLength={200} disabled={disabled} />
          </Form.Item>
        </Card>
        {isDisclosureColumn(columnId === undefined ? undefined : byId.get(columnId)) && (
          <Card size="small" title="信息公开">
            <DisclosureFields disabled={disabled} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
