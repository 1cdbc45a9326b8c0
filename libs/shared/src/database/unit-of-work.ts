import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentContext, runInContext } from '../context/request-context';
import { retryOnDeadlock } from '../errors/deadlock';
import { crashPoint } from '../faults/crash-point';

/**
 * One database transaction per use case. The transaction's manager travels in the request
 * context, so every repository the use case touches (through `Database`) joins it without
 * being handed it; a use case that calls another joins the outer transaction. What must follow
 * the change (jobs, notifications) is written to the outbox inside it, never done in between.
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one transaction: all of it commits or none of it. A deadlock victim runs again
   * from the start (the rollback undid everything), so `work` must not act outside the database.
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (currentContext()?.manager) return work();
    let hooks: (() => void)[] = [];
    const result = await retryOnDeadlock(() => {
      hooks = [];
      return this.dataSource.transaction((manager) => runInContext({ manager, afterCommit: hooks }, work));
    });
    crashPoint('commit.after');
    for (const hook of hooks) hook();
    return result;
  }
}

/** Whether the caller runs inside a unit of work. */
export function inUnitOfWork(): boolean {
  return currentContext()?.manager !== undefined;
}

/** Runs `hook` once the current unit of work commits (at once outside one). */
export function afterCommit(hook: () => void): void {
  const hooks = currentContext()?.afterCommit;
  if (hooks && currentContext()?.manager) hooks.push(hook);
  else hook();
}
