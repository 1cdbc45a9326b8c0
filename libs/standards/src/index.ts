export * from './standards-profile';
export * from './standards-profile.entity';
export * from './standards.service';
export * from './standards.module';
export * from './standards-api.module';
export * from './profile-rules';
export * from './dto/profile.dto';
