import { Injectable } from '@nestjs/common';
import type { ParticipantTrack, PrizeAward } from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { readEntryScore, type EntryScore } from '../attempts/attempts.repository.js';
import { firstRow, mapRows, read, type Row } from '../database/rows.js';
import type { FrozenRow } from '../leaderboard/leaderboard.repository.js';

type Db = DataSource | EntityManager;

/** A round's frozen result (one version of it) as stored in round_results. */
export interface StoredResult {
  version: number;
  actual: Record<string, number>;
  rows: FrozenRow[];
  prizes: PrizeAward[];
  reason: string | null;
  finalized_at: Date;
}

/** A counted entry with what finalising needs to rank it and exclude people. */
export interface EntryToRank extends EntryScore {
  user_id: string;
  track: ParticipantTrack;
  full_name: string;
  phone: string | null;
  citizen_id: string | null;
  unit_name: string;
  unit_path: string;
  disqualified_reason: string | null;
}

const TRACKS = ['staff', 'citizen'] as const;

const toStoredResult = (r: Row): StoredResult => ({
  version: read.int(r, 'version'),
  actual: read.json<Record<string, number>>(r, 'actual'),
  rows: read.json<FrozenRow[]>(r, 'rows'),
  prizes: read.json<PrizeAward[]>(r, 'prizes'),
  reason: read.strOrNull(r, 'reason'),
  finalized_at: read.date(r, 'finalized_at'),
});

const toEntryToRank = (r: Row): EntryToRank => ({
  user_id: read.str(r, 'user_id'),
  track: read.oneOf(r, 'track', TRACKS),
  ...readEntryScore(r),
  full_name: read.str(r, 'full_name'),
  phone: read.strOrNull(r, 'phone'),
  citizen_id: read.strOrNull(r, 'citizen_id'),
  unit_name: read.str(r, 'unit_name'),
  unit_path: read.str(r, 'unit_path'),
  disqualified_reason: read.strOrNull(r, 'disqualified_reason'),
});

/** The SQL behind finalising, frozen results, disqualification and item analysis. */
@Injectable()
export class ResultsRepository {
  constructor(private readonly ds: DataSource) {}

  /** One unit of work: finalising writes the frozen result and the round together. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  /** Closed (past close + grace) rounds of demo contests not finalised yet. */
  async demoRoundsToFinalize(now: Date): Promise<{ id: string; contestId: string }[]> {
    return mapRows(
      await this.ds.query(
        `SELECT r.id, r.contest_id FROM rounds r JOIN contests c ON c.id = r.contest_id
          WHERE c.is_demo AND r.finalized_at IS NULL
            AND r.closes_at + r.grace_ms * interval '1 millisecond' < $1`,
        [now],
      ),
      (r) => ({ id: read.str(r, 'id'), contestId: read.str(r, 'contest_id') }),
    );
  }

  /** The latest finalisation's version number, 0 before the first. */
  async latestVersion(em: EntityManager, roundId: string): Promise<number> {
    const row = firstRow(
      await em.query(
        `SELECT coalesce(max(version), 0)::int AS v FROM round_results WHERE round_id = $1`,
        [roundId],
      ),
      (r) => read.int(r, 'v'),
    );
    return row ?? 0;
  }

  /** Stores a new frozen version and marks the round finalised with its `actual`. */
  async storeResult(
    em: EntityManager,
    v: {
      roundId: string;
      version: number;
      actual: Record<string, number>;
      rows: FrozenRow[];
      prizes: PrizeAward[];
      reason: string | null;
      finalizedBy: string | null;
      at: Date;
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO round_results (round_id, version, actual, rows, prizes, reason, finalized_by, finalized_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        v.roundId,
        v.version,
        JSON.stringify(v.actual),
        JSON.stringify(v.rows),
        JSON.stringify(v.prizes),
        v.reason,
        v.finalizedBy,
        v.at,
      ],
    );
    await em.query(
      `UPDATE rounds SET finalized_at = $2, actual = $3, updated_at = now() WHERE id = $1`,
      [v.roundId, v.at, JSON.stringify(v.actual)],
    );
  }

  /** Every counted entry of the round, with the person and unit (disqualified ones included). */
  async entriesToRank(em: EntityManager, roundId: string): Promise<EntryToRank[]> {
    return mapRows(
      await em.query(
        `SELECT e.user_id, e.track, e.correct_count, e.total, e.duration_ms, e.submitted_at, e.prediction,
                e.attempts_used, e.disqualified_reason, u.full_name, u.phone, u.citizen_id,
                un.name AS unit_name, un.path AS unit_path
           FROM round_entries e JOIN users u ON u.id = e.user_id JOIN units un ON un.id = e.unit_id
          WHERE e.round_id = $1`,
        [roundId],
      ),
      toEntryToRank,
    );
  }

