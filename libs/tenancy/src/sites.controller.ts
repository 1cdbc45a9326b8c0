import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiIdParam } from '@zhanqun/shared';
import { CurrentUser, parseSiteId, PlatformAdminOnly, SiteRoles, type Principal } from '@zhanqun/auth';
import { SiteFieldsDto } from './dto/site.dto';
import { SiteGrantResponse, SiteListResponse, SiteResponse, SiteUserResponse } from './dto/site.response';
import { CreateSiteUserDto, GrantDto } from './dto/user.dto';
import { SitesService } from './sites.service';

@ApiTags('sites')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('sites')
export class SitesController {
  constructor(private readonly sites: SitesService) {}

  @Get()
  @ApiOperation({ summary: 'List the sites the caller holds a role on (platform admins: all)' })
  @ApiOkResponse({ type: SiteListResponse })
  list(@CurrentUser() principal: Principal) {
    return this.sites.list(principal);
  }

  @Get(':siteId')
  @ApiOperation({ summary: 'Get a site' })
  @ApiIdParam('siteId', 'The site')
  @ApiOkResponse({ type: SiteResponse })
  @ApiErrors(403, 404)
  get(@Param('siteId') siteId: string) {
    return this.sites.get(parseSiteId(siteId));
  }

  @Patch(':siteId')
  @SiteRoles('site_admin')
  @ApiOperation({ summary: 'Change a site’s own fields, aliases and style variant' })
  @ApiIdParam('siteId', 'The site')
  @ApiOkResponse({ type: SiteResponse })
  @ApiErrors(400, 403, 404, 409)
  update(@Param('siteId') siteId: string, @Body() body: SiteFieldsDto, @CurrentUser() principal: Principal) {
    return this.sites.update(parseSiteId(siteId), body, principal);
  }

  @Post(':siteId/suspend')
  @HttpCode(200)
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Suspend a site (its domains stop serving it)' })
  @ApiIdParam('siteId', 'The site')
  @ApiOkResponse({ type: SiteResponse })
  @ApiErrors(403, 404)
  suspend(@Param('siteId') siteId: string) {
    return this.sites.setStatus(parseSiteId(siteId), 'suspended');
  }

  @Post(':siteId/resume')
  @HttpCode(200)
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Resume a suspended site' })
  @ApiIdParam('siteId', 'The site')
  @ApiOkResponse({ type: SiteResponse })
  @ApiErrors(403, 404)
  resume(@Param('siteId') siteId: string) {
    return this.sites.setStatus(parseSiteId(siteId), 'active');
  }

  @Post(':siteId/users')
  @SiteRoles('site_admin')
  @ApiOperation({
    summary: 'Create a user with roles on the site (returns a one-time password)',
    description: 'portal_reviewer needs an `office` (422).',
  })
  @ApiIdParam('siteId', 'The site')
  @ApiCreatedResponse({ type: SiteUserResponse })
  @ApiErrors(400, 403, 404, 409, 422)
  createUser(@Param('siteId') siteId: string, @Body() body: CreateSiteUserDto, @CurrentUser() principal: Principal) {
    return this.sites.createUser(parseSiteId(siteId), body, principal);
  }

  @Post(':siteId/grants')
  @PlatformAdminOnly()
  @ApiOperation({
    summary: 'Grant an existing user a role on the site',
    description: 'portal_reviewer only to an account with an office (党群/政府), else 422.',
  })
  @ApiIdParam('siteId', 'The site')
  @ApiCreatedResponse({ type: SiteGrantResponse })
  @ApiErrors(400, 403, 404, 422)
  grant(@Param('siteId') siteId: string, @Body() body: GrantDto, @CurrentUser() principal: Principal) {
    return this.sites.grant(parseSiteId(siteId), body, principal);
  }
}
