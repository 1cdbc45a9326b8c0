export * from './sensitive-word.entity';
export * from './word-matcher';
export * from './sensitive-words.service';
export * from './sensitive-words.module';
export * from './dto/word.response';
