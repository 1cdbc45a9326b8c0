import { QueryFailedError } from 'typeorm';
import { isDeadlock, retryOnDeadlock } from './deadlock';

const failure = (code: string) => new QueryFailedError('UPDATE x', [], Object.assign(new Error(code), { code }));

describe('retryOnDeadlock', () => {
  it('runs a deadlock victim again and returns what the next run returns', async () => {
    const run = jest.fn().mockRejectedValueOnce(failure('ER_LOCK_DEADLOCK')).mockResolvedValueOnce('ok');
    await expect(retryOnDeadlock(run)).resolves.toBe('ok');
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('gives up after the attempts and passes other errors through at once', async () => {
    const deadlocked = jest.fn().mockRejectedValue(failure('ER_LOCK_DEADLOCK'));
    await expect(retryOnDeadlock(deadlocked, 3)).rejects.toBeInstanceOf(QueryFailedError);
    expect(deadlocked).toHaveBeenCalledTimes(3);
    const duplicate = jest.fn().mockRejectedValue(failure('ER_DUP_ENTRY'));
    await expect(retryOnDeadlock(duplicate)).rejects.toBeInstanceOf(QueryFailedError);
    expect(duplicate).toHaveBeenCalledTimes(1);
    expect(isDeadlock(new Error('ER_LOCK_DEADLOCK'))).toBe(false);
  });
});
