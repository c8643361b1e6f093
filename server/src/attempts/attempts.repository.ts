import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SnapshotQuestion } from './draw.js';

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

type Db = DataSource | EntityManager;

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
                             deadline, client_ip, device_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
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
   * Saves a batch of answers (later seq wins) and returns every answer of the attempt as it
   * stands after the batch, in one round trip.
   */
  async upsertAnswers(
    db: Db,
    attemptId: string,
    answers: { questionId: string; optionIds: string[]; seq: number }[],
    at: Date,
  ): Promise<AnswerRow[]> {
    if (answers.length === 0) return this.answers(attemptId, db);
    return db.query(
      `WITH up AS (
         INSERT INTO attempt_answers (attempt_id, question_id, option_ids, seq, saved_at)
         SELECT $1, x.q, ARRAY(SELECT jsonb_array_elements_text(x.o)), x.s, $2
           FROM jsonb_to_recordset($3::jsonb) AS x(q uuid, o jsonb, s int)
         ON CONFLICT (attempt_id, question_id) DO UPDATE
           SET option_ids = excluded.option_ids, seq = excluded.seq, saved_at = excluded.saved_at
           WHERE attempt_answers.seq <= excluded.seq
         RETURNING question_id, option_ids, seq, saved_at
       )
       SELECT question_id, option_ids, seq, saved_at FROM up
       UNION ALL
       SELECT a.question_id, a.option_ids, a.seq, a.saved_at FROM attempt_answers a
        WHERE a.attempt_id = $1 AND a.question_id NOT IN (SELECT question_id FROM up)`,
      [
        attemptId,
        at,
        JSON.stringify(answers.map((a) => ({ q: a.questionId, o: a.optionIds, s: a.seq }))),
      ],
    ) as Promise<AnswerRow[]>;
  }

  /**
   * Closes the attempt (only if still in progress) and keeps the person's counted entry for the
   * round, in one statement: the entry is replaced only by a better attempt (more correct, then
   * shorter, then earlier); attempts_used follows the latest attempt number. Returns the entry
   * as stored, or null when someone else closed the attempt first.
   */
  async closeAndEnter(
    db: Db,
    v: {
      id: string;
      status: 'submitted' | 'expired';
      submittedAt: Date;
      correctCount: number;
      durationMs: number;
      prediction: number | null;
      closedBy: string;
      unitId: string;
    },
  ): Promise<EntryRow | null> {
    const better = `(excluded.correct_count > e.correct_count OR (excluded.correct_count = e.correct_count
      AND (excluded.duration_ms < e.duration_ms OR (excluded.duration_ms = e.duration_ms
      AND excluded.submitted_at < e.submitted_at))))`;
    const keep = (col: string) =>
      `${col} = CASE WHEN ${better} THEN excluded.${col} ELSE e.${col} END`;
    const rows = (await db.query(
      `WITH closed AS (
         UPDATE attempts SET status = $2, submitted_at = $3, correct_count = $4, duration_ms = $5,
                prediction = $6, closed_by = $7
          WHERE id = $1 AND status = 'in_progress'
          RETURNING id, round_id, user_id, track, total, attempt_no
       )
       INSERT INTO round_entries AS e (round_id, user_id, attempt_id, track, unit_id, correct_count,
                                       total, duration_ms, submitted_at, prediction, attempts_used)
       SELECT round_id, user_id, id, track, $8, $4, total, $5, $3, $6, attempt_no FROM closed
       ON CONFLICT (round_id, user_id) DO UPDATE SET
         attempts_used = GREATEST(e.attempts_used, excluded.attempts_used),
         ${['attempt_id', 'correct_count', 'total', 'duration_ms', 'submitted_at', 'prediction'].map(keep).join(',\n         ')}
       RETURNING user_id, track, unit_id, correct_count, total, duration_ms, submitted_at,
                 prediction, attempts_used, disqualified_reason`,
      [
        v.id,
        v.status,
        v.submittedAt,
        v.correctCount,
        v.durationMs,
        v.prediction,
        v.closedBy,
        v.unitId,
      ],
    )) as EntryRow[];
    return rows[0] ?? null;
  }

  /** Open attempts whose deadline + grace has passed, locked so a second sweeper skips them. */
  async lockExpired(db: Db, now: Date, limit: number, roundId?: string): Promise<AttemptRow[]> {
    return db.query(
      `SELECT a.* FROM attempts a JOIN rounds r ON r.id = a.round_id
        WHERE a.status = 'in_progress'
          AND a.deadline + r.grace_ms * interval '1 millisecond' < $1
          AND ($3::uuid IS NULL OR a.round_id = $3)
        ORDER BY a.deadline
        LIMIT $2
        FOR UPDATE OF a SKIP LOCKED`,
      [now, limit, roundId ?? null],
    ) as Promise<AttemptRow[]>;
  }
}
