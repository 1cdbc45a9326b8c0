import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The portal center's remuneration rates (one row), money in fen (分). */
@Entity('syndication_rates')
export class SyndicationRates {
  @PrimaryColumn({ type: 'tinyint', unsigned: true })
  id: number;

  @Column({ name: 'chars_per_unit', unsigned: true })
  charsPerUnit: number;

  @Column({ name: 'fen_per_unit', unsigned: true })
  fenPerUnit: number;

  @Column({ name: 'headline_bonus_fen', unsigned: true })
  headlineBonusFen: number;

  @Column({ name: 'major_bonus_fen', unsigned: true })
  majorBonusFen: number;

  @Column({ name: 'picture_bonus_fen', unsigned: true })
  pictureBonusFen: number;
}
