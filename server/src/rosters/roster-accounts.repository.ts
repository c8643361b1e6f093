import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { mapRows, read } from '../database/rows.js';
import { escapeLike } from '../scope/scope.policy.js';

/** A current staff-list entry with no account yet, as the accounts and the slips need it. */
export interface AccountlessEntry {
  id: string;
  unitId: string;
  unitName: string;
  fullName: string;
  citizenId: string | null;
  phone: string | null;
}

/** A new account for an entry: its id is chosen by the caller, with the code's hash. */
export interface NewEntryAccount {
  entryId: string;
  userId: string;
  codeHash: string;
}

/**
 * Accounts from the staff list, in batches: every statement takes a whole batch (arrays through
 * unnest), never one row per round trip.
 */
@Injectable()
export class RosterAccountsRepository {
  constructor(private readonly ds: DataSource) {}

  /** One batch's unit of work: linking, accounts and codes commit together. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  /** How many current entries of the unit (or subtree, or among `entryIds`) have no account. */
  async countAccountless(q: {
    unitId: string;
    subtreePath: string | null;
    entryIds: string[] | null;
  }): Promise<number> {
    const rows = mapRows(
      await this.ds.query(
        `SELECT count(*)::int AS n
           FROM roster_entries re JOIN units u ON u.id = re.unit_id
          WHERE re.valid_to IS NULL AND re.user_id IS NULL
            AND ($2::text IS NULL AND re.unit_id = $1 OR u.path LIKE $2)
            AND ($3::uuid[] IS NULL OR re.id = ANY($3))`,
        [q.unitId, q.subtreePath === null ? null : `${escapeLike(q.subtreePath)}%`, q.entryIds],
      ),
      (r) => read.int(r, 'n'),
    );
    return rows[0] ?? 0;
  }

  /**
   * Up to `limit` current entries without an account, of the unit (or of the subtree under
   * `subtreePath`), in id order after `afterId` (keyset paging: a batch never shifts the next).
   */
  async accountless(q: {
    unitId: string;
    subtreePath: string | null;
    entryIds: string[] | null;
    afterId: string | null;
    limit: number;
  }): Promise<AccountlessEntry[]> {
    return mapRows(
      await this.ds.query(
        `SELECT re.id, re.unit_id, u.name AS unit_name, re.full_name, re.citizen_id, re.phone
           FROM roster_entries re JOIN units u ON u.id = re.unit_id
          WHERE re.valid_to IS NULL AND re.user_id IS NULL
            AND ($2::text IS NULL AND re.unit_id = $1 OR u.path LIKE $2)
            AND ($3::uuid[] IS NULL OR re.id = ANY($3))
            AND ($4::uuid IS NULL OR re.id > $4)
          ORDER BY re.id
          LIMIT $5`,
        [
          q.unitId,
          q.subtreePath === null ? null : `${escapeLike(q.subtreePath)}%`,
          q.entryIds,
          q.afterId,
          q.limit,
        ],
      ),
      (r) => ({
        id: read.str(r, 'id'),
        unitId: read.str(r, 'unit_id'),
        unitName: read.str(r, 'unit_name'),
        fullName: read.str(r, 'full_name'),
        citizenId: read.strOrNull(r, 'citizen_id'),
        phone: read.strOrNull(r, 'phone'),
      }),
    );
  }

  /**
   * Entries of the batch whose phone or CCCD already belongs to an account are linked to it
   * (linked_by 'auto', as registration does) and get no new account. Returns their ids.
   */
  async linkExisting(em: EntityManager, entryIds: string[], at: Date): Promise<Set<string>> {
    const rows = mapRows(
      await em.query(
        // in a WITH: TypeORM hands back a bare UPDATE's rows with its count
        `WITH linked AS (
           UPDATE roster_entries re
              SET user_id = m.user_id, linked_by = 'auto', updated_at = $2
             FROM (SELECT DISTINCT ON (e.id) e.id, us.id AS user_id
                     FROM roster_entries e
                     JOIN users us ON us.phone = e.phone OR us.citizen_id = e.citizen_id
                    WHERE e.id = ANY($1::uuid[]) AND e.user_id IS NULL
                    ORDER BY e.id, (us.phone = e.phone) DESC) m
            WHERE re.id = m.id
           RETURNING re.id)
         SELECT id FROM linked`,
        [entryIds, at],
      ),
      (r) => read.str(r, 'id'),
    );
    return new Set(rows);
  }

  /**
   * Creates the participant accounts (no password: the code activates them), links each to its
   * entry and stores each code's hash. An account whose phone or CCCD was taken meanwhile (or by
   * another entry of the same batch) is not created: its entry is left for a later call. Returns
   * the entry ids that got an account.
   */
  async createAccounts(
    em: EntityManager,
    entries: AccountlessEntry[],
    accounts: NewEntryAccount[],
    v: { expiresAt: Date; issuedBy: string; at: Date },
  ): Promise<Set<string>> {
    const byEntry = new Map(entries.map((e) => [e.id, e]));
    const list = accounts.flatMap((a) => {
      const e = byEntry.get(a.entryId);
      return e ? [{ a, e }] : [];
    });
    const created = mapRows(
      await em.query(
        `INSERT INTO users (id, full_name, role, unit_id, phone, citizen_id, password_hash,
                            created_at, updated_at)
         SELECT n.id, n.full_name, 'participant', n.unit_id, n.phone, n.citizen_id, NULL, $6, $6
           FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[])
                AS n(id, full_name, unit_id, phone, citizen_id)
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [
          list.map((x) => x.a.userId),
          list.map((x) => x.e.fullName),
          list.map((x) => x.e.unitId),
          list.map((x) => x.e.phone),
          list.map((x) => x.e.citizenId),
          v.at,
        ],
      ),
      (r) => read.str(r, 'id'),
    );
    const made = new Set(created);
    const done = list.filter((x) => made.has(x.a.userId));
    if (done.length === 0) return new Set();
    await em.query(
      `INSERT INTO one_time_codes (user_id, purpose, code_hash, expires_at, issued_by, created_at)
       SELECT n.user_id, 'activation', n.code_hash, $3, $4, $5
         FROM unnest($1::uuid[], $2::text[]) AS n(user_id, code_hash)`,
      [done.map((x) => x.a.userId), done.map((x) => x.a.codeHash), v.expiresAt, v.issuedBy, v.at],
    );
    await em.query(
      `UPDATE roster_entries re SET user_id = n.user_id, linked_by = 'auto', updated_at = $3
         FROM unnest($1::uuid[], $2::uuid[]) AS n(entry_id, user_id)
        WHERE re.id = n.entry_id`,
      [done.map((x) => x.e.id), done.map((x) => x.a.userId), v.at],
    );
    return new Set(done.map((x) => x.e.id));
  }
}
