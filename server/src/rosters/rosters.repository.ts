import { Injectable } from '@nestjs/common';
import { foldVietnamese } from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { sqlFold } from '../common/sql-fold.js';
import { escapeLike } from '../scope/scope.policy.js';

type Db = DataSource | EntityManager;

export interface RosterRow {
  id: string;
  unit_id: string;
  full_name: string;
  citizen_id: string | null;
  phone: string | null;
  email: string | null;
  position: string | null;
  user_id: string | null;
  linked_by: 'auto' | 'manual' | null;
  valid_from: Date | null;
  valid_to: Date | null;
  created_at: Date;
}

export interface RosterListRow extends RosterRow {
  user_full_name: string | null;
}

/** The person data an import writes; links and validity are managed separately. */
export interface RosterPerson {
  fullName: string;
  citizenId: string | null;
  phone: string | null;
  email: string | null;
  position: string | null;
}

/** An account as a staff-list entry needs it, with the list it is already on, if any. */
export interface ListableAccountRow {
  id: string;
  role: string;
  path: string;
  full_name: string;
  citizen_id: string | null;
  phone: string | null;
  email: string | null;
  listed_unit_name: string | null;
}

export interface ElsewhereRow {
  citizen_id: string | null;
  phone: string | null;
  unit_id: string;
  unit_name: string;
}

const COLUMNS = `re.id, re.unit_id, re.full_name, re.citizen_id, re.phone, re.email, re.position,
  re.user_id, re.linked_by, re.valid_from, re.valid_to, re.created_at`;

/** Only current entries (valid_to IS NULL) make up a unit's list; ended ones are history. */
@Injectable()
export class RostersRepository {
  private hasViCollation: Promise<boolean> | undefined;

  constructor(private readonly ds: DataSource) {}

  /**
   * Vietnamese alphabetical order (a ă â … đ … ư) needs the ICU collation, which the bundled
   * PostgreSQL has; a server built without ICU falls back to the folded name.
   */
  async orderByName(alias: 're' | 'u'): Promise<string> {
    this.hasViCollation ??= this.ds
      .query(`SELECT 1 FROM pg_collation WHERE collname = 'vi-VN-x-icu'`)
      .then((rows: unknown[]) => rows.length > 0);
    if (await this.hasViCollation) return `${alias}.full_name COLLATE "vi-VN-x-icu"`;
    return alias === 're' ? 're.name_folded' : 'lower(u.full_name)';
  }

  /** Serialises imports, links and merges of one unit's list. */
  async lockUnit(em: EntityManager, unitId: string): Promise<void> {
    await em.query(`SELECT 1 FROM units WHERE id = $1 FOR UPDATE`, [unitId]);
  }

  async everHadEntries(db: Db, unitId: string): Promise<boolean> {
    const rows = (await db.query(`SELECT 1 FROM roster_entries WHERE unit_id = $1 LIMIT 1`, [
      unitId,
    ])) as unknown[];
    return rows.length > 0;
  }

