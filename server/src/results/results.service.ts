import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type {
  FinalizeResult,
  ItemStat,
  ParticipantTrack,
  PrizeAward,
  PublicResults,
  PublicWinner,
} from '@cchc/contracts';
import type { EntityManager } from 'typeorm';
import { AttemptsService } from '../attempts/attempts.service.js';
import type { SnapshotQuestion } from '../attempts/draw.js';
import { isCorrect } from '../attempts/scoring.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import {
  ContestsRepository,
  type ContestRow,
  type RoundRow,
} from '../contests/contests.repository.js';
import { ContestsService, isExcludedPerson } from '../contests/contests.service.js';
import type { FrozenRow } from '../leaderboard/leaderboard.repository.js';
import { LeaderboardService } from '../leaderboard/leaderboard.service.js';
import {
  allocatePrizes,
  computeActual,
  predictionError,
  rankEntries,
} from '../attempts/ranking.js';
import { ResultsRepository, type StoredResult } from './results.repository.js';

/** Biểu 02's data: the prizes of a round's latest finalisation, phones masked. */
export interface RoundWinners {
  contestTitle: string;
  roundTitle: string;
  organizerUnitId: string;
  organizerUnitName: string;
  opensAt: Date;
  closesAt: Date;
  finalizedAt: Date;
  version: number;
  /** Why it was finalised again (version > 1). */
  reason: string | null;
  rows: {
    prize: string;
    rank: number;
    fullName: string;
    unitName: string;
    track: ParticipantTrack;
    correctCount: number;
    total: number;
    durationMs: number;
    prediction: number | null;
    predictionError: number | null;
    phoneMasked: string;
  }[];
}

/** SPEC §3: a published result list shows name, unit and prize; nothing that reaches a person. */
export function toPublicWinner(p: PrizeAward): PublicWinner {
  return { prize: p.prize, fullName: p.fullName, unitName: p.unitName, track: p.track };
}

export function maskPhone(phone: string | null): string {
  if (!phone) return '';
  return `${phone.slice(0, 3)}****${phone.slice(-3)}`;
}

