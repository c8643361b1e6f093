import { Injectable } from '@nestjs/common';
import type { ContestStatus, OverviewRound } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { escapeLike } from '../scope/scope.policy.js';

/** Which rounds a list of the overview holds; each is one WHERE clause and one order. */
const BUCKETS = {
  // A round is running while its window is open in a contest participants can see.
  running: {
    where: `c.status = 'published' AND r.opens_at <= $2 AND r.closes_at > $2`,
    order: 'r.closes_at, r.id',
  },
  // Draft contests are listed too: a round about to open in an unpublished contest needs them.
  upcoming: {
    where: `c.status IN ('draft', 'published') AND r.opens_at > $2`,
    order: 'r.opens_at, r.id',
  },
  // Closed and waiting for the organiser to freeze the ranking and prizes.
  toFinalize: {
    where: `c.status IN ('published', 'closed') AND r.closes_at <= $2 AND r.finalized_at IS NULL`,
    order: 'r.closes_at, r.id',
  },
} as const;
export type OverviewBucket = keyof typeof BUCKETS;

interface RoundSqlRow {
  id: string;
  title: string;
  mode: 'self_paced' | 'live';
  contest_id: string;
  contest_title: string;
  status: ContestStatus;
  opens_at: Date;
  closes_at: Date;
  entries: number;
  in_progress: number;
  total: number;
}

/** The rounds and contests an organiser's home shows, within their subtree. */
@Injectable()
export class OverviewRepository {
  constructor(private readonly ds: DataSource) {}

  /** `subtree` is the organiser's unit path; null for an admin (everything). */
  async rounds(
    bucket: OverviewBucket,
    subtree: string | null,
    now: Date,
    limit: number,
  ): Promise<{ rows: OverviewRound[]; total: number }> {
    const { where, order } = BUCKETS[bucket];
    const rows = (await this.ds.query(
      `SELECT r.id, r.title, r.mode, c.id AS contest_id, c.title AS contest_title, c.status,
              r.opens_at, r.closes_at,
              (SELECT count(*)::int FROM round_entries e WHERE e.round_id = r.id) AS entries,
              -- only attempts still on the clock: one left past its deadline is the sweeper's
              (SELECT count(*)::int FROM attempts a
                WHERE a.round_id = r.id AND a.status = 'in_progress' AND a.deadline > $2) AS in_progress,
              count(*) OVER ()::int AS total
         FROM rounds r
         JOIN contests c ON c.id = r.contest_id
         JOIN units u ON u.id = c.organizer_unit_id
        WHERE ($1::text IS NULL OR u.path LIKE $1) AND ${where}
        ORDER BY ${order}
        LIMIT $3`,
      [subtree === null ? null : `${escapeLike(subtree)}%`, now, limit],
    )) as RoundSqlRow[];
    return {
      total: rows[0]?.total ?? 0,
      rows: rows.map((r) => ({
        roundId: r.id,
        roundTitle: r.title,
        mode: r.mode,
        contestId: r.contest_id,
        contestTitle: r.contest_title,
        contestStatus: r.status,
        opensAt: r.opens_at.toISOString(),
        closesAt: r.closes_at.toISOString(),
        entries: r.entries,
        inProgress: r.in_progress,
      })),
    };
  }

  async contestsByStatus(subtree: string | null): Promise<Map<ContestStatus, number>> {
    const rows = (await this.ds.query(
      `SELECT c.status, count(*)::int AS n
         FROM contests c JOIN units u ON u.id = c.organizer_unit_id
        WHERE ($1::text IS NULL OR u.path LIKE $1)
        GROUP BY c.status`,
      [subtree === null ? null : `${escapeLike(subtree)}%`],
    )) as { status: ContestStatus; n: number }[];
    return new Map(rows.map((r) => [r.status, r.n]));
  }
}
