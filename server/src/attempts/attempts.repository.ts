import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../common/app-error.js';
import { firstRow, mapRows, read, rowsOf, type Row } from '../database/rows.js';
import { countedBetterSql } from './ranking.js';
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

/** The scored columns of a counted entry (round_entries), as every repository reads them. */
export interface EntryScore {
  correct_count: number;
  total: number;
  duration_ms: number;
  submitted_at: Date;
  prediction: number | null;
  attempts_used: number;
}

export const readEntryScore = (r: Row): EntryScore => ({
  correct_count: read.int(r, 'correct_count'),
  total: read.int(r, 'total'),
  duration_ms: read.int(r, 'duration_ms'),
  submitted_at: read.date(r, 'submitted_at'),
  prediction: read.intOrNull(r, 'prediction'),
  attempts_used: read.int(r, 'attempts_used'),
});

export interface EntryRow extends EntryScore {
  user_id: string;
  track: string;
  unit_id: string;
  disqualified_reason: string | null;
}

export interface RoundTally {
  used: number;
  openId: string | null;
  /** The counted attempt (round_entries), once one was submitted. */
  bestId: string | null;
}

type Db = DataSource | EntityManager;

const TRACKS = ['staff', 'citizen'] as const;
const STATUSES = ['in_progress', 'submitted', 'expired'] as const;

/** An attempt without its snapshot: what the submit statement reads and returns. */
export type AttemptState = Omit<AttemptRow, 'seed' | 'questions'>;

// Timestamps come as Dates from the driver and as ISO strings from row_to_json: read.date takes both.
const toAttemptState = (r: Row): AttemptState => ({
  id: read.str(r, 'id'),
  round_id: read.str(r, 'round_id'),
  user_id: read.str(r, 'user_id'),
  attempt_no: read.int(r, 'attempt_no'),
  track: read.oneOf(r, 'track', TRACKS),
  status: read.oneOf(r, 'status', STATUSES),
  total: read.int(r, 'total'),
  started_at: read.date(r, 'started_at'),
  deadline: read.date(r, 'deadline'),
  submitted_at: read.dateOrNull(r, 'submitted_at'),
  correct_count: read.intOrNull(r, 'correct_count'),
  duration_ms: read.intOrNull(r, 'duration_ms'),
  prediction: read.intOrNull(r, 'prediction'),
});

const toAttemptRow = (r: Row): AttemptRow => ({
  ...toAttemptState(r),
  // bigint: a string from the driver
  seed: String(read.int(r, 'seed')),
  questions: read.json<SnapshotQuestion[]>(r, 'questions'),
});

const toAnswerRow = (r: Row): AnswerRow => ({
  question_id: read.str(r, 'question_id'),
  option_ids: read.strs(r, 'option_ids'),
  seq: read.int(r, 'seq'),
  saved_at: read.date(r, 'saved_at'),
});

const toEntryRow = (r: Row): EntryRow => ({
  user_id: read.str(r, 'user_id'),
  track: read.str(r, 'track'),
  unit_id: read.str(r, 'unit_id'),
  ...readEntryScore(r),
  disqualified_reason: read.strOrNull(r, 'disqualified_reason'),
});

/** A json column holding one row (row_to_json), or null. */
const jsonRow = (r: Row, k: string): Row | null => read.jsonOrNull<Row>(r, k);

/** What the service needs of an attempt to check and save answers, cached per attempt. */
export interface AttemptMetaRow {
  userId: string;
  roundId: string;
  deadline: Date;
  questions: SnapshotQuestion[];
  graceMs: number;
}

/** One line of a participant's attempt history. */
export interface MyAttemptRow extends AttemptState {
  round_title: string;
  contest_id: string;
  contest_title: string;
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

