import { Injectable } from '@nestjs/common';
import type { ParticipantTrack } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { firstRow, mapRows, read, type Row } from '../database/rows.js';
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

const toEntry = (r: Row): CountedEntry => ({
  roundId: read.str(r, 'round_id'),
  attemptId: read.str(r, 'attempt_id'),
  track: read.oneOf(r, 'track', ['staff', 'citizen']),
  correctCount: read.int(r, 'correct_count'),
  total: read.int(r, 'total'),
  durationMs: read.int(r, 'duration_ms'),
  submittedAt: read.date(r, 'submitted_at'),
  prediction: read.intOrNull(r, 'prediction'),
});

/** A rank (null: not ranked there) and how many are ranked. */
const toPlace = (r: Row): { rank: number | null; ranked: number } => ({
  rank: read.intOrNull(r, 'rank'),
  ranked: read.int(r, 'ranked'),
});

/** A person's place in a round: the reads behind result pages and the participant's home. */
@Injectable()
export class StandingRepository {
  constructor(private readonly ds: DataSource) {}

  async rankingFacts(roundId: string): Promise<RankingFacts | null> {
    return firstRow(
      await this.ds.query(`SELECT finalized_at, max_attempts, actual FROM rounds WHERE id = $1`, [
        roundId,
      ]),
      (r) => ({
        finalizedAt: read.dateOrNull(r, 'finalized_at'),
        maxAttempts: read.int(r, 'max_attempts'),
        actual: read.jsonOrNull<Record<string, number>>(r, 'actual'),
      }),
    );
  }

  /** The person's counted entry in the round, or null before their first submission. */
  async countedEntry(roundId: string, userId: string): Promise<CountedEntry | null> {
    return firstRow(
      await this.ds.query(
        `SELECT round_id, attempt_id, track, correct_count, total, duration_ms, submitted_at, prediction
           FROM round_entries WHERE round_id = $1 AND user_id = $2`,
        [roundId, userId],
      ),
      toEntry,
    );
  }

  /**
   * The person's latest counted entries. Found through their attempts (indexed by user), then
   * the entries by primary key: round_entries has no index by user.
   */
  async recentEntries(userId: string, limit: number): Promise<RecentEntry[]> {
    const rows = await this.ds.query(
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
    );
    return mapRows(rows, (r) => ({
      ...toEntry(r),
      roundTitle: read.str(r, 'round_title'),
      contestTitle: read.str(r, 'contest_title'),
      closesAt: read.date(r, 'closes_at'),
      reviewAfterClose: read.bool(r, 'review_after_close'),
    }));
  }

  /** Rank on the live board of the track (ties share a rank), and how many are ranked there. */
  async liveRank(
    roundId: string,
    track: ParticipantTrack,
    userId: string,
    multipleAttempts: boolean,
  ): Promise<{ rank: number | null; ranked: number }> {
    const row = firstRow(
      await this.ds.query(
        `SELECT (SELECT x.rank FROM (
                 SELECT e.user_id, rank() OVER (ORDER BY ${rankingOrderSql('e', { actual: null, multipleAttempts })})::int AS rank
                   FROM round_entries e
                  WHERE e.round_id = $1 AND e.track = $2 AND e.disqualified_reason IS NULL
               ) x WHERE x.user_id = $3) AS rank,
              (SELECT count(*)::int FROM round_entries e
                WHERE e.round_id = $1 AND e.track = $2 AND e.disqualified_reason IS NULL) AS ranked`,
        [roundId, track, userId],
      ),
      toPlace,
    );
    return row!; // one row: a SELECT without FROM
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
    const row = firstRow(
      await this.ds.query(
        `WITH latest AS (
         SELECT rows FROM round_results WHERE round_id = $1 ORDER BY version DESC LIMIT 1
       ), row_of AS (
         SELECT r FROM latest, jsonb_array_elements(latest.rows) r
       )
       SELECT (SELECT (r->>'rank')::int FROM row_of WHERE r->>'userId' = $3 LIMIT 1) AS rank,
              (SELECT count(*)::int FROM row_of WHERE r->>'track' = $2) AS ranked`,
        [roundId, track, userId],
      ),
      toPlace,
    );
    return row!; // one row: the final SELECT has no FROM
  }
}