  current(db: Db, unitId: string): Promise<RosterRow[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM roster_entries re WHERE re.unit_id = $1 AND re.valid_to IS NULL`,
      [unitId],
    ) as Promise<RosterRow[]>;
  }

  async findCurrent(db: Db, id: string): Promise<RosterListRow | null> {
    const rows = (await db.query(
      `SELECT ${COLUMNS}, u.full_name AS user_full_name
         FROM roster_entries re LEFT JOIN users u ON u.id = re.user_id
        WHERE re.id = $1 AND re.valid_to IS NULL`,
      [id],
    )) as RosterListRow[];
    return rows[0] ?? null;
  }

  async end(em: EntityManager, ids: string[], at: Date): Promise<void> {
    if (!ids.length) return;
    await em.query(
      `UPDATE roster_entries SET valid_to = $2, updated_at = now() WHERE id = ANY($1::uuid[])`,
      [ids, at],
    );
  }

  /**
   * Rewrites the person data of entries kept on the list. Phones are cleared first (an entry
   * matched by CCCD always keeps one), so two people swapping numbers in one file never trip
   * the per-unit unique index half-way.
   */
  async update(em: EntityManager, changes: { id: string; person: RosterPerson }[]): Promise<void> {
    if (!changes.length) return;
    const ids = changes.map((c) => c.id);
    await em.query(
      `UPDATE roster_entries SET phone = NULL WHERE id = ANY($1::uuid[]) AND citizen_id IS NOT NULL`,
      [ids],
    );
    await em.query(
      `UPDATE roster_entries re
          SET full_name = x.full_name, name_folded = x.name_folded, citizen_id = x.citizen_id,
              phone = x.phone, email = x.email, position = x.position, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
              AS x(id, full_name, name_folded, citizen_id, phone, email, position)
        WHERE re.id = x.id`,
      [
        ids,
        changes.map((c) => c.person.fullName),
        changes.map((c) => foldVietnamese(c.person.fullName)),
        changes.map((c) => c.person.citizenId),
        changes.map((c) => c.person.phone),
        changes.map((c) => c.person.email),
        changes.map((c) => c.person.position),
      ],
    );
  }

  async insert(
    em: EntityManager,
    unitId: string,
    people: RosterPerson[],
    validFrom: Date | null,
  ): Promise<void> {
    if (!people.length) return;
    await em.query(
      `INSERT INTO roster_entries
         (unit_id, full_name, name_folded, citizen_id, phone, email, position, valid_from)
       SELECT $1, x.full_name, x.name_folded, x.citizen_id, x.phone, x.email, x.position, $8
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
              AS x(full_name, name_folded, citizen_id, phone, email, position)`,
      [
        unitId,
        people.map((p) => p.fullName),
        people.map((p) => foldVietnamese(p.fullName)),
        people.map((p) => p.citizenId),
        people.map((p) => p.phone),
        people.map((p) => p.email),
        people.map((p) => p.position),
        validFrom,
      ],
    );
  }

  /** Current entries of other units (anywhere in the tree) with one of these CCCDs or phones. */
  elsewhere(
    db: Db,
    unitId: string,
    citizenIds: string[],
    phones: string[],
  ): Promise<ElsewhereRow[]> {
    return db.query(
      `SELECT re.citizen_id, re.phone, re.unit_id, u.name AS unit_name
         FROM roster_entries re JOIN units u ON u.id = re.unit_id
        WHERE re.valid_to IS NULL AND re.unit_id <> $1
          AND (re.citizen_id = ANY($2::text[]) OR re.phone = ANY($3::text[]))
        ORDER BY u.path`,
      [unitId, citizenIds, phones],
    ) as Promise<ElsewhereRow[]>;
  }

  /** For each entry, the other units whose current list has the same CCCD or phone. */
  duplicateUnits(
    db: Db,
    entryIds: string[],
  ): Promise<{ entry_id: string; unit_id: string; unit_name: string }[]> {
    if (!entryIds.length) return Promise.resolve([]);
    return db.query(
      `SELECT DISTINCT re.id AS entry_id, o.unit_id, u.name AS unit_name, u.path
         FROM roster_entries re
         JOIN roster_entries o ON o.valid_to IS NULL AND o.unit_id <> re.unit_id
                              AND (o.citizen_id = re.citizen_id OR o.phone = re.phone)
         JOIN units u ON u.id = o.unit_id
        WHERE re.id = ANY($1::uuid[])
        ORDER BY u.path`,
      [entryIds],
    ) as Promise<{ entry_id: string; unit_id: string; unit_name: string }[]>;
  }

  /**
   * Participant accounts that could be linked to the unit's unlinked entries, best first: same
   * CCCD before same phone, then an account of the roster's own unit. Accounts already linked to
   * a current entry are left alone (one entry per account), as are accounts outside `scopePath`.
   * Entries unlinked by hand (linked_by 'manual', no user) wait for a person to link them.
   */
  linkCandidates(
    em: EntityManager,
    unitId: string,
    scopePath: string | null,
  ): Promise<{ entry_id: string; user_id: string }[]> {
    return em.query(
      `SELECT re.id AS entry_id, u.id AS user_id
         FROM roster_entries re
         JOIN users u ON u.role = 'participant'
                     AND (u.citizen_id = re.citizen_id OR u.phone = re.phone)
         JOIN units uu ON uu.id = u.unit_id
        WHERE re.unit_id = $1 AND re.valid_to IS NULL
          AND re.user_id IS NULL AND re.linked_by IS NULL
          AND ($2::text IS NULL OR uu.path LIKE $2)
          AND NOT EXISTS (SELECT 1 FROM roster_entries o
                           WHERE o.user_id = u.id AND o.valid_to IS NULL)
        ORDER BY coalesce(u.citizen_id = re.citizen_id, false) DESC, (u.unit_id = $1) DESC,
                 re.created_at, re.id, u.created_at`,
      [unitId, scopePath === null ? null : `${escapeLike(scopePath)}%`],
    ) as Promise<{ entry_id: string; user_id: string }[]>;
  }

  async setAutoLinks(em: EntityManager, links: { entryId: string; userId: string }[]) {
    if (!links.length) return;
    await em.query(
      `UPDATE roster_entries re SET user_id = x.user_id, linked_by = 'auto', updated_at = now()
         FROM unnest($1::uuid[], $2::uuid[]) AS x(id, user_id)
        WHERE re.id = x.id`,
      [links.map((l) => l.entryId), links.map((l) => l.userId)],
    );
  }

  /** Whether the account is linked to a current entry of any staff list. */
  async hasCurrentEntry(em: EntityManager, userId: string): Promise<boolean> {
    const rows = (await em.query(
      `SELECT 1 FROM roster_entries WHERE user_id = $1 AND valid_to IS NULL LIMIT 1`,
      [userId],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * Links a newly registered account to an unlinked current entry with its CCCD, else its phone,
   * preferring the list of the unit it registered in. Returns the entry id, if any.
   */
  async linkNewAccount(
    em: EntityManager,
    user: { id: string; unitId: string | null; citizenId: string | null; phone: string | null },
  ): Promise<string | null> {
    if (!user.citizenId && !user.phone) return null;
    const rows = (await em.query(
      `UPDATE roster_entries SET user_id = $4, linked_by = 'auto', updated_at = now()
        WHERE id = (SELECT re.id FROM roster_entries re
                     WHERE re.valid_to IS NULL AND re.user_id IS NULL AND re.linked_by IS NULL
                       AND (re.citizen_id = $1::text OR re.phone = $2::text)
                     ORDER BY coalesce(re.citizen_id = $1::text, false) DESC,
                              (re.unit_id = $3::uuid) DESC, re.created_at, re.id
                     LIMIT 1 FOR UPDATE)
          AND user_id IS NULL
        RETURNING id`,
      [user.citizenId, user.phone, user.unitId, user.id],
    )) as [{ id: string }[], number];
    return rows[0][0]?.id ?? null;
  }

  /** Takes the account off any other current entry, then links it here by hand. */
  /** An account with its role and its unit's path (for the scope check of a manual link). */
  async accountWithPath(
    em: EntityManager,
    userId: string,
  ): Promise<{ id: string; role: string; path: string } | null> {
    const [row] = (await em.query(
      `SELECT u.id, u.role, un.path FROM users u JOIN units un ON un.id = u.unit_id
        WHERE u.id = $1`,
      [userId],
    )) as { id: string; role: string; path: string }[];
    return row ?? null;
  }

  async setManualLink(em: EntityManager, entryId: string, userId: string): Promise<string | null> {
    const moved = (await em.query(
      `UPDATE roster_entries SET user_id = NULL, linked_by = NULL, updated_at = now()
        WHERE user_id = $1 AND valid_to IS NULL AND id <> $2
        RETURNING id`,
      [userId, entryId],
    )) as [{ id: string }[], number];
    await em.query(
      `UPDATE roster_entries SET user_id = $2, linked_by = 'manual', updated_at = now()
        WHERE id = $1`,
      [entryId, userId],
    );
    return moved[0][0]?.id ?? null;
  }

  /** The account with what a staff-list entry needs, and the list it is already on. */
  async accountForList(em: EntityManager, userId: string): Promise<ListableAccountRow | null> {
    const [row] = (await em.query(
      `SELECT u.id, u.role, un.path, u.full_name, u.citizen_id, u.phone, u.email,
              (SELECT lu.name FROM roster_entries re JOIN units lu ON lu.id = re.unit_id
                WHERE re.user_id = u.id AND re.valid_to IS NULL LIMIT 1) AS listed_unit_name
         FROM users u JOIN units un ON un.id = u.unit_id
        WHERE u.id = $1`,
      [userId],
    )) as ListableAccountRow[];
    return row ?? null;
  }

  /** A current entry of the unit with this CCCD or phone (the unique keys of a list). */
  async currentWithIdentity(
    em: EntityManager,
    unitId: string,
    citizenId: string | null,
    phone: string | null,
  ): Promise<{ id: string; full_name: string } | null> {
    const [row] = (await em.query(
      `SELECT id, full_name FROM roster_entries
        WHERE unit_id = $1 AND valid_to IS NULL
          AND (citizen_id = $2::text OR phone = $3::text)
        LIMIT 1`,
      [unitId, citizenId, phone],
    )) as { id: string; full_name: string }[];
    return row ?? null;
  }

  /** Adds one person to the list from `validFrom`, linked by hand to their account. */
  async insertLinked(
    em: EntityManager,
    unitId: string,
    person: RosterPerson,
    userId: string,
    validFrom: Date,
  ): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO roster_entries (unit_id, full_name, name_folded, citizen_id, phone, email,
                                   position, user_id, linked_by, valid_from)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'manual', $9)
       RETURNING id`,
      [
        unitId,
        person.fullName,
        foldVietnamese(person.fullName),
        person.citizenId,
        person.phone,
        person.email,
        person.position,
        userId,
        validFrom,
      ],
    )) as { id: string }[];
    return row!.id;
  }

  /** linked_by stays 'manual' without a user: imports will not link this entry again on their own. */
  async unlink(em: EntityManager, entryId: string): Promise<void> {
    await em.query(
      `UPDATE roster_entries SET user_id = NULL, linked_by = 'manual', updated_at = now()
        WHERE id = $1`,
      [entryId],
    );
  }

  async list(
    unitId: string,
    q: { search: string | null; linked: boolean | null; limit: number; offset: number },
  ): Promise<{ rows: RosterListRow[]; total: number; linked: number; matching: number }> {
    const folded = q.search ? `%${escapeLike(foldVietnamese(q.search))}%` : null;
    const digits = q.search?.replace(/\D/g, '') ?? '';
    const phoneLike = digits.length >= 3 ? `%${escapeLike(digits)}%` : null;
    const citizenTail = digits.length >= 3 ? `%${escapeLike(digits)}` : null;
    const order = await this.orderByName('re');
    const [rows, counts] = await Promise.all([
      this.ds.query(
        `SELECT ${COLUMNS}, u.full_name AS user_full_name, count(*) OVER ()::int AS matching
           FROM roster_entries re LEFT JOIN users u ON u.id = re.user_id
          WHERE re.unit_id = $1 AND re.valid_to IS NULL
            AND ($2::text IS NULL OR re.name_folded LIKE $2 OR re.phone LIKE $3
                 OR re.citizen_id LIKE $4)
            AND ($5::boolean IS NULL OR (re.user_id IS NOT NULL) = $5)
          ORDER BY ${order}, re.id
          LIMIT $6 OFFSET $7`,
        [unitId, folded, phoneLike, citizenTail, q.linked, q.limit, q.offset],
      ) as Promise<(RosterListRow & { matching: number })[]>,
      this.ds.query(
        `SELECT count(*)::int AS total, count(user_id)::int AS linked
           FROM roster_entries WHERE unit_id = $1 AND valid_to IS NULL`,
        [unitId],
      ) as Promise<{ total: number; linked: number }[]>,
    ]);
    let matching = rows[0]?.matching ?? 0;
    // A page past the end has no row to carry the count: ask again without paging.
    if (!rows.length && q.offset > 0) {
      const again = (await this.ds.query(
        `SELECT count(*)::int AS n FROM roster_entries re
          WHERE re.unit_id = $1 AND re.valid_to IS NULL
            AND ($2::text IS NULL OR re.name_folded LIKE $2 OR re.phone LIKE $3
                 OR re.citizen_id LIKE $4)
            AND ($5::boolean IS NULL OR (re.user_id IS NOT NULL) = $5)`,
        [unitId, folded, phoneLike, citizenTail, q.linked],
      )) as { n: number }[];
      matching = again[0]?.n ?? 0;
    }
    return { rows, total: counts[0]?.total ?? 0, linked: counts[0]?.linked ?? 0, matching };
  }

  /** Participant accounts under `unitPath` not linked to any current entry, for the link picker. */
  async candidates(
    unitPath: string,
    search: string | null,
    limit: number,
  ): Promise<{ id: string; full_name: string; phone: string | null; unit_name: string }[]> {
    const folded = search ? `%${escapeLike(foldVietnamese(search))}%` : null;
    const digits = search?.replace(/\D/g, '') ?? '';
    const order = await this.orderByName('u');
    return this.ds.query(
      `SELECT u.id, u.full_name, u.phone, un.name AS unit_name
         FROM users u JOIN units un ON un.id = u.unit_id
        WHERE u.role = 'participant' AND un.path LIKE $1
          AND NOT EXISTS (SELECT 1 FROM roster_entries re
                           WHERE re.user_id = u.id AND re.valid_to IS NULL)
          AND ($2::text IS NULL OR ${sqlFold('u.full_name')} LIKE $2 OR u.phone LIKE $3)
        ORDER BY ${order}, u.id
        LIMIT $4`,
      [
        `${escapeLike(unitPath)}%`,
        folded,
        digits.length >= 3 ? `%${escapeLike(digits)}%` : null,
        limit,
      ],
    ) as Promise<{ id: string; full_name: string; phone: string | null; unit_name: string }[]>;
  }

  /**
   * Moves a merged unit's current list to the unit that absorbs it, when that unit keeps a list
   * of its own (otherwise the old list just ends): the old entries end at the
   * merge, copies start on the target at the same instant (ended first, so an account's link
   * can move: one current entry per account). A person already on the target's list keeps
   * that entry, which takes over the link if it had none.
   */
  async moveOnMerge(
    em: EntityManager,
    sourceId: string,
    targetId: string,
    at: Date,
  ): Promise<{ moved: number; alreadyOnTarget: number }> {
    const source = (await em.query(
      `SELECT id FROM roster_entries WHERE unit_id = $1 AND valid_to IS NULL FOR UPDATE`,
      [sourceId],
    )) as { id: string }[];
    if (!source.length) return { moved: 0, alreadyOnTarget: 0 };
    const ids = source.map((s) => s.id);
    await this.end(em, ids, at);
    // A target without a list of its own reports on its declared headcount (which now covers
    // the people who joined it): a list made only of the newcomers would replace that figure.
    const [own] = (await em.query(
      `SELECT EXISTS (SELECT 1 FROM roster_entries WHERE unit_id = $1 AND valid_to IS NULL) AS has`,
      [targetId],
    )) as [{ has: boolean }];
    if (!own.has) return { moved: 0, alreadyOnTarget: 0 };
    const inserted = (await em.query(
      `INSERT INTO roster_entries (unit_id, full_name, name_folded, citizen_id, phone, email,
                                   position, user_id, linked_by, valid_from)
       SELECT $2, s.full_name, s.name_folded, s.citizen_id, s.phone, s.email, s.position,
              s.user_id, s.linked_by, $3
         FROM roster_entries s
        WHERE s.id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM roster_entries t
                           WHERE t.unit_id = $2 AND t.valid_to IS NULL
                             AND (t.citizen_id = s.citizen_id OR t.phone = s.phone))
       RETURNING id`,
      [ids, targetId, at],
    )) as unknown[];
    const kept = (await em.query(
      `SELECT s.user_id,
              (SELECT t.id FROM roster_entries t
                WHERE t.unit_id = $2 AND t.valid_to IS NULL AND t.user_id IS NULL
                  AND t.linked_by IS NULL AND (t.citizen_id = s.citizen_id OR t.phone = s.phone)
                ORDER BY coalesce(t.citizen_id = s.citizen_id, false) DESC LIMIT 1) AS target_id
         FROM roster_entries s
        WHERE s.id = ANY($1::uuid[]) AND s.user_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM roster_entries o
                           WHERE o.user_id = s.user_id AND o.valid_to IS NULL)`,
      [ids, targetId],
    )) as { user_id: string; target_id: string | null }[];
    // one account per target entry: the first claim wins
    const links = new Map<string, string>();
    for (const k of kept)
      if (k.target_id && !links.has(k.target_id)) links.set(k.target_id, k.user_id);
    await this.setAutoLinks(
      em,
      [...links].map(([entryId, userId]) => ({ entryId, userId })),
    );
    return { moved: inserted.length, alreadyOnTarget: ids.length - inserted.length };
  }

  /**
   * A duplicate account merged into the person's other one: the staff-list entries linked to the
   * duplicate link to the other account. Ended entries always move (a report "tính đến ngày …"
   * then finds the person's attempts); the current one moves when the other account is on no
   * current list, and is otherwise unlinked (one current entry per account), to be linked again
   * by hand if it is someone else.
   */
  async moveLinksOnUserMerge(
    em: EntityManager,
    sourceId: string,
    targetId: string,
  ): Promise<{ moved: number; unlinked: number }> {
    const [r] = (await em.query(
      `WITH has AS (
         SELECT EXISTS (SELECT 1 FROM roster_entries WHERE user_id = $2 AND valid_to IS NULL) AS t
       ), moved AS (
         UPDATE roster_entries SET user_id = $2, updated_at = now()
          WHERE user_id = $1 AND (valid_to IS NOT NULL OR NOT (SELECT t FROM has))
         RETURNING id
       ), unlinked AS (
         UPDATE roster_entries SET user_id = NULL, linked_by = NULL, updated_at = now()
          WHERE user_id = $1 AND valid_to IS NULL AND (SELECT t FROM has)
         RETURNING id
       )
       SELECT (SELECT count(*) FROM moved)::int AS moved,
              (SELECT count(*) FROM unlinked)::int AS unlinked`,
      [sourceId, targetId],
    )) as [{ moved: number; unlinked: number }];
    return r;
  }
}
