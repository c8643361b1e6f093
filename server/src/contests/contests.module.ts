import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { ContestSlugsRepository } from './contest-slugs.repository.js';
import { ContestSlugsService } from './contest-slugs.service.js';
import { ContestsController } from './contests.controller.js';
import { ContestsRepository } from './contests.repository.js';
import { ContestsService } from './contests.service.js';
import { OverviewController } from './overview.controller.js';
import { OverviewRepository } from './overview.repository.js';
import { OverviewService } from './overview.service.js';

/** Contests and their rounds, public links (slugs) and the organisers' overview. */
@Module({
  imports: [AuditModule, ScopeModule],
  controllers: [ContestsController, OverviewController],
  providers: [
    ContestsRepository,
    ContestsService,
    ContestSlugsRepository,
    ContestSlugsService,
    OverviewRepository,
    OverviewService,
  ],
  exports: [ContestsRepository, ContestsService, ContestSlugsService],
})
export class ContestsModule {}
