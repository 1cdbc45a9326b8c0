import { QueryFailedError } from 'typeorm';

/** True when a write failed on a unique key (MySQL/MariaDB ER_DUP_ENTRY). */
export function isDuplicateEntry(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === 'ER_DUP_ENTRY';
}
