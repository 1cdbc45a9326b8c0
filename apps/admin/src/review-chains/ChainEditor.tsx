import { ArrowDownOutlined, ArrowUpOutlined, CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { REVIEW_ROLES, STEP_NAMES, type ReviewRole } from './steps';

/** At most this many steps (the API's limit). */
const MAX_STEPS = 5;

function moved(steps: ReviewRole[], index: number, by: -1 | 1): ReviewRole[] {
  const next = [...steps];
  [next[index], next[index + by]] = [next[index + by], next[index]];
  return next;
}

/** Edits an ordered chain: add a step, move steps up or down, remove them; [] publishes on submit. */
export function ChainEditor({ value, onChange, label }: { value: ReviewRole[]; onChange: (steps: ReviewRole[]) => void; label: string }) {
  const [adding, setAdding] = useState<ReviewRole | undefined>();
  const available = REVIEW_ROLES.filter((role) => !value.includes(role));

  return (
    <Flex vertical gap={8} role="group" aria-label={label}>
      {value.length ? (
        <ol style={{ margin: 0, padding: 0, listStyle: 'none', border: '1px solid #f0f0f0', borderRadius: 4 }}>
          {value.map((step, index) => (
            <li key={step} style={{ padding: '4px 12px', borderTop: index ? '1px solid #f0f0f0' : undefined }}>
              <Flex justify="space-between" align="center">
                <Typography.Text>
                  第 {index + 1} 级:{STEP_NAMES[step]}
                </Typography.Text>
                <Space size={0}>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowUpOutlined />}
                    disabled={index === 0}
                    aria-label={`上移 ${STEP_NAMES[step]}`}
                    onClick={() => onChange(moved(value, index, -1))}
                  />
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined />}
                    disabled={index === value.length - 1}
                    aria-label={`下移 ${STEP_NAMES[step]}`}
                    onClick={() => onChange(moved(value, index, 1))}
                  />
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<CloseOutlined />}
                    aria-label={`移除 ${STEP_NAMES[step]}`}
                    onClick={() => onChange(value.filter((_, i) => i !== index))}
                  />
                </Space>
              </Flex>
            </li>
          ))}
        </ol>
      ) : (
        <Alert type="warning" showIcon title="没有审核步骤:稿件提交后直接发布" />
      )}
      {value.length < MAX_STEPS && available.length > 0 && (
        <Space.Compact>
          <Select<ReviewRole>
            aria-label={`${label}:添加审核步骤`}
            placeholder="选择要添加的审核步骤"
            style={{ width: 220 }}
            value={adding}
            onChange={setAdding}
            options={available.map((role) => ({ value: role, label: STEP_NAMES[role] }))}
          />
          <Button
            icon={<PlusOutlined />}
            disabled={!adding}
            onClick={() => {
              if (adding) onChange([...value, adding]);
              setAdding(undefined);
            }}
          >
            添加步骤
          </Button>
        </Space.Compact>
      )}
    </Flex>
  );
}
