import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module.js';
import { ContestsModule } from '../contests/contests.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { LeaderboardRepository } from './leaderboard.repository.js';
import { LeaderboardService } from './leaderboard.service.js';
import { LeaderboardWatchers } from './leaderboard.watchers.js';

/** Live boards: hears 'attempts.entry-changed', pushes 'leaderboard:updated' to watchers. */
@Module({
  imports: [AttemptsModule, ContestsModule, MetricsModule, RealtimeModule],
  providers: [LeaderboardRepository, LeaderboardService, LeaderboardWatchers],
  exports: [LeaderboardService],
})
export class LeaderboardModule {}
