import { QueryFailedError } from 'typeorm';

/** InnoDB chose this transaction as a deadlock victim (or gave up waiting): it may simply run again. */
export function isDeadlock(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string } | undefined)?.code : undefined;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}

/**
 * Runs a transaction again when InnoDB rolled it back as a deadlock victim: the rollback undid all
 * of it, so a second run starts from a clean state and sees what the winner committed.
 */
export async function retryOnDeadlock<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= attempts) throw error;
    }
  }
}
