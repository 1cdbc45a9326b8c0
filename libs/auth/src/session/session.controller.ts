import {
  Body,
  Controller,
  Delete,
  ForbiddenException,
  HttpCode,
  Inject,
  Post,
  Query,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, SkipAudit } from '@zhanqun/shared';
import type { Request, Response } from 'express';
import { Public } from '../access/decorators';
import { AuthService, type LoginResult } from '../auth.service';
import { LoginDto } from '../dto/auth.dto';
import { SessionResponse } from '../dto/auth.response';
import { LogoutQueryDto } from './session.dto';
import { clearSessionCookies, CSRF_HEADER, csrfMatches, REFRESH_COOKIE, setSessionCookies } from './session-cookies';

export const SESSION_SECRET = Symbol('SESSION_SECRET');

/** What the console receives: the access token to keep in memory, and the CSRF token of the cookie. */
export type SessionView = Omit<LoginResult, 'refreshToken'> & { csrfToken: string };

/**
 * The console's browser session (the JSON token API of auth.controller stays for other clients):
 * login sets the refresh cookie; refresh and logout are authenticated by that cookie and so
 * demand the CSRF header bound to it.
 */
@ApiTags('auth')
@Controller('auth/session')
export class SessionController {
  constructor(
    private readonly auth: AuthService,
    @Inject(SESSION_SECRET) private readonly secret: string,
  ) {}

  @Public()
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in the console: access token in the body, refresh token in an httpOnly cookie' })
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(400, 401, 423)
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    const { refreshToken, ...session } = await this.auth.login(body.username, body.password);
    return { ...session, csrfToken: setSessionCookies(request, response, this.secret, refreshToken) };
  }

  @Public()
  @SkipAudit()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: "Refresh the console's session from its cookie (rotates the cookie)" })
  @ApiHeader({ name: 'X-CSRF-Token', required: true, description: 'The csrfToken of the session (also in the zq_csrf cookie)' })
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(401, 403)
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    const current = this.cookieToken(request);
    try {
      const { refreshToken, ...session } = await this.auth.refreshSession(current);
      return { ...session, csrfToken: setSessionCookies(request, response, this.secret, refreshToken) };
    } catch (error) {
      if (error instanceof UnauthorizedException) clearSessionCookies(request, response);
      throw error;
    }
  }

  @Public()
  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: "Sign out the console's session, or with everywhere=true every session of the account" })
  @ApiHeader({ name: 'X-CSRF-Token', required: true, description: 'The csrfToken of the session (also in the zq_csrf cookie)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403)
  async logout(@Query() query: LogoutQueryDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const current = this.cookieToken(request);
    await this.auth.logout(current, query.everywhere === 'true');
    clearSessionCookies(request, response);
  }

  /** The refresh cookie, accepted only with its CSRF header (a cross-site form cannot send one). */
  private cookieToken(request: Request): string {
    const token: unknown = request.cookies?.[REFRESH_COOKIE];
    if (typeof token !== 'string' || !token) throw new UnauthorizedException('登录已过期,请重新登录');
    if (!csrfMatches(this.secret, token, request.get(CSRF_HEADER))) {
      throw new ForbiddenException('缺少或错误的 CSRF 令牌,请刷新页面后重试');
    }
    return token;
  }
}
