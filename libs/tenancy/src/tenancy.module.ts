import { Module } from '@nestjs/common';
import { AccountsModule } from '@zhanqun/auth';
import { StandardsModule } from '@zhanqun/standards';
import { DomainsService } from './domains.service';
import { SiteUrls } from './site-urls.service';
import { SitesController } from './sites.controller';
import { SitesService } from './sites.service';

@Module({
  imports: [StandardsModule, AccountsModule],
  controllers: [SitesController],
  providers: [SitesService, DomainsService, SiteUrls],
  exports: [SitesService, DomainsService, SiteUrls],
})
export class TenancyModule {}
