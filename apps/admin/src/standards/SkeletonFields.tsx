import { Form, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { SITE_KINDS, type SiteKind } from './profile';
import { SkeletonEditor } from './SkeletonEditor';

/** 统一栏目: the standard columns of each kind of site. */
export function SkeletonFields() {
  const [kind, setKind] = useState<SiteKind>('portal');
  return (
    <>
      <Typography.Paragraph type="secondary">
        新建站点按其类型创建这些栏目;保存后,现有站点会补上缺少的栏目(必建、不可删除),已有栏目不会被删除或移动。
      </Typography.Paragraph>
      <Segmented<SiteKind>
        aria-label="站点类型"
        value={kind}
        onChange={setKind}
        options={SITE_KINDS.map((option) => ({ value: option.value, label: `${option.label}站点` }))}
        style={{ marginBottom: 12 }}
      />
      {SITE_KINDS.map((option) => (
        <Form.Item key={option.value} name={['skeleton', option.value]} hidden={option.value !== kind}>
          <SkeletonEditor />
        </Form.Item>
      ))}
    </>
  );
}
