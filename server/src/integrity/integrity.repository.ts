import { Injectable } from '@nestjs/common';
import type { IntegrityDecisionKind } from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { firstRow, mapRows, read, type Row } from '../database/rows.js';

export interface EntrantRow {
  id: string;
  fullName: string;
  unitId: string | null;
  unitName: string;
  phone: string | null;
  email: string | null;
  citizenId: string | null;
  attempts: number;
  bestScore: number | null;
}

export interface DecisionRow {
  userId: string;
  decision: IntegrityDecisionKind;
  note: string | null;
  decidedAt: Date;
}

const DECISIONS = ['keep', 'exclude'] as const;

const toEntrant = (r: Row): EntrantRow => ({
  id: read.str(r, 'id'),
  fullName: read.str(r, 'full_name'),
  unitId: read.strOrNull(r, 'unit_id'),
  unitName: read.strOrNull(r, 'unit_name') ?? '',
  phone: read.strOrNull(r, 'phone'),
  email: read.strOrNull(r, 'email'),
  citizenId: read.strOrNull(r, 'citizen_id'),
  attempts: read.int(r, 'attempts'),
  bestScore: read.intOrNull(r, 'best'),
});

// An entrant: anyone with an attempt in one of the contest's rounds, whatever its state.
const ENTRANTS_SQL = `SELECT u.id, u.full_name, u.unit_id, un.name AS unit_name, u.phone, u.email,
       u.citizen_id, count(a.id)::int AS attempts, max(a.correct_count) AS best
  FROM attempts a JOIN rounds r ON r.id = a.round_id JOIN users u ON u.id = a.user_id
  LEFT JOIN units un ON un.id = u.unit_id
 WHERE r.contest_id = $1`;
const ENTRANTS_GROUP = `GROUP BY u.id, un.name`;

/** The reads behind the integrity review and its decisions. */
@Injectable()
export class IntegrityRepository {
  constructor(private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  async entrants(contestId: string): Promise<EntrantRow[]> {
    return mapRows(
      await this.ds.query(`${ENTRANTS_SQL} ${ENTRANTS_GROUP}`, [contestId]),
      toEntrant,
    );
  }

  async entrant(contestId: string, userId: string): Promise<EntrantRow | null> {
    return firstRow(
      await this.ds.query(`${ENTRANTS_SQL} AND u.id = $2 ${ENTRANTS_GROUP}`, [contestId, userId]),
      toEntrant,
    );
  }

  /**
   * Current staff-list entries that say who the entrants are: the one linked to each, and any
   * whose phone or CCCD is the entrant's (linked to someone else or to no one).
   */
  async identities(
    userIds: string[],
  ): Promise<{ userId: string; phone: string | null; citizenId: string | null }[]> {
    return mapRows(
      await this.ds.query(
        `SELECT u.id AS user_id, re.phone, re.citizen_id
           FROM users u JOIN roster_entries re ON re.valid_to IS NULL
                AND (re.user_id = u.id OR re.phone = u.phone OR re.citizen_id = u.citizen_id)
          WHERE u.id = ANY($1)`,
        [userIds],
      ),
      (r) => ({
        userId: read.str(r, 'user_id'),
        phone: read.strOrNull(r, 'phone'),
        citizenId: read.strOrNull(r, 'citizen_id'),
      }),
    );
  }

  async devices(userIds: string[]): Promise<{ userId: string; deviceHash: string }[]> {
    return mapRows(
      await this.ds.query(
        `SELECT user_id, device_hash FROM account_devices WHERE user_id = ANY($1)`,
        [userIds],
      ),
      (r) => ({ userId: read.str(r, 'user_id'), deviceHash: read.str(r, 'device_hash') }),
    );
  }

  /** Every registration from an address one of the accounts registered from. */
  async registrations(
    userIds: string[],
  ): Promise<{ userId: string; addressHash: string; registeredAt: Date }[]> {
    return mapRows(
      await this.ds.query(
        `SELECT user_id, address_hash, registered_at FROM account_registrations
          WHERE address_hash IN (SELECT address_hash FROM account_registrations
                                  WHERE user_id = ANY($1))`,
        [userIds],
      ),
      (r) => ({
        userId: read.str(r, 'user_id'),
        addressHash: read.str(r, 'address_hash'),
        registeredAt: read.date(r, 'registered_at'),
      }),
    );
  }

  async decisions(
    contestId: string,
    db: DataSource | EntityManager = this.ds,
  ): Promise<DecisionRow[]> {
    return mapRows(
      await db.query(
        `SELECT user_id, decision, note, decided_at FROM integrity_decisions WHERE contest_id = $1`,
        [contestId],
      ),
      (r) => ({
        userId: read.str(r, 'user_id'),
        decision: read.oneOf(r, 'decision', DECISIONS),
        note: read.strOrNull(r, 'note'),
        decidedAt: read.date(r, 'decided_at'),
      }),
    );
  }

  /** The decision before this one (locked: two reviewers deciding at once take turns). */
  async previous(
    em: EntityManager,
    contestId: string,
    userId: string,
  ): Promise<IntegrityDecisionKind | null> {
    return firstRow(
      await em.query(
        `SELECT decision FROM integrity_decisions WHERE contest_id = $1 AND user_id = $2 FOR UPDATE`,
        [contestId, userId],
      ),
      (r) => read.oneOf(r, 'decision', DECISIONS),
    );
  }

  async decide(
    em: EntityManager,
    v: {
      contestId: string;
      userId: string;
      decision: IntegrityDecisionKind;
      note: string | null;
      by: string;
      at: Date;
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO integrity_decisions (contest_id, user_id, decision, note, decided_by, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (contest_id, user_id) DO UPDATE
         SET decision = EXCLUDED.decision, note = EXCLUDED.note,
             decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at`,
      [v.contestId, v.userId, v.decision, v.note, v.by, v.at],
    );
  }
}
