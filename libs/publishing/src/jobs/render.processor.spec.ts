import type { Job } from 'bullmq';
import { RenderJob } from './queues';
import { RenderProcessor } from './render.processor';

describe('RenderProcessor.afterCompleted', () => {
  function processor(changed: boolean) {
    const add = jest.fn().mockResolvedValue(undefined);
    const freshness = { changedSince: jest.fn().mockResolvedValue(changed) };
    const queues = { queue: () => ({ add }) };
    const instance = new RenderProcessor(
      null as never,
      null as never,
      null as never,
      null as never,
      null as never,
      freshness as never,
      queues as never,
    );
    return { instance, add, freshness };
  }
  const job = (name: string) => ({ name, data: { siteId: 7, pageKey: 'article:42' } }) as Job;

  it('queues the page again when a render was asked for after its last pass started', async () => {
    const { instance, add, freshness } = processor(true);
    await instance.afterCompleted(job(RenderJob.Page), { lastRenderStarted: 1000 });
    expect(freshness.changedSince).toHaveBeenCalledWith(7, 'article:42', 1000);
    expect(add).toHaveBeenCalledWith(RenderJob.Page, { siteId: 7, pageKey: 'article:42' }, { jobId: expect.stringContaining('article') });
  });

  it('does nothing when the page is fresh, or for other jobs', async () => {
    const fresh = processor(false);
    await fresh.instance.afterCompleted(job(RenderJob.Page), { lastRenderStarted: 1000 });
    expect(fresh.add).not.toHaveBeenCalled();
    const other = processor(true);
    await other.instance.afterCompleted(job(RenderJob.WriteHosts), undefined);
    expect(other.add).not.toHaveBeenCalled();
  });
});
