import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../common/app-error.js';
import { countedBetterSql } from '../leaderboard/ranking.js';
import type { SnapshotQuestion } from './draw.js';
import { scoreSql, type KeyItem } from './scoring.js';

export interface AttemptRow {
  id: string;
  round_id: string;
  user_id: string;
  attempt_no: number;
  track: 'staff' | 'citizen';
  status: 'in_progress' | 'submitted' | 'expired';
  seed: string;
  questions: SnapshotQuestion[];
  total: number;
  started_at: Date;
  deadline: Date;
  submitted_at: Date | null;
  correct_count: number | null;
  duration_ms: number | null;
  prediction: number | null;
}

export interface AnswerRow {
  question_id: string;
  option_ids: string[];
  seq: number;
  saved_at: Date;
}

export interface EntryRow {
  user_id: string;
  track: string;
  unit_id: string;
  correct_count: number;
  total: number;
  duration_ms: number;
  submitted_at: Date;
  prediction: number | null;
  attempts_used: number;
  disqualified_reason: string | null;
}

export interface RoundTally {
  used: number;
  openId: string | null;
  /** The counted attempt (round_entries), once one was submitted. */
  bestId: string | null;
}

type Db = DataSource | EntityManager;
type JsonRow = Record<string, unknown>;

const DATE_FIELDS = ['started_at', 'deadline', 'submitted_at'];
/** row_to_json gives timestamps as strings: make them Dates like the driver does. */
function fromJson(row: JsonRow): JsonRow {
  const out = { ...row };
  for (const f of DATE_FIELDS) if (typeof out[f] === 'string') out[f] = new Date(out[f] as string);
  return out;
}

/**
 * Upserts the person's counted entry from the attempt just closed (CTE `source`): replaced only
 * by a better attempt (more correct, then shorter, then earlier); attempts_used follows the
 * latest attempt number.
 */
function entryUpsert(source: string, unitParam: string): string {
  const better = countedBetterSql('excluded', 'e');
  const keep = (col: string) =>
    `${col} = CASE WHEN ${better} THEN excluded.${col} ELSE e.${col} END`;
  const cols = [
    'attempt_id',
    'correct_count',
    'total',
    'duration_ms',
    'submitted_at',
    'prediction',
  ];
  return `INSERT INTO round_entries AS e (round_id, user_id, attempt_id, track, unit_id, correct_count,
                                   total, duration_ms, submitted_at, prediction, attempts_used)
    SELECT round_id, user_id, id, track, ${unitParam}, correct_count, total, duration_ms,
           submitted_at, prediction, attempt_no FROM ${source}
    ON CONFLICT (round_id, user_id) DO UPDATE SET
      attempts_used = GREATEST(e.attempts_used, excluded.attempts_used),
      ${cols.map(keep).join(',\n      ')}
    RETURNING user_id, track, unit_id, correct_count, total, duration_ms, submitted_at,
              prediction, attempts_used, disqualified_reason`;
}

@Injectable()
export class AttemptsRepository {
  constructor(private readonly ds: DataSource) {}

