import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AccessGuard } from './access/access.guard';
import { TenantContextInterceptor } from './access/tenant-context.interceptor';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { TokensService, ACCESS_TOKEN_TTL_SECONDS } from './tokens.service';
import { AccountsModule } from './accounts.module';
import { SESSION_SECRET, SessionController } from './session/session.controller';

/** Login, tokens, accounts and the global access guard of the API. */
@Module({})
export class AuthModule {
  static forRoot(jwtSecret: string): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [AccountsModule, JwtModule.register({ secret: jwtSecret, signOptions: { expiresIn: ACCESS_TOKEN_TTL_SECONDS } })],
      controllers: [AuthController, SessionController],
      providers: [
        AuthService,
        { provide: SESSION_SECRET, useValue: jwtSecret },
        TokensService,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: TenantContextInterceptor },
      ],
      exports: [AccountsModule, AuthService],
    };
  }
}
