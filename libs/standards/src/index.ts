export * from './standards-profile';
export * from './standards-profile.entity';
export * from './standards.service';
export * from './standards.module';
