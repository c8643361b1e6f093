import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccountContactsStep } from './account-contacts.step.js';
import { RosterAccountsRepository } from './roster-accounts.repository.js';
import { RosterAccountsService } from './roster-accounts.service.js';
import { RosterImportService } from './roster-import.service.js';
import { RostersController } from './rosters.controller.js';
import { RostersRepository } from './rosters.repository.js';
import { RostersService } from './rosters.service.js';
import { UnitMergeStep } from './unit-merge.step.js';
import { UserMergeStep } from './user-merge.step.js';

/**
 * Staff lists (danh sách cán bộ). Sits above units (a unit merge moves the list through the
 * 'units.merging' step, an account merge its links through 'users.merging') and below auth (registration links the new account to its entry).
 */
@Module({
  imports: [AuditModule, ScopeModule, UsersModule],
  controllers: [RostersController],
  providers: [
    RostersRepository,
    RostersService,
    RosterImportService,
    UnitMergeStep,
    AccountContactsStep,
    UserMergeStep,
    RosterAccountsRepository,
    RosterAccountsService,
  ],
  exports: [RostersService],
})
export class RostersModule {}
