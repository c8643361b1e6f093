import { Injectable } from '@nestjs/common';
import type { BlueprintItem, ExcludedPerson, PrizeTier } from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { PoolQuestion } from './question-pool.js';
import { escapeLike } from '../scope/scope.policy.js';

export interface ContestRow {
  id: string;
  organizer_unit_id: string;
  organizer_unit_name: string;
  organizer_path: string;
  eligible_unit_ids: string[];
  title: string;
  slug: string;
  short_code: string;
  description: string | null;
  legal_basis: string | null;
  tracks: ('staff' | 'citizen')[];
  prize_table: PrizeTier[];
  one_prize_per_person_per_contest: boolean;
  excluded_persons: ExcludedPerson[];
  rules_text: string | null;
  status: 'draft' | 'published' | 'closed' | 'results_published';
  created_at: Date;
  updated_at: Date;
}

export interface RoundRow {
  id: string;
  contest_id: string;
  seq: number;
  title: string;
  mode: 'self_paced' | 'live';
  opens_at: Date;
  closes_at: Date;
  duration_sec: number;
  max_attempts: number;
  blueprint: BlueprintItem[];
  question_count: number;
  shuffle_questions: boolean;
  shuffle_options: boolean;
  track: 'staff' | 'citizen' | null;
  prediction_enabled: boolean;
  prediction_target: 'perfect_count' | 'participant_count';
  prediction_prompt: string | null;
  review_after_close: boolean;
  grace_ms: number;
  finalized_at: Date | null;
  actual: Record<string, number> | null;
  attempt_count: number;
}

const CONTEST_SELECT = `SELECT c.*, u.name AS organizer_unit_name, u.path AS organizer_path
  FROM contests c JOIN units u ON u.id = c.organizer_unit_id`;

const ROUND_SELECT = `SELECT r.*,
    (SELECT count(*)::int FROM attempts a WHERE a.round_id = r.id) AS attempt_count
  FROM rounds r`;

type Db = DataSource | EntityManager;

@Injectable()
export class ContestsRepository {
  constructor(private readonly ds: DataSource) {}

  async listContests(pathPrefix: string | null): Promise<ContestRow[]> {
    if (pathPrefix === null)
      return this.ds.query(`${CONTEST_SELECT} ORDER BY c.created_at DESC`) as Promise<ContestRow[]>;
    return this.ds.query(`${CONTEST_SELECT} WHERE u.path LIKE $1 ORDER BY c.created_at DESC`, [
      `${escapeLike(pathPrefix)}%`,
    ]) as Promise<ContestRow[]>;
  }

  async findContest(id: string, db: Db = this.ds, lock = false): Promise<ContestRow | null> {
    const rows = (await db.query(
      `${CONTEST_SELECT} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`,
      [id],
    )) as ContestRow[];
    return rows[0] ?? null;
  }

  async roundsOf(contestIds: string[], db: Db = this.ds): Promise<RoundRow[]> {
    if (contestIds.length === 0) return [];
    return db.query(`${ROUND_SELECT} WHERE r.contest_id = ANY($1) ORDER BY r.contest_id, r.seq`, [
      contestIds,
    ]) as Promise<RoundRow[]>;
  }

  async findRound(id: string, db: Db = this.ds, lock = false): Promise<RoundRow | null> {
    const rows = (await db.query(
      `${ROUND_SELECT} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`,
      [id],
    )) as RoundRow[];
    return rows[0] ?? null;
  }

  /** A round without the attempt count: for the hot paths (start, submit, sweep, watch). */
  async findRoundLite(id: string, db: Db = this.ds): Promise<RoundRow | null> {
    const rows = (await db.query(`SELECT r.*, 0 AS attempt_count FROM rounds r WHERE r.id = $1`, [
      id,
    ])) as RoundRow[];
    return rows[0] ?? null;
  }

  async unitsByIds(ids: string[]): Promise<{ id: string; name: string; path: string }[]> {
    if (ids.length === 0) return [];
    return this.ds.query(`SELECT id, name, path FROM units WHERE id = ANY($1)`, [ids]) as Promise<
      { id: string; name: string; path: string }[]
    >;
  }

  async insertContest(db: Db, values: Record<string, unknown>): Promise<string> {
    return insert(db, 'contests', values);
  }

  async insertRound(db: Db, values: Record<string, unknown>): Promise<string> {
    return insert(db, 'rounds', values);
  }

  async update(db: Db, table: 'contests' | 'rounds', id: string, values: Record<string, unknown>) {
    const keys = Object.keys(values);
    if (keys.length === 0) return;
    const sets = keys.map((k, i) => `${k} = $${i + 2}`).join(', ');
    await db.query(`UPDATE ${table} SET ${sets}, updated_at = now() WHERE id = $1`, [
      id,
      ...keys.map((k) => values[k]),
    ]);
  }

  async nextRoundSeq(db: Db, contestId: string): Promise<number> {
    const [row] = (await db.query(
      `SELECT coalesce(max(seq), 0) + 1 AS seq FROM rounds WHERE contest_id = $1`,
      [contestId],
    )) as [{ seq: number }];
    return row.seq;
  }

  /**
   * Published questions a contest of this organising unit may draw: the unit's subtree's own, plus
   * those its ancestors published (the same visibility organisers have in the bank).
   */
  async questionPool(
    organizerPath: string,
    track: 'staff' | 'citizen' | null,
  ): Promise<PoolQuestion[]> {
    const rows = (await this.ds.query(
      `SELECT q.id, q.revision, q.area, q.difficulty, q.type, q.stem, q.options, q.explanation,
              q.source, q.track
         FROM questions q JOIN units o ON o.id = q.owner_unit_id
        WHERE q.status = 'published'
          AND (o.path LIKE $1 OR $2 LIKE o.path || '%')
          AND ($3::text IS NULL OR q.track IN ($3, 'both'))`,
      [`${escapeLike(organizerPath)}%`, organizerPath, track],
    )) as PoolQuestion[];
    return rows;
  }

  async areaNames(): Promise<Map<string, string>> {
    const rows = (await this.ds.query(`SELECT code, name FROM question_areas`)) as {
      code: string;
      name: string;
    }[];
    return new Map(rows.map((r) => [r.code, r.name]));
  }
}

async function insert(db: Db, table: string, values: Record<string, unknown>): Promise<string> {
  const keys = Object.keys(values);
  const rows = (await db.query(
    `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    keys.map((k) => values[k]),
  )) as { id: string }[];
  return rows[0]!.id;
}