  /** One unit of work over several of the statements below (closing with the entry). */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  async find(id: string, db: Db = this.ds, lock = false): Promise<AttemptRow | null> {
    return firstRow(
      await db.query(`SELECT * FROM attempts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]),
      toAttemptRow,
    );
  }

  async openAttempt(roundId: string, userId: string, db: Db = this.ds): Promise<AttemptRow | null> {
    return firstRow(
      await db.query(
        `SELECT * FROM attempts WHERE round_id = $1 AND user_id = $2 AND status = 'in_progress'`,
        [roundId, userId],
      ),
      toAttemptRow,
    );
  }

  async attemptsUsed(roundId: string, userId: string, db: Db = this.ds): Promise<number> {
    const n = firstRow(
      await db.query(
        `SELECT coalesce(max(attempt_no), 0)::int AS n FROM attempts WHERE round_id = $1 AND user_id = $2`,
        [roundId, userId],
      ),
      (r) => read.int(r, 'n'),
    );
    return n ?? 0;
  }

  async insert(
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
    db: Db = this.ds,
  ): Promise<AttemptRow> {
    const rows: unknown = await db.query(
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
    );
    return mapRows(rows, toAttemptRow)[0]!;
  }

  async answers(attemptId: string, db: Db = this.ds): Promise<AnswerRow[]> {
    return mapRows(
      await db.query(
        `SELECT question_id, option_ids, seq, saved_at FROM attempt_answers WHERE attempt_id = $1`,
        [attemptId],
      ),
      toAnswerRow,
    );
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
    const rows: unknown = await db.query(
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
    );
    const r = firstRow(rows, (x) => ({
      correctCount: read.intOrNull(x, 'correct_count'),
      entry: jsonRow(x, 'entry'),
    }));
    if (!r || r.correctCount === null || !r.entry) return null;
    return { correctCount: r.correctCount, entry: toEntryRow(r.entry) };
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
    attempt: AttemptState;
    answered: number;
    closed: AttemptState | null;
    entry: EntryRow | null;
  }> {
    const rows = await this.ds.transaction(async (em) => {
      const locked = rowsOf(
        await em.query(`SELECT 1 FROM attempts WHERE id = $1 AND user_id = $2 FOR UPDATE`, [
          v.attemptId,
          v.userId,
        ]),
      );
      if (locked.length === 0) throw new AppError('not_found');
      const out: unknown = await em.query(
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
      );
      return out;
    });
    const r = firstRow(rows, (x) => ({
      attempt: jsonRow(x, 'attempt'),
      answered: read.intOrNull(x, 'answered'),
      closed: jsonRow(x, 'closed'),
      entry: jsonRow(x, 'entry'),
    }))!;
    if (!r.attempt) throw new AppError('not_found');
    return {
      attempt: toAttemptState(r.attempt),
      answered: r.answered ?? 0,
      closed: r.closed ? toAttemptState(r.closed) : null,
      entry: r.entry ? toEntryRow(r.entry) : null,
    };
  }

  /** Published (or later) contests whose eligible subtrees hold the unit at `unitPath`. */
  async contestIdsOpenTo(unitPath: string): Promise<string[]> {
    const rows = await this.ds.query(
      `SELECT c.id FROM contests c
        WHERE c.status <> 'draft'
          AND EXISTS (SELECT 1 FROM units e WHERE e.id = ANY(c.eligible_unit_ids) AND $1 LIKE e.path || '%')`,
      [unitPath],
    );
    return mapRows(rows, (r) => read.str(r, 'id'));
  }

  /** Per round: attempts used, the open attempt and the counted one (all rounds, or one). */
  async roundTallies(userId: string, roundId?: string): Promise<Map<string, RoundTally>> {
    const rows = await this.ds.query(
      `SELECT a.round_id, max(a.attempt_no)::int AS used,
              (array_agg(a.id) FILTER (WHERE a.status = 'in_progress'))[1] AS open_id,
              (SELECT e.attempt_id FROM round_entries e WHERE e.round_id = a.round_id AND e.user_id = $1) AS best_id
         FROM attempts a WHERE a.user_id = $1 AND ($2::uuid IS NULL OR a.round_id = $2)
        GROUP BY a.round_id`,
      [userId, roundId ?? null],
    );
    return new Map(
      mapRows(rows, (r) => [
        read.str(r, 'round_id'),
        {
          used: read.int(r, 'used'),
          openId: read.strOrNull(r, 'open_id'),
          bestId: read.strOrNull(r, 'best_id'),
        },
      ]),
    );
  }

  /** Open attempts whose deadline + grace has passed, locked so a second sweeper skips them. */
  async lockExpired(db: Db, now: Date, limit: number, roundId?: string): Promise<AttemptRow[]> {
    const rows = await db.query(
      `SELECT a.* FROM attempts a JOIN rounds r ON r.id = a.round_id
        WHERE a.status = 'in_progress'
          AND a.deadline < $1 -- lets ix_attempts_sweep skip attempts still running
          AND a.deadline + r.grace_ms * interval '1 millisecond' < $1
          AND ($3::uuid IS NULL OR a.round_id = $3)
        ORDER BY a.deadline
        LIMIT $2
        FOR UPDATE OF a SKIP LOCKED`,
      [now, limit, roundId ?? null],
    );
    return mapRows(rows, toAttemptRow);
  }

  /** The attempt's owner, round, deadline, snapshot and the round's grace. */
  async meta(id: string): Promise<AttemptMetaRow | null> {
    return firstRow(
      await this.ds.query(
        `SELECT a.user_id, a.round_id, a.deadline, a.questions, r.grace_ms
           FROM attempts a JOIN rounds r ON r.id = a.round_id WHERE a.id = $1`,
        [id],
      ),
      (r) => ({
        userId: read.str(r, 'user_id'),
        roundId: read.str(r, 'round_id'),
        deadline: read.date(r, 'deadline'),
        questions: read.json<SnapshotQuestion[]>(r, 'questions'),
        graceMs: read.int(r, 'grace_ms'),
      }),
    );
  }

  /** What eligibility reads of a person: their track and the ids excluded lists match on. */
  async userFacts(
    userId: string,
  ): Promise<{ track: 'staff' | 'citizen'; phone: string | null; citizen_id: string | null }> {
    const u = firstRow(
      await this.ds.query(`SELECT track, phone, citizen_id FROM users WHERE id = $1`, [userId]),
      (r) => ({
        track: read.oneOf(r, 'track', TRACKS),
        phone: read.strOrNull(r, 'phone'),
        citizen_id: read.strOrNull(r, 'citizen_id'),
      }),
    );
    if (!u) throw new AppError('not_found');
    return u;
  }

  /** The unit a person belongs to now. */
  async userUnit(db: Db, userId: string): Promise<string> {
    const unit = firstRow(
      await db.query(`SELECT unit_id FROM users WHERE id = $1`, [userId]),
      (r) => read.str(r, 'unit_id'),
    );
    if (unit === null) throw new AppError('not_found');
    return unit;
  }

  /**
   * Locks one attempt still in progress (skipped when another transaction holds it), with the
   * unit its owner belongs to now.
   */
  async lockOpen(
    em: EntityManager,
    attemptId: string,
  ): Promise<{ row: AttemptRow; userUnitId: string } | null> {
    return firstRow(
      await em.query(
        `SELECT a.*, u.unit_id AS user_unit_id FROM attempts a JOIN users u ON u.id = a.user_id
          WHERE a.id = $1 AND a.status = 'in_progress' FOR UPDATE OF a SKIP LOCKED`,
        [attemptId],
      ),
      (r) => ({ row: toAttemptRow(r), userUnitId: read.str(r, 'user_unit_id') }),
    );
  }

  /** A person's latest attempts (200 at most), newest first, with round and contest titles. */
  async history(userId: string): Promise<MyAttemptRow[]> {
    return mapRows(
      await this.ds.query(
        `SELECT a.id, a.round_id, r.title AS round_title, c.id AS contest_id, c.title AS contest_title,
                a.user_id, a.track, a.attempt_no, a.status, a.started_at, a.deadline, a.submitted_at,
                a.correct_count, a.total, a.duration_ms, a.prediction
           FROM attempts a JOIN rounds r ON r.id = a.round_id JOIN contests c ON c.id = r.contest_id
          WHERE a.user_id = $1 ORDER BY a.started_at DESC LIMIT 200`,
        [userId],
      ),
      (r) => ({
        ...toAttemptState(r),
        round_title: read.str(r, 'round_title'),
        contest_id: read.str(r, 'contest_id'),
        contest_title: read.str(r, 'contest_title'),
      }),
    );
  }
}
