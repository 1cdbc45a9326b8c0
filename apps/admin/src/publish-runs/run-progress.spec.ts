import { isActive, runPercent, runSummary } from './run-progress';

const run = (status: 'queued' | 'running' | 'done' | 'failed', total: number, done: number, failed = 0) => ({
  status,
  total,
  done,
  failed,
});

describe('run progress', () => {
  it('counts rendered and failed pages, and is 100 % only once the run is finished', () => {
    expect(runPercent(run('queued', 0, 0))).toBe(0);
    expect(runPercent(run('running', 200, 50, 10))).toBe(30);
    expect(runPercent(run('running', 200, 200))).toBe(99);
    expect(runPercent(run('done', 200, 200))).toBe(100);
    expect(runPercent(run('failed', 200, 150, 50))).toBe(100);
    expect(runPercent(run('done', 0, 0))).toBe(100);
  });

  it('says what happened in words', () => {
    expect(runSummary(run('queued', 0, 0))).toMatch(/排队中/);
    expect(runSummary(run('running', 300, 120, 2))).toBe('已生成 120 / 300 页,失败 2 页');
    expect(runSummary(run('done', 300, 300))).toBe('已生成 300 / 300 页');
  });

  it('knows which runs are still going', () => {
    expect([run('queued', 0, 0), run('running', 1, 0), run('done', 1, 1), run('failed', 1, 0, 1)].map(isActive)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
