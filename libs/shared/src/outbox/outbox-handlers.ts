import { Injectable } from '@nestjs/common';
import type { OutboxEvent, OutboxEventOf, OutboxTopic } from './outbox-events';

export type OutboxHandler<K extends OutboxTopic> = (event: OutboxEventOf<K>) => Promise<void>;

/** Every topic, so the relay can refuse to start while one has no handler (its rows would wait forever). */
export const OUTBOX_TOPICS: readonly OutboxTopic[] = [
  'article.live',
  'article.withdrawn',
  'article.timing',
  'media.released',
  'rebuild.requested',
  'hosts.changed',
] satisfies readonly OutboxTopic[];

/**
 * The reactions to committed changes, registered by the modules of the worker (publishing,
 * search, syndication): modules depend one way, and a reaction happens in a handler, never
 * inside the change that caused it.
 */
@Injectable()
export class OutboxHandlers {
  private readonly byTopic = new Map<OutboxTopic, OutboxHandler<never>[]>();

  on<K extends OutboxTopic>(topic: K, handler: OutboxHandler<K>): void {
    this.byTopic.set(topic, [...(this.byTopic.get(topic) ?? []), handler as unknown as OutboxHandler<never>]);
  }

  assertComplete(): void {
    const missing = OUTBOX_TOPICS.filter((topic) => !this.byTopic.get(topic)?.length);
    if (missing.length) throw new Error(`No outbox handler for: ${missing.join(', ')}`);
  }

  /**
   * Runs every handler of the event's topic at once (they are independent, and the page someone
   * waits for must not queue behind syndication's queries); one failing fails the delivery, and
   * all run again, which idempotent handlers allow.
   */
  async deliver(event: OutboxEvent): Promise<void> {
    await Promise.all((this.byTopic.get(event.topic) ?? []).map((handler) => handler(event as never)));
  }
}
