import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PasswordService } from '../common/password.service.js';
import { Clock } from '../config/clock.js';
import { ENV, type Env } from '../config/env.js';
import { ScopeModule } from '../scope/scope.module.js';
import { OneTimeCodesRepository } from './one-time-codes.repository.js';
import { OneTimeCodesService } from './one-time-codes.service.js';
import { MyUnitChangeController, UnitChangeRequestsController } from './unit-change.controller.js';
import { UnitChangeRepository } from './unit-change.repository.js';
import { UnitChangeService } from './unit-change.service.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { SlipFiles } from './slip-files.js';
import { UsersService } from './users.service.js';

/** Accounts managed by admins, organisers and reporters (in their scope). */
@Module({
  imports: [AuditModule, ScopeModule],
  controllers: [UsersController, MyUnitChangeController, UnitChangeRequestsController],
  providers: [
    UsersRepository,
    UsersService,
    UnitChangeRepository,
    UnitChangeService,
    PasswordService,
    OneTimeCodesRepository,
    OneTimeCodesService,
    {
      // the one store of login slip files: bulk codes here, staff-list accounts in rosters
      provide: SlipFiles,
      useFactory: (env: Env, clock: Clock) =>
        new SlipFiles(env.SLIP_FILES_MINUTES * 60_000, undefined, () => clock.now().getTime()),
      inject: [ENV, Clock],
    },
  ],
  exports: [UsersRepository, OneTimeCodesRepository, OneTimeCodesService, SlipFiles],
})
export class UsersModule {}
