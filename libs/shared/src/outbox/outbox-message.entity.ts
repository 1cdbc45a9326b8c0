import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OutboxEvent } from './outbox-events';

/** One event waiting for delivery by the relay (see outbox-relay.ts). */
@Entity('outbox_messages')
export class OutboxMessage {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  topic!: OutboxEvent['topic'];

  @Column({ type: 'json' })
  payload!: OutboxEvent;

  @Column({ name: 'created_at', type: 'datetime', precision: 3, insert: false, update: false })
  createdAt!: Date;

  @Column({ name: 'available_at', type: 'datetime', precision: 3, insert: false })
  availableAt!: Date;

  @Column({ type: 'int', insert: false })
  attempts!: number;

  @Column({ name: 'claimed_by', type: 'char', length: 36, nullable: true, insert: false })
  claimedBy!: string | null;

  @Column({ name: 'claimed_until', type: 'datetime', precision: 3, nullable: true, insert: false })
  claimedUntil!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true, insert: false })
  lastError!: string | null;
}
