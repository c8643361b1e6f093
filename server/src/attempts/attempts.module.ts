import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { AccountMergeRepository } from './account-merge.repository.js';
import { AttemptsController } from './attempts.controller.js';
import { AttemptsRepository } from './attempts.repository.js';
import { AttemptsService } from './attempts.service.js';
import { AutosaveBatcher } from './autosave-batcher.js';
import { StandingRepository } from './standing.repository.js';
import { StandingService } from './standing.service.js';
import { SweeperService } from './sweeper.service.js';
import { UserMergeStep } from './user-merge.step.js';

/**
 * Taking a round: drawing, answering, submitting, the sweeper that closes late attempts, and
 * each person's counted entry and standing. Publishes 'attempts.entry-changed' after commits;
 * moves a duplicate account's attempts when users merges it ('users.merging').
 */
@Module({
  imports: [ContestsModule, ScopeModule, MetricsModule],
  controllers: [AttemptsController],
  providers: [
    AttemptsRepository,
    AttemptsService,
    AutosaveBatcher,
    SweeperService,
    StandingRepository,
    StandingService,
    AccountMergeRepository,
    UserMergeStep,
  ],
  exports: [AttemptsService, StandingRepository],
})
export class AttemptsModule {}
