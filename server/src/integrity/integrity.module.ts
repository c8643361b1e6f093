import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ContestsModule } from '../contests/contests.module.js';
import { IntegrityController } from './integrity.controller.js';
import { IntegrityRepository } from './integrity.repository.js';
import { IntegrityService } from './integrity.service.js';

/** The organisers' anti-abuse review of a contest's entrants (one person = one entrant). */
@Module({
  imports: [ContestsModule, AuditModule],
  controllers: [IntegrityController],
  providers: [IntegrityRepository, IntegrityService],
})
export class IntegrityModule {}
