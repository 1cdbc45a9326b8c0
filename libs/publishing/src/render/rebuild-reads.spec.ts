import { RebuildReads, type SiteRead } from './rebuild-reads';

describe('RebuildReads', () => {
  const read = (readAt: number) => ({ views: null, summaries: [], readAt }) as unknown as SiteRead;

  it('shares one read of a site among the chunks of a run, also while it is in flight', async () => {
    const reads = new RebuildReads();
    const load = jest.fn().mockResolvedValue(read(1));
    const [first, second] = await Promise.all([reads.read('r1', 7, load), reads.read('r1', 7, load)]);
    expect(first).toBe(second);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads again for another run, another site, after forget, and after a failed read', async () => {
    const reads = new RebuildReads();
    const load = jest.fn().mockResolvedValue(read(1));
    await reads.read('r1', 7, load);
    await reads.read('r2', 7, load);
    await reads.read('r1', 8, load);
    reads.forget('r1', 7);
    await reads.read('r1', 7, load);
    expect(load).toHaveBeenCalledTimes(4);
    const failing = jest.fn().mockRejectedValueOnce(new Error('gone')).mockResolvedValue(read(2));
    await expect(reads.read('r3', 7, failing)).rejects.toThrow('gone');
    await expect(reads.read('r3', 7, failing)).resolves.toEqual(read(2));
  });
});
