import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { FormLayoutController } from './form-layout.controller.js';
import { FormLayoutRepository } from './form-layout.repository.js';
import { FormLayoutService } from './form-layout.service.js';
import { UnitsImportService } from './units-import.service.js';
import { UnitsController } from './units.controller.js';
import { UnitsRepository } from './units.repository.js';
import { UnitsService } from './units.service.js';

/** The unit tree (đơn vị), its merges and headcounts, and each unit's report form layout. */
@Module({
  imports: [AuditModule, ScopeModule],
  controllers: [UnitsController, FormLayoutController],
  providers: [
    UnitsRepository,
    UnitsService,
    UnitsImportService,
    FormLayoutRepository,
    FormLayoutService,
  ],
  exports: [FormLayoutService],
})
export class UnitsModule {}
