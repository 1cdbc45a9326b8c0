export * from './audit-entry.entity';
export * from './audit-summary';
export * from './audit.service';
export * from './audit.module';
