import { QueueName, RenderJob } from './queues';
import { RenderQueue } from './render-queue';

function fakeQueues() {
  const queues = new Map<string, { add: jest.Mock; addBulk: jest.Mock }>();
  const registry = {
    queue: (name: string) => {
      if (!queues.has(name))
        queues.set(name, { add: jest.fn().mockResolvedValue(undefined), addBulk: jest.fn().mockResolvedValue(undefined) });
      return queues.get(name)!;
    },
  };
  const freshness = { mark: jest.fn().mockResolvedValue(undefined) };
  return { renderQueue: new RenderQueue(registry as never, freshness as never), registry, freshness };
}

describe('RenderQueue lanes', () => {
  it('puts urgent pages on the publish lane, one job per page, stamped fresh', async () => {
    const { renderQueue, registry, freshness } = fakeQueues();
    await renderQueue.urgent(7, ['article:42', 'media:3']);
    expect(freshness.mark).toHaveBeenCalledWith(7, ['article:42', 'media:3']);
    expect(registry.queue(QueueName.Publish).addBulk).toHaveBeenCalledWith([
      { name: RenderJob.Page, data: { siteId: 7, pageKey: 'article:42' }, opts: { jobId: 'render.7.article.42' } },
      { name: RenderJob.Page, data: { siteId: 7, pageKey: 'media:3' }, opts: { jobId: 'render.7.media.3' } },
    ]);
  });

  it('batches a change’s other pages into one job whose id is the same for the same pages', async () => {
    const { renderQueue, registry } = fakeQueues();
    await renderQueue.pages(7, ['home', 'list:3:1']);
    await renderQueue.pages(7, ['home', 'list:3:1']);
    await renderQueue.pages(7, ['home', 'list:3:2']);
    const calls = registry.queue(QueueName.Render).add.mock.calls;
    expect(calls[0][0]).toBe(RenderJob.Pages);
    expect(calls[0][1]).toEqual({ siteId: 7, pageKeys: ['home', 'list:3:1'] });
    expect(calls[0][2].jobId).toBe(calls[1][2].jobId);
    expect(calls[2][2].jobId).not.toBe(calls[0][2].jobId);
  });

  it('orders a change’s batch ahead of rebuild chunks', async () => {
    const { renderQueue, registry } = fakeQueues();
    await renderQueue.pages(7, ['home']);
    await renderQueue.chunks([{ runId: 'r1', siteId: 7, chunkNo: 0, pageKeys: ['home'], stale: [] }]);
    const render = registry.queue(QueueName.Render);
    const batchPriority = render.add.mock.calls[0][2].priority;
    const chunkPriority = render.addBulk.mock.calls[0][0][0].opts.priority;
    expect(batchPriority).toBeLessThan(chunkPriority);
  });

  it('queues nothing for no pages', async () => {
    const { renderQueue, registry } = fakeQueues();
    await renderQueue.urgent(7, []);
    await renderQueue.pages(7, []);
    expect(registry.queue(QueueName.Publish).addBulk).not.toHaveBeenCalled();
    expect(registry.queue(QueueName.Render).add).not.toHaveBeenCalled();
  });
});
