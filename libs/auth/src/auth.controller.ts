import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SkipAudit } from '@zhanqun/shared';
import { CurrentUser, Public } from './access/decorators';
import type { Principal } from './access/principal';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, RefreshDto } from './dto/auth.dto';
import { UsersService } from './users.service';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  login(@Body() body: LoginDto) {
    return this.auth.login(body.username, body.password);
  }

  @Public()
  @SkipAudit()
  @Post('auth/refresh')
  @HttpCode(200)
  refresh(@Body() body: RefreshDto) {
    return this.auth.refresh(body.refreshToken);
  }

  @ApiBearerAuth()
  @Post('auth/password')
  @HttpCode(204)
  async changePassword(@CurrentUser() principal: Principal, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(principal.id, body.oldPassword, body.newPassword);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() principal: Principal) {
    return this.users.view(principal.id);
  }
}
