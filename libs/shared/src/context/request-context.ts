import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';

/**
 * What the code running for one request or job knows about it, without passing it by hand:
 * the tenant (site) and user it acts for, and — inside a unit of work — the transaction's
 * entity manager and what to do once it commits.
 */
export interface RequestContext {
  /** The site whose data this request or job may touch; absent on platform-wide routes. */
  siteId?: number;
  userId?: number;
  /** The open transaction of the current unit of work. */
  manager?: EntityManager;
  /** Run after the unit of work commits (never after a rollback). */
  afterCommit?: (() => void)[];
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` with `patch` layered over the current context (an open transaction stays open). */
export function runInContext<T>(patch: RequestContext, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...patch }, work);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}
