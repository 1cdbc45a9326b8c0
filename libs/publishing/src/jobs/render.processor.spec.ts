import { RenderJob, type RenderQueueJob } from './queues';
import { RenderProcessor } from './render.processor';

function renderQueue() {
  return {
    again: jest.fn().mockResolvedValue(undefined),
    overtaken: jest.fn().mockResolvedValue(undefined),
    pages: jest.fn().mockResolvedValue(undefined),
  };
}

describe('RenderProcessor.afterCompleted', () => {
  function processor(changed: boolean) {
    const queue = renderQueue();
    const freshness = {
      changedSince: jest.fn().mockResolvedValue(changed),
      changedSinceAny: jest.fn(async (_site: number, keys: string[]) => (changed ? keys : [])),
    };
    const instance = new RenderProcessor(
      null as never,
      null as never,
      null as never,
      freshness as never,
      queue as never,
      null as never,
      null as never,
    );
    return { instance, queue, freshness };
  }
  const job = (name: RenderJob) => ({ name, data: { siteId: 7, pageKey: 'article:42' } }) as unknown as RenderQueueJob;

  it('queues the page again when a render was asked for after its last pass started', async () => {
    const { instance, queue, freshness } = processor(true);
    await instance.afterCompleted(job(RenderJob.Page), { lastRenderStarted: 1000 });
    expect(freshness.changedSince).toHaveBeenCalledWith(7, 'article:42', 1000);
    expect(queue.again).toHaveBeenCalledWith(7, 'article:42');
  });

  it('queues the pages of a change batch asked for after the batch started again, as one batch', async () => {
    const { instance, queue } = processor(true);
    const batch = { name: RenderJob.Pages, data: { siteId: 7, pageKeys: ['home', 'list:3:1'] } } as unknown as RenderQueueJob;
    await instance.afterCompleted(batch, { lastRenderStarted: 1000 });
    expect(queue.pages).toHaveBeenCalledWith(7, ['home', 'list:3:1']);
    expect(queue.again).not.toHaveBeenCalled();
  });

  it('does nothing when the page is fresh, or for other jobs', async () => {
    const fresh = processor(false);
    await fresh.instance.afterCompleted(job(RenderJob.Page), { lastRenderStarted: 1000 });
    expect(fresh.queue.again).not.toHaveBeenCalled();
    const other = processor(true);
    await other.instance.afterCompleted(job(RenderJob.WriteHosts), undefined);
    expect(other.queue.again).not.toHaveBeenCalled();
  });
});

describe('RenderProcessor change batches', () => {
  const batch = { name: RenderJob.Pages, data: { siteId: 7, pageKeys: ['home', 'list:3:1'] } } as unknown as RenderQueueJob;
  /** A processor whose page renderer reports `tally` for every batch. */
  function batchProcessor(tally: { done: number; failed: number }) {
    const pages = { renderBatch: jest.fn().mockResolvedValue({ ...tally, readAt: 1000 }) };
    const instance = new RenderProcessor(
      pages as never,
      null as never,
      null as never,
      null as never,
      renderQueue() as never,
      null as never,
      null as never,
    );
    return { instance, pages };
  }

  it('renders the batch from one read of the site, and answers when that read began', async () => {
    const { instance, pages } = batchProcessor({ done: 2, failed: 0 });
    await expect(instance.process(batch)).resolves.toEqual({ lastRenderStarted: 1000 });
    expect(pages.renderBatch).toHaveBeenCalledWith(7, ['home', 'list:3:1']);
  });

  it('fails the job (BullMQ retries it) when a page of the batch failed', async () => {
    const { instance } = batchProcessor({ done: 1, failed: 1 });
    await expect(instance.process(batch)).rejects.toThrow('Rendering 1 of 2 pages of site 7 failed');
  });
});

describe('RenderProcessor rebuild chunks', () => {
  it('renders again, by page jobs, the pages asked for since the site was read, and reads it anew for later chunks', async () => {
    const queue = renderQueue();
    const freshness = { changedSinceAny: jest.fn().mockResolvedValue(['article:42']) };
    const pages = { renderChunk: jest.fn().mockResolvedValue({ done: 3, failed: 0, readAt: 1000 }) };
    const reads = { forget: jest.fn() };
    let tally: unknown;
    const rebuilds = { chunk: jest.fn(async (_payload: unknown, render: () => Promise<unknown>) => void (tally = await render())) };
    const instance = new RenderProcessor(
      pages as never,
      rebuilds as never,
      null as never,
      freshness as never,
      queue as never,
      null as never,
      reads as never,
    );
    const chunk = {
      name: RenderJob.RebuildChunk,
      data: { runId: 'r1', siteId: 7, chunkNo: 0, pageKeys: ['home', 'article:42'], stale: ['article:9'] },
      attemptsMade: 0,
      opts: { attempts: 3 },
    } as unknown as RenderQueueJob;
    await instance.process(chunk);
    expect(freshness.changedSinceAny).toHaveBeenCalledWith(7, ['home', 'article:42', 'article:9'], 1000);
    expect(queue.overtaken).toHaveBeenCalledWith(7, ['article:42']);
    expect(reads.forget).toHaveBeenCalledWith('r1', 7);
    expect(tally).toEqual({ done: 3, failed: 0, readAt: 1000 });
  });
});
