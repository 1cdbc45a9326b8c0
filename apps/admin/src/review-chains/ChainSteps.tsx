import { ArrowRightOutlined } from '@ant-design/icons';
import { Space, Tag } from 'antd';
import { STEP_NAMES, type ReviewRole } from './steps';

/** A chain read-only: its steps as tags in order, or 无需审核. */
export function ChainSteps({ steps }: { steps: readonly ReviewRole[] }) {
  if (!steps.length) return <Tag color="magenta">无需审核,提交即发布</Tag>;
  return (
    <Space size={4} wrap>
      {steps.map((step, index) => (
        <Space key={`${step}-${index}`} size={4}>
          {index > 0 && <ArrowRightOutlined aria-hidden style={{ color: '#999', fontSize: 11 }} />}
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {STEP_NAMES[step]}
          </Tag>
        </Space>
      ))}
    </Space>
  );
}