  /** The prizes of the latest finalisation of each round of the contest (but `exceptRoundId`). */
  async contestPrizes(
    contestId: string,
    exceptRoundId: string | null = null,
    db: Db = this.ds,
  ): Promise<PrizeAward[]> {
    const rows = mapRows(
      await db.query(
        `SELECT DISTINCT ON (rr.round_id) rr.prizes FROM round_results rr JOIN rounds r ON r.id = rr.round_id
          WHERE r.contest_id = $1 AND ($2::uuid IS NULL OR rr.round_id <> $2)
          ORDER BY rr.round_id, rr.version DESC`,
        [contestId, exceptRoundId],
      ),
      (r) => read.json<PrizeAward[]>(r, 'prizes'),
    );
    return rows.flat();
  }

  /** The round's latest frozen result, or null before it is finalised. */
  async latest(roundId: string): Promise<StoredResult | null> {
    return firstRow(
      await this.ds.query(
        `SELECT version, actual, rows, prizes, reason, finalized_at FROM round_results
          WHERE round_id = $1 ORDER BY version DESC LIMIT 1`,
        [roundId],
      ),
      toStoredResult,
    );
  }

  async phones(userIds: string[]): Promise<Map<string, string | null>> {
    const rows = mapRows(
      await this.ds.query(`SELECT id, phone FROM users WHERE id = ANY($1)`, [userIds]),
      (r) => [read.str(r, 'id'), read.strOrNull(r, 'phone')] as const,
    );
    return new Map(rows);
  }

  /** Sets or clears an entry's disqualification; false when the person has no entry. */
  async setDisqualified(
    roundId: string,
    userId: string,
    reason: string | null,
    by: string | null,
  ): Promise<boolean> {
    const rows = rowsChanged(
      await this.ds.query(
        `WITH changed AS (
           UPDATE round_entries SET disqualified_reason = $3, disqualified_by = $4,
                  disqualified_at = CASE WHEN $3::text IS NULL THEN NULL ELSE now() END
            WHERE round_id = $1 AND user_id = $2 RETURNING user_id)
         SELECT user_id FROM changed`,
        [roundId, userId, reason, by],
      ),
    );
    return rows > 0;
  }

  /** A finalised round's titles and its contest's status, or null when not finalised. */
  async finalizedRound(
    roundId: string,
  ): Promise<{ title: string; contestTitle: string; contestStatus: string } | null> {
    return firstRow(
      await this.ds.query(
        `SELECT r.title, c.title AS contest_title, c.status FROM rounds r JOIN contests c ON c.id = r.contest_id
          WHERE r.id = $1 AND r.finalized_at IS NOT NULL`,
        [roundId],
      ),
      (r) => ({
        title: read.str(r, 'title'),
        contestTitle: read.str(r, 'contest_title'),
        contestStatus: read.str(r, 'status'),
      }),
    );
  }

  /** The counted attempts of the round with their question snapshots. */
  async countedAttempts<Q>(
    roundId: string,
  ): Promise<{ id: string; questions: Q[]; correct_count: number }[]> {
    return mapRows(
      await this.ds.query(
        `SELECT a.id, a.questions, a.correct_count FROM round_entries e JOIN attempts a ON a.id = e.attempt_id
          WHERE e.round_id = $1`,
        [roundId],
      ),
      (r) => ({
        id: read.str(r, 'id'),
        questions: read.json<Q[]>(r, 'questions'),
        correct_count: read.int(r, 'correct_count'),
      }),
    );
  }

  /** The answers of the round's counted attempts. */
  async countedAnswers(
    roundId: string,
  ): Promise<{ attempt_id: string; question_id: string; option_ids: string[] }[]> {
    return mapRows(
      await this.ds.query(
        `SELECT aa.attempt_id, aa.question_id, aa.option_ids FROM attempt_answers aa
           JOIN round_entries e ON e.attempt_id = aa.attempt_id WHERE e.round_id = $1`,
        [roundId],
      ),
      (r) => ({
        attempt_id: read.str(r, 'attempt_id'),
        question_id: read.str(r, 'question_id'),
        option_ids: read.strs(r, 'option_ids'),
      }),
    );
  }
}

const rowsChanged = (result: unknown) => mapRows(result, (r) => read.str(r, 'user_id')).length;
