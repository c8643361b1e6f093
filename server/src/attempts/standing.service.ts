import { Injectable } from '@nestjs/common';
import type { Standing } from '@cchc/contracts';
import { AppError } from '../common/app-error.js';
import {
  StandingRepository,
  type CountedEntry,
  type RankingFacts,
  type RecentEntry,
} from './standing.repository.js';

export interface PersonStanding {
  facts: RankingFacts;
  entry: CountedEntry | null;
  standing: Standing;
}

/**
 * Where one person stands in a round: the live board's rank while the prediction step is
 * pending (provisional), the frozen ranking once the round is finalised.
 */
@Injectable()
export class StandingService {
  constructor(private readonly repo: StandingRepository) {}

  async of(roundId: string, userId: string): Promise<PersonStanding> {
    const facts = await this.repo.rankingFacts(roundId);
    if (!facts) throw new AppError('not_found');
    const entry = await this.repo.countedEntry(roundId, userId);
    return { facts, entry, standing: await this.rank(roundId, userId, facts, entry) };
  }

  recentEntries(userId: string, limit: number): Promise<RecentEntry[]> {
    return this.repo.recentEntries(userId, limit);
  }

  private async rank(
    roundId: string,
    userId: string,
    facts: RankingFacts,
    entry: CountedEntry | null,
  ): Promise<Standing> {
    const finalized = facts.finalizedAt !== null;
    if (!entry) return { finalized, rank: null, ranked: 0, predictionPending: !finalized };
    const place = finalized
      ? await this.repo.frozenRank(roundId, entry.track, userId)
      : await this.repo.liveRank(roundId, entry.track, userId, facts.maxAttempts !== 1);
    return { finalized, ...place, predictionPending: !finalized };
  }
}
