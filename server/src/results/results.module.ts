import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { ContestsModule } from '../contests/contests.module.js';
import { LeaderboardModule } from '../leaderboard/leaderboard.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { ResultsController } from './results.controller.js';
import { ResultsRepository } from './results.repository.js';
import { ResultsService } from './results.service.js';

/** Round rankings, finalisation, disqualifications, awards and item analysis. */
@Module({
  imports: [AttemptsModule, AuditModule, ContestsModule, LeaderboardModule, ScopeModule],
  controllers: [ResultsController],
  providers: [ResultsRepository, ResultsService],
  exports: [ResultsService],
})
export class ResultsModule {}
