import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PasswordService } from '../common/password.service.js';
import { ScopeModule } from '../scope/scope.module.js';
import { OneTimeCodesRepository } from './one-time-codes.repository.js';
import { OneTimeCodesService } from './one-time-codes.service.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

/** Accounts managed by admins and organisers. */
@Module({
  imports: [AuditModule, ScopeModule],
  controllers: [UsersController],
  providers: [
    UsersRepository,
    UsersService,
    PasswordService,
    OneTimeCodesRepository,
    OneTimeCodesService,
  ],
  exports: [UsersRepository, OneTimeCodesRepository, OneTimeCodesService],
})
export class UsersModule {}
