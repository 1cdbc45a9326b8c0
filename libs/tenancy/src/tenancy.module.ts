import { Module } from '@nestjs/common';
import { AccountsModule } from '@zhanqun/auth';
import { StandardsModule } from '@zhanqun/standards';
import { DomainsService } from './domains.service';
import { SiteUrls } from './site-urls.service';
import { PlatformInfoController } from './platform-info.controller';
import { PlatformUsersController } from './platform-users.controller';
import { SiteUsersController } from './site-users.controller';
import { SitesController } from './sites.controller';
import { SitesService } from './sites.service';
import { UserAdminService } from './user-admin.service';

@Module({
  imports: [StandardsModule, AccountsModule],
  controllers: [SitesController, SiteUsersController, PlatformUsersController, PlatformInfoController],
  providers: [SitesService, DomainsService, SiteUrls, UserAdminService],
  exports: [SitesService, DomainsService, SiteUrls],
})
export class TenancyModule {}
