import { Module } from '@nestjs/common';
import { UsersService } from './users.service';

/** Accounts and grants without the HTTP auth machinery (usable by the worker and by tenancy). */
@Module({ providers: [UsersService], exports: [UsersService] })
export class AccountsModule {}