@Injectable()
export class ResultsService implements OnApplicationBootstrap {
  constructor(
    private readonly repo: ResultsRepository,
    private readonly contestsRepo: ContestsRepository,
    private readonly contests: ContestsService,
    private readonly attempts: AttemptsService,
    private readonly leaderboard: LeaderboardService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Freezes `actual`, the ranking and the prizes in an immutable snapshot. A second call makes a
   * new version and needs a reason (kept in the audit log); earlier versions stay readable.
   */
  async finalize(
    actor: Actor,
    meta: RequestMeta,
    roundId: string,
    reason?: string,
  ): Promise<FinalizeResult> {
    const { contest } = await this.contests.managedRound(actor, roundId);
    return this.freeze(actor, meta, roundId, contest, reason);
  }

  /** The demo's closed rounds are finalised by the server itself on start (audited as system). */
  async onApplicationBootstrap(): Promise<void> {
    for (const r of await this.repo.demoRoundsToFinalize(this.clock.now())) {
      const contest = (await this.contestsRepo.findContest(r.contestId))!;
      try {
        await this.freeze(null, null, r.id, contest);
      } catch (e) {
        // Another process starting at the same time finalised it first.
        if (!(e instanceof AppError && e.code === 'reason_required')) throw e;
      }
    }
  }

  private async freeze(
    actor: Actor | null,
    meta: RequestMeta | null,
    roundId: string,
    contest: ContestRow,
    reason?: string,
  ): Promise<FinalizeResult> {
    const result = await this.repo.transaction(async (em) => {
      const round = (await this.contestsRepo.findRound(roundId, em, true))!;
      const now = this.clock.now();
      if (now.getTime() < round.closes_at.getTime() + round.grace_ms)
        throw new AppError('round_not_closed');
      const prev = await this.repo.latestVersion(em, roundId);
      if (prev > 0 && !reason) throw new AppError('reason_required');
      // Attempts still open at the close are auto-submitted first, inside this transaction.
      await this.attempts.sweep('finalize', roundId, em);
      const computed = await this.compute(em, round, contest);
      const version = prev + 1;
      await this.repo.storeResult(em, {
        roundId,
        version,
        actual: computed.actual,
        rows: computed.rows,
        prizes: computed.prizes,
        reason: reason ?? null,
        finalizedBy: actor?.id ?? null,
        at: now,
      });
      await this.audit.record(
        actor,
        meta,
        {
          action: version === 1 ? 'round.finalize' : 'round.refinalize',
          targetType: 'round',
          targetId: roundId,
          after: {
            version,
            actual: computed.actual,
            entrants: computed.rows.length,
            prizes: computed.prizes.length,
            ...(reason ? { reason } : {}),
          },
        },
        em,
      );
      return this.toDto(roundId, round, {
        version,
        actual: computed.actual,
        rows: computed.rows,
        prizes: computed.prizes,
        reason: reason ?? null,
        finalized_at: now,
      });
    });
    this.leaderboard.reload(roundId);
    return result;
  }

  private async compute(em: EntityManager, round: RoundRow, contest: ContestRow) {
    const entries = await this.repo.entriesToRank(em, round.id);
    // Excluded persons (BTC, question writers, jury, technical staff) are not ranked and do not
    // count towards `actual`.
    // Entries the organiser disqualified (with a reason, audited) are out too.
    const eligible = entries.filter(
      (e) => !isExcludedPerson(contest, e) && e.disqualified_reason === null,
    );
    const alreadyAwarded = contest.one_prize_per_person_per_contest
      ? new Set((await this.repo.contestPrizes(contest.id, round.id, em)).map((p) => p.userId))
      : new Set<string>();
    const actual: Record<string, number> = {};
    const rows: FrozenRow[] = [];
    const prizes: PrizeAward[] = [];
    const tracks = [...new Set(eligible.map((e) => e.track))].sort();
    for (const track of tracks) {
      const inTrack = eligible.filter((e) => e.track === track);
      const value = computeActual(
        inTrack.map((e) => ({ correctCount: e.correct_count, total: e.total })),
        round.prediction_target,
      );
      actual[track] = value;
      const ranked = rankEntries(
        inTrack.map((e) => ({
          userId: e.user_id,
          track: e.track,
          correctCount: e.correct_count,
          durationMs: e.duration_ms,
          submittedAt: e.submitted_at.getTime(),
          prediction: round.prediction_enabled ? e.prediction : null,
          attemptsUsed: e.attempts_used,
          src: e,
        })),
        {
          actual: round.prediction_enabled ? value : null,
          multipleAttempts: round.max_attempts !== 1,
        },
      );
      for (const r of ranked)
        rows.push({
          rank: r.rank,
          userId: r.userId,
          fullName: r.src.full_name,
          unitName: r.src.unit_name,
          unitPath: r.src.unit_path,
          track,
          correctCount: r.correctCount,
          total: r.src.total,
          durationMs: r.durationMs,
          prediction: r.prediction,
          predictionError: round.prediction_enabled ? predictionError(r.prediction, value) : null,
          submittedAt: r.src.submitted_at.toISOString(),
          attemptsUsed: r.attemptsUsed,
        });
      const byUser = new Map(ranked.map((r) => [r.userId, r]));
      for (const a of allocatePrizes(ranked, contest.prize_table, alreadyAwarded)) {
        const r = byUser.get(a.userId)!;
        prizes.push({
          prize: a.prize,
          rank: a.rank,
          userId: a.userId,
          fullName: r.src.full_name,
          unitName: r.src.unit_name,
          track,
        });
      }
    }
    return { actual, rows, prizes };
  }

  private toDto(roundId: string, round: RoundRow, r: StoredResult): FinalizeResult {
    const tracks = Object.keys(r.actual);
    return {
      roundId,
      version: r.version,
      actual: round.track
        ? (r.actual[round.track] ?? null)
        : tracks.length === 1
          ? r.actual[tracks[0]!]!
          : null,
      actualByTrack: r.actual,
      rows: r.rows.map(({ unitPath: _p, disqualified: _d, ...row }) => row),
      prizes: r.prizes,
      finalizedAt: r.finalized_at.toISOString(),
      reason: r.reason,
    };
  }

  async results(actor: Actor, roundId: string): Promise<FinalizeResult> {
    const { round } = await this.contests.managedRound(actor, roundId);
    const r = await this.repo.latest(roundId);
    if (!r) throw new AppError('not_found');
    return this.toDto(roundId, round, r);
  }

  /** Biểu 02: the winners of a round, as the last finalisation froze them. */
  async winners(actor: Actor, roundId: string): Promise<RoundWinners> {
    const { round, contest } = await this.contests.managedRound(actor, roundId);
    const r = await this.repo.latest(roundId);
    if (!r) throw new AppError('not_found');
    const phoneOf = await this.repo.phones(r.prizes.map((p) => p.userId));
    const rowOf = new Map(r.rows.map((x) => [x.userId, x]));
    return {
      contestTitle: contest.title,
      roundTitle: round.title,
      organizerUnitId: contest.organizer_unit_id,
      organizerUnitName: contest.organizer_unit_name,
      opensAt: round.opens_at,
      closesAt: round.closes_at,
      finalizedAt: r.finalized_at,
      version: r.version,
      reason: r.reason,
      rows: r.prizes.map((p) => {
        const row = rowOf.get(p.userId)!;
        return {
          prize: p.prize,
          rank: p.rank,
          fullName: p.fullName,
          unitName: p.unitName,
          track: p.track,
          correctCount: row.correctCount,
          total: row.total,
          durationMs: row.durationMs,
          prediction: row.prediction,
          predictionError: row.predictionError,
          phoneMasked: maskPhone(phoneOf.get(p.userId) ?? null),
        };
      }),
    };
  }

  /**
   * Takes an entry out of the ranking (or puts it back). A finalised round keeps its snapshot
   * until it is re-finalised with a reason.
   */
  async disqualify(
    actor: Actor,
    meta: RequestMeta,
    roundId: string,
    userId: string,
    reason: string | null,
  ): Promise<{ userId: string; disqualified: boolean; reason: string | null }> {
    await this.contests.managedRound(actor, roundId);
    const changed = await this.repo.setDisqualified(
      roundId,
      userId,
      reason,
      reason ? actor.id : null,
    );
    if (!changed) throw new AppError('not_found');
    await this.audit.record(actor, meta, {
      action: reason ? 'round.disqualify' : 'round.reinstate',
      targetType: 'round',
      targetId: roundId,
      after: { userId, reason },
    });
    this.leaderboard.reload(roundId);
    return { userId, disqualified: reason !== null, reason };
  }

  /** Public: name, unit and prize only. */
  async publicResults(roundId: string): Promise<PublicResults> {
    const row = await this.repo.finalizedRound(roundId);
    // Winners are public once the organisers publish the contest's results, not at finalising:
    // a finalised list may still be re-finalised after complaints (SPEC §3, finalising).
    const r = row?.contestStatus === 'results_published' ? await this.repo.latest(roundId) : null;
    if (!row || !r) throw new AppError('not_found');
    return {
      contestTitle: row.contestTitle,
      roundTitle: row.title,
      finalizedAt: r.finalized_at.toISOString(),
      winners: r.prizes.map(toPublicWinner),
    };
  }

  async awards(actor: Actor, contestId: string): Promise<PrizeAward[]> {
    await this.contests.managed(actor, contestId);
    return this.repo.contestPrizes(contestId);
  }

  /**
   * Item analysis over counted attempts: facility = share answering right; discrimination =
   * facility among the top 27% by score minus among the bottom 27%.
   */
  async itemStats(actor: Actor, roundId: string): Promise<ItemStat[]> {
    await this.contests.managedRound(actor, roundId);
    const attempts = await this.repo.countedAttempts<SnapshotQuestion>(roundId);
    const answers = await this.repo.countedAnswers(roundId);
    const chosen = new Map(answers.map((a) => [`${a.attempt_id}:${a.question_id}`, a.option_ids]));
    const sorted = [...attempts].sort((a, b) => b.correct_count - a.correct_count);
    const groupSize = Math.floor(sorted.length * 0.27);
    const top = new Set(sorted.slice(0, groupSize).map((a) => a.id));
    const bottom = new Set(sorted.slice(sorted.length - groupSize).map((a) => a.id));
    const stats = new Map<
      string,
      {
        q: SnapshotQuestion;
        n: number;
        right: number;
        topN: number;
        topRight: number;
        botN: number;
        botRight: number;
      }
    >();
    for (const a of attempts) {
      for (const q of a.questions) {
        let s = stats.get(q.id);
        if (!s)
          stats.set(q.id, (s = { q, n: 0, right: 0, topN: 0, topRight: 0, botN: 0, botRight: 0 }));
        const ok = isCorrect(q, chosen.get(`${a.id}:${q.id}`));
        s.n++;
        if (ok) s.right++;
        if (groupSize > 0 && top.has(a.id)) {
          s.topN++;
          if (ok) s.topRight++;
        }
        if (groupSize > 0 && bottom.has(a.id)) {
          s.botN++;
          if (ok) s.botRight++;
        }
      }
    }
    const round2 = (x: number) => Math.round(x * 1000) / 1000;
    return [...stats.values()]
      .map((s) => ({
        questionId: s.q.id,
        stem: s.q.stem.replace(/<[^>]*>/g, ''),
        area: s.q.area,
        difficulty: s.q.difficulty,
        answered: s.n,
        facility: s.n ? round2(s.right / s.n) : null,
        discrimination: s.topN && s.botN ? round2(s.topRight / s.topN - s.botRight / s.botN) : null,
      }))
      .sort((a, b) => (a.facility ?? 2) - (b.facility ?? 2));
  }
}
