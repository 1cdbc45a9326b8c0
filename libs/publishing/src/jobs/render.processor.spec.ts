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

describe('RenderProcessor rebuild chunks', () => {
  it('renders again, by page jobs, the pages asked for while the chunk rendered from older data', async () => {
    const add = jest.fn().mockResolvedValue(undefined);
    const freshness = {
      changedSinceAny: jest.fn().mockResolvedValue(['article:42']),
      mark: jest.fn().mockResolvedValue(undefined),
    };
    const pages = { render: jest.fn().mockResolvedValue({ done: 3, failed: 0 }) };
    const rebuilds = { recordChunk: jest.fn().mockResolvedValue(undefined) };
    const instance = new RenderProcessor(
      pages as never,
      rebuilds as never,
      null as never,
      null as never,
      null as never,
      freshness as never,
      { queue: () => ({ add }) } as never,
    );
    const chunk = {
      name: RenderJob.RebuildChunk,
      data: { runId: 'r1', siteId: 7, chunkNo: 0, pageKeys: ['home', 'article:42'], stale: ['article:9'] },
      attemptsMade: 0,
      opts: { attempts: 3 },
    } as unknown as Job;
    await instance.process(chunk);
    expect(freshness.changedSinceAny).toHaveBeenCalledWith(7, ['home', 'article:42', 'article:9'], expect.any(Number));
    expect(freshness.mark).toHaveBeenCalledWith(7, ['article:42']);
    expect(add).toHaveBeenCalledTimes(1);
    expect(add).toHaveBeenCalledWith(RenderJob.Page, { siteId: 7, pageKey: 'article:42' }, { jobId: expect.stringContaining('article') });
    expect(rebuilds.recordChunk).toHaveBeenCalledWith('r1', 0, 3, 0);
  });
});
