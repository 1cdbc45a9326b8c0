export * from './site.entity';
export * from './site-domain.entity';
export * from './site-view';
export * from './domain-names';
export * from './site-urls.service';
export * from './domains.service';
export * from './sites.service';
export * from './user-admin.service';
export * from './tenancy.module';
export * from './dto/site.dto';
export * from './dto/site.response';

import { Site } from './site.entity';
import { SiteDomain } from './site-domain.entity';
export const TENANCY_ENTITIES = [Site, SiteDomain];
