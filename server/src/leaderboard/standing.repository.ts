import { Injectable } from '@nestjs/common';
import type { ParticipantTrack } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { rankingOrderSql } from './ranking.js';

export interface RankingFacts {
  finalizedAt: Date | null;
  maxAttempts: number;
  /** Frozen per track when the round was finalised. */
  actual: Record<string, number> | null;
}

export interface CountedEntry {
  roundId: string;
  attemptId: string;
  track: ParticipantTrack;
  correctCount: number;
  total: number;
  durationMs: number;
  submittedAt: Date;
  prediction: number | null;
}

export interface RecentEntry extends CountedEntry {
  roundTitle: string;
  contestTitle: string;
  closesAt: Date;
  reviewAfterClose: boolean;
}

interface EntrySqlRow {
  round_id: string;
  attempt_id: string;
  track: ParticipantTrack;
  correct_count: number;
  total: number;
  duration_ms: number;
  submitted_at: Date;
  prediction: number | null;
}

const toEntry = (r: EntrySqlRow): CountedEntry => ({
  roundId: r.round_id,
  attemptId: r.attempt_id,
  track: r.track,
  correctCount: r.correct_count,
  total: r.total,
  durationMs: r.duration_ms,
  submittedAt: r.submitted_at,
  prediction: r.prediction,
});

/** A person's place in a round: the reads behind result pages and the participant's home. */
@Injectable()
export class StandingRepository {
  constructor(private readonly ds: DataSource) {}

  async rankingFacts(roundId: string): Promise<RankingFacts | null> {
    const [row] = (await this.ds.query(
      `SELECT finalized_at, max_attempts, actual FROM rounds WHERE id = $1`,
      [roundId],
    )) as {
      finalized_at: Date | null;
      max_attempts: number;
      actual: Record<string, number> | null;
    }[];
    return row
      ? { finalizedAt: row.finalized_at, maxAttempts: row.max_attempts, actual: row.actual }
      : null;
  }

  /** The person's counted entry in the round, or null before their first submission. */
  async countedEntry(roundId: string, userId: string): Promise<CountedEntry | null> {
    const [row] = (await this.ds.query(
      `SELECT round_id, attempt_id, track, correct_count, total, duration_ms, submitted_at, prediction
         FROM round_entries WHERE round_id = $1 AND user_id = $2`,
      [roundId, userId],
    )) as EntrySqlRow[];
    return row ? toEntry(row) : null;
  }

  /**
   * The person's latest counted entries. Found through their attempts (indexed by user), then
   * the entries by primary key: round_entries has no index by user.
   */
  async recentEntries(userId: string, limit: number): Promise<RecentEntry[]> {
    const rows = (await this.ds.query(
      `SELECT e.round_id, e.attempt_id, e.track, e.correct_count, e.total, e.duration_ms,
              e.submitted_at, e.prediction, r.title AS round_title, c.title AS contest_title,
              r.closes_at, r.review_after_close
         FROM round_entries e
         JOIN rounds r ON r.id = e.round_id
         JOIN contests c ON c.id = r.contest_id
        WHERE e.user_id = $1
          AND e.round_id IN (SELECT a.round_id FROM attempts a WHERE a.user_id = $1)
        ORDER BY e.submitted_at DESC, e.round_id
        LIMIT $2`,
      [userId, limit],
    )) as (EntrySqlRow & {
      round_title: string;
      contest_title: string;
      closes_at: Date;
      review_after_close: boolean;
    })[];
    return rows.map((r) => ({
      ...toEntry(r),
      roundTitle: r.round_title,
      contestTitle: r.contest_title,
      closesAt: r.closes_at,
      reviewAfterClose: r.review_after_close,
    }));
  }

  /** Rank on the live board of the track (ties share a rank), and how many are ranked there. */
  async liveRank(
    roundId: string,
    track: ParticipantTrack,
    userId: string,
    multipleAttempts: boolean,
  ): Promise<{ rank: number | null; ranked: number }> {
    const [row] = (await this.ds.query(
      `SELECT (SELECT x.rank FROM (
                 SELECT e.user_id, rank() OVER (ORDER BY ${rankingOrderSql('e', { actual: null, multipleAttempts })})::int AS rank
                   FROM round_entries e
                  WHERE e.round_id = $1 AND e.track = $2 AND e.disqualified_reason IS NULL
               ) x WHERE x.user_id = $3) AS rank,
              (SELECT count(*)::int FROM round_entries e
                WHERE e.round_id = $1 AND e.track = $2 AND e.disqualified_reason IS NULL) AS ranked`,
      [roundId, track, userId],
    )) as [{ rank: number | null; ranked: number }];
    return row;
  }

  /**
   * Rank in the latest frozen result, read inside PostgreSQL: a finalised round's rows can be
   * tens of thousands, and one person needs one of them.
   */
  async frozenRank(
    roundId: string,
    track: ParticipantTrack,
    userId: string,
  ): Promise<{ rank: number | null; ranked: number }> {
    const [row] = (await this.ds.query(
      `WITH latest AS (
         SELECT rows FROM round_results WHERE round_id = $1 ORDER BY version DESC LIMIT 1
       ), row_of AS (
         SELECT r FROM latest, jsonb_array_elements(latest.rows) r
       )
       SELECT (SELECT (r->>'rank')::int FROM row_of WHERE r->>'userId' = $3 LIMIT 1) AS rank,
              (SELECT count(*)::int FROM row_of WHERE r->>'track' = $2) AS ranked`,
      [roundId, track, userId],
    )) as [{ rank: number | null; ranked: number }];
    return row;
  }
}
