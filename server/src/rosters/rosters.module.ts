import { Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { RosterImportService } from './roster-import.service.js';
import { RostersController } from './rosters.controller.js';
import { RostersRepository } from './rosters.repository.js';
import { RostersService } from './rosters.service.js';

/**
 * Staff lists (danh sách cán bộ). Depends only on the global DataSource and Clock plus two
 * stateless helpers it provides itself, so registration (AuthService) and unit merges
 * (UnitsService) can use its exports without an import cycle.
 */
@Module({
  controllers: [RostersController],
  providers: [RostersRepository, RostersService, RosterImportService, ScopePolicy, AuditService],
  exports: [RostersRepository, RostersService],
})
export class RostersModule {}
