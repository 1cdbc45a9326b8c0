import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ChainEditor } from './ChainEditor';
import type { ReviewRole } from './steps';

function Harness({ initial }: { initial: ReviewRole[] }) {
  const [steps, setSteps] = useState(initial);
  return (
    <>
      <ChainEditor label="测试流程" value={steps} onChange={setSteps} />
      <output aria-label="结果">{steps.join(',')}</output>
    </>
  );
}

describe('editing a review chain', () => {
  it('moves and removes steps with buttons, by keyboard as well as by mouse', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['leader', 'portal_reviewer', 'security_reviewer']} />);
    expect(screen.getByRole('button', { name: '上移 本单位领导审核' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '上移 保密审查' }));
    expect(screen.getByLabelText('结果')).toHaveTextContent('leader,security_reviewer,portal_reviewer');
    screen.getByRole('button', { name: '移除 本单位领导审核' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('结果')).toHaveTextContent('security_reviewer,portal_reviewer');
    expect(screen.getByText('第 1 级:保密审查')).toBeInTheDocument();
  });

  it('says a chain without steps publishes on submit', () => {
    render(<Harness initial={[]} />);
    expect(screen.getByText('没有审核步骤:稿件提交后直接发布')).toBeInTheDocument();
  });
});
