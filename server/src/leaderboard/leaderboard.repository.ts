import { Injectable } from '@nestjs/common';
import type { LeaderboardRow, ParticipantTrack } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { escapeLike } from '../scope/scope.policy.js';
import { firstRow, mapRows, read, type Row } from '../database/rows.js';
import { excludedPersonSql } from '../contests/excluded-persons.js';
import { rankingOrderSql, type RankedEntry, type RankingOptions } from '../attempts/ranking.js';

/** A counted entry on a live board, with the person's name and unit. */
export interface LiveEntry extends RankedEntry {
  fullName: string;
  unitName: string;
  unitPath: string;
  total: number;
}

/** Stored in a frozen result: a ranked row plus what filters need. */
export interface FrozenRow extends LeaderboardRow {
  unitPath: string;
  disqualified?: boolean;
}

const ENTRY_SQL = `SELECT e.user_id, e.track, e.correct_count, e.total, e.duration_ms, e.submitted_at,
       e.prediction, e.attempts_used, u.full_name, un.name AS unit_name, un.path AS unit_path
  FROM round_entries e JOIN users u ON u.id = e.user_id JOIN units un ON un.id = e.unit_id
  JOIN rounds r ON r.id = e.round_id JOIN contests c ON c.id = r.contest_id`;

// Ranked: not disqualified in the round, and not on the contest's excluded list (BTC, jury…
// and people the integrity review excluded), as finalising will rank them.
const RANKED = `e.disqualified_reason IS NULL AND NOT ${excludedPersonSql('c', 'u')}`;

const TRACKS = ['staff', 'citizen'] as const;

const toLive = (r: Row): LiveEntry => ({
  userId: read.str(r, 'user_id'),
  track: read.oneOf(r, 'track', TRACKS),
  correctCount: read.int(r, 'correct_count'),
  total: read.int(r, 'total'),
  durationMs: read.int(r, 'duration_ms'),
  submittedAt: read.date(r, 'submitted_at').getTime(),
  prediction: read.intOrNull(r, 'prediction'),
  attemptsUsed: read.int(r, 'attempts_used'),
  fullName: read.str(r, 'full_name'),
  unitName: read.str(r, 'unit_name'),
  unitPath: read.str(r, 'unit_path'),
});

const unitPrefix = (unitPath: string | undefined) => (unitPath ? `${escapeLike(unitPath)}%` : null);

/** The reads behind live and frozen leaderboards. */
@Injectable()
export class LeaderboardRepository {
  constructor(private readonly ds: DataSource) {}

  /** The ranked (not disqualified) entries of one track of a round, in no particular order. */
  async liveEntries(roundId: string, track: ParticipantTrack): Promise<LiveEntry[]> {
    return mapRows(
      await this.ds.query(`${ENTRY_SQL} WHERE e.round_id = $1 AND e.track = $2 AND ${RANKED}`, [
        roundId,
        track,
      ]),
      toLive,
    );
  }

  /** Whether the round's contest has anyone on its excluded list (most have no one). */
  async hasExclusions(roundId: string): Promise<boolean> {
    const n = firstRow(
      await this.ds.query(
        `SELECT jsonb_array_length(c.excluded_persons) AS n
           FROM rounds r JOIN contests c ON c.id = r.contest_id WHERE r.id = $1`,
        [roundId],
      ),
      (r) => read.int(r, 'n'),
    );
    return (n ?? 0) > 0;
  }

  /** Which of these people are on the excluded list of the round's contest. */
  async excludedAmong(roundId: string, userIds: string[]): Promise<Set<string>> {
    const rows = mapRows(
      await this.ds.query(
        `SELECT u.id FROM users u, rounds r JOIN contests c ON c.id = r.contest_id
          WHERE r.id = $1 AND u.id = ANY($2) AND ${excludedPersonSql('c', 'u')}`,
        [roundId, userIds],
      ),
      (r) => read.str(r, 'id'),
    );
    return new Set(rows);
  }

  /** Names and units of people, for entries handed over without them. */
  async people(
    userIds: string[],
  ): Promise<{ id: string; fullName: string; unitName: string; unitPath: string }[]> {
    return mapRows(
      await this.ds.query(
        `SELECT u.id, u.full_name, un.name, un.path FROM users u JOIN units un ON un.id = u.unit_id
          WHERE u.id = ANY($1)`,
        [userIds],
      ),
      (r) => ({
        id: read.str(r, 'id'),
        fullName: read.str(r, 'full_name'),
        unitName: read.str(r, 'name'),
        unitPath: read.str(r, 'path'),
      }),
    );
  }

  /** The rows of the round's latest frozen result (none before it is finalised). */
  async frozenRows(roundId: string): Promise<FrozenRow[]> {
    const rows = firstRow(
      await this.ds.query(
        `SELECT rows FROM round_results WHERE round_id = $1 ORDER BY version DESC LIMIT 1`,
        [roundId],
      ),
      (r) => read.json<FrozenRow[]>(r, 'rows'),
    );
    return rows ?? [];
  }

  /**
   * One page of the live board, ranked in SQL by the ranking's one definition (ties listed by
   * user id, as `compareForListing` lists them), and how many entries match the filters.
   */
  async livePage(
    roundId: string,
    q: { track: ParticipantTrack | null; unitPath?: string; limit: number; offset: number },
    opts: RankingOptions,
  ): Promise<{ total: number; rows: (LiveEntry & { rank: number })[] }> {
    const prefix = unitPrefix(q.unitPath);
    const rows = mapRows(
      await this.ds.query(
        `SELECT * FROM (
           SELECT x.*, rank() OVER (PARTITION BY x.track ORDER BY ${rankingOrderSql('x', opts)}) AS rank
             FROM (${ENTRY_SQL} WHERE e.round_id = $1 AND ($2::text IS NULL OR e.track = $2)
                     AND ${RANKED}) x
         ) ranked
         WHERE ($3::text IS NULL OR ranked.unit_path LIKE $3)
         ORDER BY ${rankingOrderSql('ranked', opts)}, ranked.user_id
         LIMIT $4 OFFSET $5`,
        [roundId, q.track, prefix, q.limit, q.offset],
      ),
      (r) => ({ ...toLive(r), rank: read.int(r, 'rank') }),
    );
    const total = firstRow(
      await this.ds.query(
        `SELECT count(*)::int AS n FROM round_entries e JOIN units un ON un.id = e.unit_id
           JOIN users u ON u.id = e.user_id
           JOIN rounds r ON r.id = e.round_id JOIN contests c ON c.id = r.contest_id
          WHERE e.round_id = $1 AND ($2::text IS NULL OR e.track = $2)
            AND ${RANKED} AND ($3::text IS NULL OR un.path LIKE $3)`,
        [roundId, q.track, prefix],
      ),
      (r) => read.int(r, 'n'),
    );
    return { total: total ?? 0, rows };
  }
}
