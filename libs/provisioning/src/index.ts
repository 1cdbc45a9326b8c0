export * from './provisioning.service';
export * from './provisioning.module';
