import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, parseSiteId, ROLES, SiteRoles, type Principal } from '@zhanqun/auth';
import { ApiErrors, ApiIdParam, parseId } from '@zhanqun/shared';
import { InitialPasswordView, ListSiteUsersQuery, SiteUserPage, SiteUserView } from './dto/user-admin.dto';
import { UserAdminService } from './user-admin.service';

const parseUserId = (raw: string) => parseId(raw, '用户');

/**
 * A site's accounts, administered by its site_admin (or the portal center): only accounts holding
 * a role on the site, and only those whose every role is a site role there may be disabled or reset.
 */
@ApiTags('users')
@ApiBearerAuth()
@ApiIdParam('siteId', 'the site')
@ApiErrors(401, 403, 404)
@Controller('sites/:siteId')
export class SiteUsersController {
  constructor(private readonly admin: UserAdminService) {}

  @Get('users')
  @SiteRoles('site_admin')
  @ApiOperation({
    summary: "List the site's users with their roles on it",
    description: '`q` matches part of the username or display name.',
  })
  @ApiOkResponse({ type: SiteUserPage })
  @ApiErrors(400)
  list(@Param('siteId') siteId: string, @Query() query: ListSiteUsersQuery) {
    return this.admin.listSiteUsers(parseSiteId(siteId), query);
  }

  @Get('users/:userId')
  @SiteRoles('site_admin')
  @ApiOperation({ summary: 'One user of the site with their roles on it' })
  @ApiIdParam('userId', 'an account holding a role on the site')
  @ApiOkResponse({ type: SiteUserView })
  get(@Param('siteId') siteId: string, @Param('userId') userId: string) {
    return this.admin.siteUser(parseSiteId(siteId), parseUserId(userId));
  }

  @Post('users/:userId/disable')
  @HttpCode(200)
  @SiteRoles('site_admin')
  @ApiOperation({
    summary: 'Disable (停用) a user of the site',
    description:
      'The account can no longer sign in; its refresh tokens are revoked and its access tokens refused at once. ' +
      'A site_admin may disable accounts whose every role is a site role on this site; others only the portal center. ' +
      'Nobody disables themselves (400); the last active platform admin cannot be disabled (409).',
  })
  @ApiIdParam('userId', 'an account holding a role on the site')
  @ApiOkResponse({ type: SiteUserView })
  @ApiErrors(400, 409)
  disable(@Param('siteId') siteId: string, @Param('userId') userId: string, @CurrentUser() principal: Principal) {
    return this.admin.setDisabledOnSite(parseSiteId(siteId), parseUserId(userId), principal, true);
  }

  @Post('users/:userId/enable')
  @HttpCode(200)
  @SiteRoles('site_admin')
  @ApiOperation({ summary: 'Enable a disabled user of the site again', description: 'Same permission rule as disabling.' })
  @ApiIdParam('userId', 'an account holding a role on the site')
  @ApiOkResponse({ type: SiteUserView })
  enable(@Param('siteId') siteId: string, @Param('userId') userId: string, @CurrentUser() principal: Principal) {
    return this.admin.setDisabledOnSite(parseSiteId(siteId), parseUserId(userId), principal, false);
  }

  @Post('users/:userId/reset-password')
  @HttpCode(200)
  @SiteRoles('site_admin')
  @ApiOperation({
    summary: "Reset a user's password to a new one-time password",
    description:
      'Answers the new initial password once; the user must change it at first login. Clears the lock-out and ends every session. ' +
      'Same permission rule as disabling; one’s own password is changed with POST /auth/password (400).',
  })
  @ApiIdParam('userId', 'an account holding a role on the site')
  @ApiOkResponse({ type: InitialPasswordView })
  @ApiErrors(400)
  resetPassword(@Param('siteId') siteId: string, @Param('userId') userId: string, @CurrentUser() principal: Principal) {
    return this.admin.resetPasswordOnSite(parseSiteId(siteId), parseUserId(userId), principal);
  }

  @Delete('grants/:userId/:role')
  @HttpCode(204)
  @SiteRoles('site_admin')
  @ApiOperation({
    summary: "Revoke a user's role on the site",
    description:
      'A site_admin revokes site roles; portal_reviewer and security_reviewer only the portal center (403). ' +
      'A role the user does not hold here is 404; the last site_admin of the site cannot be revoked (409).',
  })
  @ApiIdParam('userId', 'the account holding the role')
  @ApiParam({ name: 'role', enum: ROLES, description: 'the role to revoke' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiErrors(400, 409)
  async revokeGrant(
    @Param('siteId') siteId: string,
    @Param('userId') userId: string,
    @Param('role') role: string,
    @CurrentUser() principal: Principal,
  ): Promise<void> {
    await this.admin.revokeGrant(parseSiteId(siteId), parseUserId(userId), role, principal);
  }
}
