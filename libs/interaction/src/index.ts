export * from './citizen-letters';
export * from './interaction.module';
export * from './letter-form';
export * from './letter-views';
export * from './letter.entity';
export * from './letters.service';
export * from './query-code';
