import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, PlatformAdminOnly, type Principal } from '@zhanqun/auth';
import { ApiErrors, ApiIdParam, parseId } from '@zhanqun/shared';
import {
  CreatedAccountView,
  CreatePlatformUserDto,
  InitialPasswordView,
  ListPlatformUsersQuery,
  PlatformUserPage,
  PlatformUserView,
  UpdatePlatformUserDto,
} from './dto/user-admin.dto';
import { UserAdminService } from './user-admin.service';

const parseUserId = (raw: string) => parseId(raw, '用户');
const USER_ID = ['userId', 'the account'] as const;

/** Every account of the group, administered by the portal center (platform admins only). */
@ApiTags('users')
@ApiBearerAuth()
@ApiErrors(401, 403)
@PlatformAdminOnly()
@Controller('platform/users')
export class PlatformUsersController {
  constructor(private readonly admin: UserAdminService) {}

  @Get()
  @ApiOperation({
    summary: 'List every account with all its roles',
    description: '`q` matches part of the username or display name; `role` and `siteId` together mean that role on that site.',
  })
  @ApiOkResponse({ type: PlatformUserPage })
  @ApiErrors(400)
  list(@Query() query: ListPlatformUsersQuery) {
    return this.admin.listPlatformUsers(query);
  }

  @Post()
  @ApiOperation({
    summary: 'Create a portal-center account',
    description:
      'Answers a one-time initial password (shown once; it must be changed at first login). `roles`: platform_admin without ' +
      '`siteId`, every other role on an existing site. A taken username is 409; portal_reviewer without an `office` is 422.',
  })
  @ApiCreatedResponse({ type: CreatedAccountView })
  @ApiErrors(400, 409, 422)
  create(@Body() body: CreatePlatformUserDto) {
    return this.admin.createPlatformUser(body);
  }

  @Get(':userId')
  @ApiOperation({ summary: 'One account with all its roles' })
  @ApiIdParam(...USER_ID)
  @ApiOkResponse({ type: PlatformUserView })
  @ApiErrors(404)
  get(@Param('userId') userId: string) {
    return this.admin.platformUser(parseUserId(userId));
  }

  @Patch(':userId')
  @ApiOperation({
    summary: "Change an account's display name or office (党群/政府)",
    description:
      '`office: null` clears it (422 while the account holds portal_reviewer). The whole account as GET answered it may be sent back.',
  })
  @ApiIdParam(...USER_ID)
  @ApiOkResponse({ type: PlatformUserView })
  @ApiErrors(400, 404, 422)
  update(@Param('userId') userId: string, @Body() body: UpdatePlatformUserDto) {
    return this.admin.updatePlatformUser(parseUserId(userId), body);
  }

  @Post(':userId/disable')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Disable (停用) any account',
    description:
      'No sign-in, refresh tokens revoked, access tokens refused at once. Nobody disables themselves (400); the last active ' +
      'platform admin cannot be disabled (409).',
  })
  @ApiIdParam(...USER_ID)
  @ApiOkResponse({ type: PlatformUserView })
  @ApiErrors(400, 404, 409)
  disable(@Param('userId') userId: string, @CurrentUser() principal: Principal) {
    return this.admin.setDisabled(principal, parseUserId(userId), true);
  }

  @Post(':userId/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled account again' })
  @ApiIdParam(...USER_ID)
  @ApiOkResponse({ type: PlatformUserView })
  @ApiErrors(404)
  enable(@Param('userId') userId: string, @CurrentUser() principal: Principal) {
    return this.admin.setDisabled(principal, parseUserId(userId), false);
  }

  @Post(':userId/reset-password')
  @HttpCode(200)
  @ApiOperation({
    summary: "Reset any account's password to a new one-time password",
    description: 'Shown once; must be changed at first login. Clears the lock-out and ends every session. Not one’s own (400).',
  })
  @ApiIdParam(...USER_ID)
  @ApiOkResponse({ type: InitialPasswordView })
  @ApiErrors(400, 404)
  resetPassword(@Param('userId') userId: string, @CurrentUser() principal: Principal) {
    return this.admin.resetPassword(principal, parseUserId(userId));
  }

  @Post(':userId/platform-admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Make an account a platform admin (门户中心)', description: 'Granting it again changes nothing.' })
  @ApiIdParam(...USER_ID)
  @ApiOkResponse({ type: PlatformUserView })
  @ApiErrors(404)
  grantPlatformAdmin(@Param('userId') userId: string) {
    return this.admin.grantPlatformAdmin(parseUserId(userId));
  }

  @Delete(':userId/platform-admin')
  @HttpCode(204)
  @ApiOperation({
    summary: "Revoke an account's platform admin role",
    description: 'Not one’s own (400); not the last active platform admin (409); 404 when the account is not a platform admin.',
  })
  @ApiIdParam(...USER_ID)
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiErrors(400, 404, 409)
  async revokePlatformAdmin(@Param('userId') userId: string, @CurrentUser() principal: Principal): Promise<void> {
    await this.admin.revokePlatformAdmin(principal, parseUserId(userId));
  }
}
