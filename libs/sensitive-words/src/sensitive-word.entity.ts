import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type WordLevel = 'block' | 'warn';

/** A dictionary entry: `siteId` null for the portal center's words, else one unit's own. */
@Entity('sensitive_words')
export class SensitiveWord {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'site_id', type: 'int', unsigned: true, nullable: true })
  siteId: number | null;

  @Column({ length: 100 })
  word: string;

  @Column({ type: 'enum', enum: ['block', 'warn'] })
  level: WordLevel;

  @Column({ name: 'created_by', type: 'int', unsigned: true, nullable: true })
  createdBy: number | null;

  @CreateDateColumn({ name: 'created_at', precision: 3 })
  createdAt: Date;
}
