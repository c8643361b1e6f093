import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { ResultsModule } from '../results/results.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { UnitsModule } from '../units/units.module.js';
import { ExportJobsService } from './exports/export-jobs.js';
import { ParticipationNotifier } from './participation-notifier.js';
import { ParticipationWatchers } from './participation-watchers.js';
import { ParticipationRepository, ReportContestsRepository } from './participation.repository.js';
import { ParticipationService } from './participation.service.js';
import { ReportCache } from './report-cache.js';
import { ReportFilesService } from './report-files.service.js';
import { ReportsController, RoundWinnersController } from './reports.controller.js';
import { SnapshotsRepository } from './snapshots.repository.js';
import { SnapshotsService } from './snapshots.service.js';

/**
 * Participation reports, snapshots and the official forms (Biểu 01–04); the dashboards'
 * live 'participation:updated' (hears 'attempts.entry-changed').
 */
@Module({
  imports: [AuditModule, RealtimeModule, ResultsModule, ScopeModule, UnitsModule],
  controllers: [ReportsController, RoundWinnersController],
  providers: [
    ExportJobsService,
    ParticipationNotifier,
    ParticipationWatchers,
    ParticipationRepository,
    ParticipationService,
    ReportCache,
    ReportContestsRepository,
    ReportFilesService,
    SnapshotsRepository,
    SnapshotsService,
  ],
})
export class ReportsModule {}
