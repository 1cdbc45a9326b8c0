import { RetryingLazy } from './retrying-lazy';

describe('RetryingLazy', () => {
  it('makes the value once and keeps it', async () => {
    const make = jest.fn().mockResolvedValue(42);
    const lazy = new RetryingLazy(make);
    expect(await Promise.all([lazy.get(), lazy.get()])).toEqual([42, 42]);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failure, and forgets the value when taken', async () => {
    const make = jest.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue('up');
    const lazy = new RetryingLazy(make);
    await expect(lazy.get()).rejects.toThrow('down');
    expect(await lazy.get()).toBe('up');
    expect(await lazy.take()).toBe('up');
    expect(lazy.take()).toBeNull();
    await lazy.get();
    expect(make).toHaveBeenCalledTimes(3);
  });
});
