export * from './gov-link.entity';
export * from './gov-links.service';
export * from './links.module';