  async find(id: string, db: Db = this.ds, lock = false): Promise<AttemptRow | null> {
    const rows = (await db.query(
      `SELECT * FROM attempts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    )) as AttemptRow[];
    return rows[0] ?? null;
  }

  async openAttempt(roundId: string, userId: string, db: Db = this.ds): Promise<AttemptRow | null> {
    const rows = (await db.query(
      `SELECT * FROM attempts WHERE round_id = $1 AND user_id = $2 AND status = 'in_progress'`,
      [roundId, userId],
    )) as AttemptRow[];
    return rows[0] ?? null;
  }

  async attemptsUsed(roundId: string, userId: string, db: Db = this.ds): Promise<number> {
    const [row] = (await db.query(
      `SELECT coalesce(max(attempt_no), 0)::int AS n FROM attempts WHERE round_id = $1 AND user_id = $2`,
      [roundId, userId],
    )) as [{ n: number }];
    return row.n;
  }

  async insert(
    db: Db,
    v: {
      roundId: string;
      userId: string;
      /** The unit the person belongs to now: participation is counted there for good. */
      unitId: string | null;
      attemptNo: number;
      track: string;
      seed: number;
      questions: SnapshotQuestion[];
      startedAt: Date;
      deadline: Date;
      clientIp: string | null;
      deviceHash: string | null;
    },
  ): Promise<AttemptRow> {
    const rows = (await db.query(
      `INSERT INTO attempts (round_id, user_id, attempt_no, track, seed, questions, total, started_at,
                             deadline, client_ip, device_hash, unit_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
      [
        v.roundId,
        v.userId,
        v.attemptNo,
        v.track,
        v.seed,
        JSON.stringify(v.questions),
        v.questions.length,
        v.startedAt,
        v.deadline,
        v.clientIp,
        v.deviceHash,
        v.unitId,
      ],
    )) as AttemptRow[];
    return rows[0]!;
  }

  async answers(attemptId: string, db: Db = this.ds): Promise<AnswerRow[]> {
    return db.query(
      `SELECT question_id, option_ids, seq, saved_at FROM attempt_answers WHERE attempt_id = $1`,
      [attemptId],
    ) as Promise<AnswerRow[]>;
  }

  /**
   * Closes the attempt (only if still in progress), scores it from its saved answers with the
   * submit statement's scoring (only those saved by `cutoff` when one is given) and keeps the
   * person's counted entry, in one statement. Returns the score and the entry as stored, or null
   * when someone else closed the attempt first.
   */
  async closeAndEnter(
    db: Db,
    v: {
      id: string;
      status: 'submitted' | 'expired';
      submittedAt: Date;
      key: KeyItem[];
      /** Answers saved later than this do not count (expiry: deadline + grace). */
      cutoff: Date | null;
      durationMs: number;
      prediction: number | null;
      closedBy: string;
      unitId: string;
    },
  ): Promise<{ correctCount: number; entry: EntryRow } | null> {
    const rows = (await db.query(
      `WITH counted AS (
         SELECT question_id, option_ids FROM attempt_answers
          WHERE attempt_id = $1 AND ($9::timestamptz IS NULL OR saved_at <= $9)
       ), score AS (
         ${scoreSql('counted', '$4')}
       ), closed AS (
         UPDATE attempts SET status = $2, submitted_at = $3, correct_count = (SELECT correct FROM score),
                duration_ms = $5, prediction = $6, closed_by = $7
          WHERE id = $1 AND status = 'in_progress'
          RETURNING id, round_id, user_id, track, total, attempt_no, submitted_at, correct_count,
                    duration_ms, prediction
       ), entry AS (
         ${entryUpsert('closed', '$8')}
       )
       SELECT (SELECT correct_count FROM closed) AS correct_count,
              (SELECT row_to_json(e) FROM entry e) AS entry`,
      [
        v.id,
        v.status,
        v.submittedAt,
        JSON.stringify(v.key),
        v.durationMs,
        v.prediction,
        v.closedBy,
        v.unitId,
        v.cutoff,
      ],
    )) as { correct_count: number | null; entry: JsonRow | null }[];
    const r = rows[0];
    if (!r || r.correct_count === null || !r.entry) return null;
    return { correctCount: r.correct_count, entry: fromJson(r.entry) as unknown as EntryRow };
  }

  /**
   * The whole submit in one transaction of two statements. The first takes the attempt's row
   * lock: an autosave batch holds a share lock on the attempt until it commits, so once the lock
   * is ours every acknowledged autosave is committed, and every later one waits and then finds
   * the attempt closed. The second statement (a new snapshot, taken after the lock) saves the
   * answers sent with the submit (later seq wins), scores the merged answers against the key,
   * closes the attempt if it is complete (or time is up) and keeps the person's counted entry.
   * Locking and reading in one statement would score from a snapshot taken before the lock wait,
   * missing an answer acknowledged meanwhile.
   */
  async submit(v: {
    attemptId: string;
    userId: string;
    unitId: string;
    at: Date;
    answers: { questionId: string; optionIds: string[]; seq: number }[];
    key: KeyItem[];
    prediction: number | null;
    predictionOk: boolean;
    timeUp: boolean;
  }): Promise<{
    attempt: AttemptRow;
    answered: number;
    closed: AttemptRow | null;
    entry: EntryRow | null;
  }> {
    const rows = await this.ds.transaction(async (em) => {
      const locked = (await em.query(
        `SELECT 1 FROM attempts WHERE id = $1 AND user_id = $2 FOR UPDATE`,
        [v.attemptId, v.userId],
      )) as unknown[];
      if (locked.length === 0) throw new AppError('not_found');
      return (await em.query(
        `WITH a AS (
           SELECT id, round_id, user_id, track, total, attempt_no, started_at, deadline, status,
                  submitted_at, correct_count, duration_ms, prediction
             FROM attempts WHERE id = $1 AND user_id = $2
         ), up AS (
           INSERT INTO attempt_answers (attempt_id, question_id, option_ids, seq, saved_at)
           SELECT a.id, x.q, ARRAY(SELECT jsonb_array_elements_text(x.o)), x.s, $3
             FROM a, jsonb_to_recordset($4::jsonb) AS x(q uuid, o jsonb, s int)
            WHERE a.status = 'in_progress'
           ON CONFLICT (attempt_id, question_id) DO UPDATE
             SET option_ids = excluded.option_ids, seq = excluded.seq, saved_at = excluded.saved_at
             WHERE attempt_answers.seq <= excluded.seq
           RETURNING question_id, option_ids
         ), merged AS (
           SELECT question_id, option_ids FROM up
           UNION ALL
           -- By the key, not a join with the CTE: the planner cannot see that \`a\` is one row and
           -- would hash-join the whole answers table.
           SELECT aa.question_id, aa.option_ids FROM attempt_answers aa
            WHERE aa.attempt_id = $1 AND aa.question_id NOT IN (SELECT question_id FROM up)
         ), score AS (
           ${scoreSql('merged', '$5')}
         ), ok AS (
           SELECT a.id, s.correct FROM a, score s
            WHERE a.status = 'in_progress' AND ($7 OR (s.answered >= a.total AND $6))
         ), closed AS (
           -- By the key again (an UPDATE … FROM the CTE would be planned as a scan of attempts).
           UPDATE attempts t SET status = 'submitted', submitted_at = $3,
                  correct_count = (SELECT correct FROM ok),
                  duration_ms = (extract(epoch FROM ($3::timestamptz - t.started_at)) * 1000)::int,
                  prediction = $8, closed_by = 'participant'
            WHERE t.id = $1 AND EXISTS (SELECT 1 FROM ok)
           RETURNING t.id, t.round_id, t.user_id, t.track, t.total, t.attempt_no, t.started_at,
                     t.deadline, t.status, t.submitted_at, t.correct_count, t.duration_ms, t.prediction
         ), entry AS (
           ${entryUpsert('closed', '$9')}
         )
         SELECT (SELECT row_to_json(a) FROM a) AS attempt,
                (SELECT answered FROM score) AS answered,
                (SELECT row_to_json(c) FROM closed c) AS closed,
                (SELECT row_to_json(e) FROM entry e) AS entry`,
        [
          v.attemptId,
          v.userId,
          v.at,
          JSON.stringify(v.answers.map((a) => ({ q: a.questionId, o: a.optionIds, s: a.seq }))),
          JSON.stringify(v.key),
          v.predictionOk,
          v.timeUp,
          v.prediction,
          v.unitId,
        ],
      )) as {
        attempt: JsonRow | null;
        answered: number | null;
        closed: JsonRow | null;
        entry: JsonRow | null;
      }[];
    });
    const r = rows[0]!;
    return {
      attempt: fromJson(r.attempt!) as unknown as AttemptRow,
      answered: r.answered ?? 0,
      closed: r.closed ? (fromJson(r.closed) as unknown as AttemptRow) : null,
      entry: r.entry ? (fromJson(r.entry) as unknown as EntryRow) : null,
    };
  }

  /** Published (or later) contests whose eligible subtrees hold the unit at `unitPath`. */
  async contestIdsOpenTo(unitPath: string): Promise<string[]> {
    const rows = (await this.ds.query(
      `SELECT c.id FROM contests c
        WHERE c.status <> 'draft'
          AND EXISTS (SELECT 1 FROM units e WHERE e.id = ANY(c.eligible_unit_ids) AND $1 LIKE e.path || '%')`,
      [unitPath],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Per round: attempts used, the open attempt and the counted one (all rounds, or one). */
  async roundTallies(userId: string, roundId?: string): Promise<Map<string, RoundTally>> {
    const rows = (await this.ds.query(
      `SELECT a.round_id, max(a.attempt_no)::int AS used,
              (array_agg(a.id) FILTER (WHERE a.status = 'in_progress'))[1] AS open_id,
              (SELECT e.attempt_id FROM round_entries e WHERE e.round_id = a.round_id AND e.user_id = $1) AS best_id
         FROM attempts a WHERE a.user_id = $1 AND ($2::uuid IS NULL OR a.round_id = $2)
        GROUP BY a.round_id`,
      [userId, roundId ?? null],
    )) as { round_id: string; used: number; open_id: string | null; best_id: string | null }[];
    return new Map(
      rows.map((r) => [r.round_id, { used: r.used, openId: r.open_id, bestId: r.best_id }]),
    );
  }

  /** Open attempts whose deadline + grace has passed, locked so a second sweeper skips them. */
  async lockExpired(db: Db, now: Date, limit: number, roundId?: string): Promise<AttemptRow[]> {
    return db.query(
      `SELECT a.* FROM attempts a JOIN rounds r ON r.id = a.round_id
        WHERE a.status = 'in_progress'
          AND a.deadline < $1 -- lets ix_attempts_sweep skip attempts still running
          AND a.deadline + r.grace_ms * interval '1 millisecond' < $1
          AND ($3::uuid IS NULL OR a.round_id = $3)
        ORDER BY a.deadline
        LIMIT $2
        FOR UPDATE OF a SKIP LOCKED`,
      [now, limit, roundId ?? null],
    ) as Promise<AttemptRow[]>;
  }
}
