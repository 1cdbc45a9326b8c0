import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, parseSiteId, PlatformAdminOnly, SiteRoles, type Principal } from '@zhanqun/auth';
import { SiteFieldsDto } from './dto/site.dto';
import { CreateSiteUserDto, GrantDto } from './dto/user.dto';
import { SitesService } from './sites.service';

@ApiTags('sites')
@ApiBearerAuth()
@Controller('sites')
export class SitesController {
  constructor(private readonly sites: SitesService) {}

  @Get()
  list(@CurrentUser() principal: Principal) {
    return this.sites.list(principal);
  }

  @Get(':siteId')
  get(@Param('siteId') siteId: string) {
    return this.sites.get(parseSiteId(siteId));
  }

  @Patch(':siteId')
  @SiteRoles('site_admin')
  update(@Param('siteId') siteId: string, @Body() body: SiteFieldsDto, @CurrentUser() principal: Principal) {
    return this.sites.update(parseSiteId(siteId), body, principal);
  }

  @Post(':siteId/suspend')
  @HttpCode(200)
  @PlatformAdminOnly()
  suspend(@Param('siteId') siteId: string) {
    return this.sites.setStatus(parseSiteId(siteId), 'suspended');
  }

  @Post(':siteId/resume')
  @HttpCode(200)
  @PlatformAdminOnly()
  resume(@Param('siteId') siteId: string) {
    return this.sites.setStatus(parseSiteId(siteId), 'active');
  }

  @Post(':siteId/users')
  @SiteRoles('site_admin')
  createUser(@Param('siteId') siteId: string, @Body() body: CreateSiteUserDto, @CurrentUser() principal: Principal) {
    return this.sites.createUser(parseSiteId(siteId), body, principal);
  }

  @Post(':siteId/grants')
  @PlatformAdminOnly()
  grant(@Param('siteId') siteId: string, @Body() body: GrantDto, @CurrentUser() principal: Principal) {
    return this.sites.grant(parseSiteId(siteId), body, principal);
  }
}
