import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sqlFold } from '../common/sql-fold.js';
import { escapeLike } from '../scope/scope.policy.js';

/** What narrows the attempts counted: a subtree, a contest or round, a time window. */
export interface ParticipationFilter {
  rootPath: string;
  /** The rounds counted (a contest's, or one), or null for every attempt. */
  roundIds: string[] | null;
  from: Date | null;
  to: Date | null;
  /** The instant headcounts and staff lists are taken at. */
  cutoff: Date;
  /** Levels listed below the root; figures always cover whole subtrees. */
  depth: number;
}

export interface UnitFigureRow {
  id: string;
  parent_id: string | null;
  code: string;
  name: string;
  kind: string;
  unit_group: string;
  target: number;
  active_to: Date | null;
  merged_into_name: string | null;
  level: number;
  own_headcount: number | null;
  own_source: 'roster' | 'declared' | 'none';
  headcount: number | null;
  roster_units: number;
  declared_units: number;
  units_without_headcount: number;
  participants: number;
  off_list: number;
  attempts: number;
  perfect: number;
  high: number;
  mid: number;
  low: number;
  zero: number;
  score_sum: number | null;
  entries: number;
  perfect_entries: number;
}

export interface NonParticipantRow {
  id: string;
  full_name: string;
  position: string | null;
  unit_id: string;
  unit_name: string;
  phone: string | null;
  email: string | null;
  registered: boolean;
}

export interface OffListRow {
  user_id: string;
  full_name: string;
  phone: string | null;
  citizen_id: string | null;
  unit_id: string;
  unit_name: string;
  attempts: number;
  last_at: Date;
}

export interface UnlinkedEntryRow {
  id: string;
  unit_id: string;
  full_name: string;
  name_folded: string;
  position: string | null;
}

export interface UnitWithoutRosterRow {
  id: string;
  name: string;
  headcount: number | null;
  participants: number;
}

export interface AuditRow {
  id: string;
  full_name: string;
  phone: string | null;
  unit_name: string;
  contest_title: string;
  round_title: string;
  attempt_no: number;
  status: 'submitted' | 'expired';
  started_at: Date;
  submitted_at: Date;
  duration_ms: number | null;
  correct_count: number | null;
  total: number;
  prediction: number | null;
  client_ip: string | null;
  device_hash: string | null;
}

export interface DailyRow {
  day: string;
  participants: number;
  attempts: number;
  first_timers: number;
}

/** Working memory of one report roll-up (see `aggregate`). */
const REPORT_WORK_MEM = '64MB';

/** Parameters $1..$5 shared by every participation statement. */
function params(f: ParticipationFilter): unknown[] {
  return [`${escapeLike(f.rootPath)}%`, f.roundIds, f.from, f.to, f.cutoff];
}

/** The window and rounds on `a` (attempts): `$2` rounds, `$3`/`$4` window. */
const COUNTED = `a.submitted_at IS NOT NULL
     AND ($2::uuid[] IS NULL OR a.round_id = ANY($2::uuid[]))
     AND ($3::timestamptz IS NULL OR a.submitted_at >= $3::timestamptz)
     AND ($4::timestamptz IS NULL OR a.submitted_at < $4::timestamptz)`;

/**
 * The attempts a report counts: submitted (or auto-submitted at expiry) in the window, taken in
 * a unit of the subtree (`su`).
 */
const COUNTED_ATTEMPTS = `
  SELECT a.user_id, a.unit_id, a.round_id, a.correct_count, a.total, a.submitted_at
    FROM attempts a
    JOIN su ON su.id = a.unit_id
   WHERE ${COUNTED}`;

/** A staff-list entry (`re`) on the list at the cut-off `$5`. */
const ON_LIST_AT_CUTOFF = `(re.valid_from IS NULL OR re.valid_from <= $5)
       AND (re.valid_to IS NULL OR re.valid_to > $5)`;

/**
 * Who is on a staff list at the cut-off `$5`, and on which unit's: their figures count in that
 * unit wherever they took part. The whole tree, not only `su`: a person on another subtree's list
 * counts there. The product keeps one current entry per account; should two entries overlap in
 * the past, the one joined last wins.
 */
const LISTED_AT_CUTOFF = `
  SELECT DISTINCT ON (re.user_id) re.user_id, re.unit_id
    FROM roster_entries re JOIN units lu ON lu.id = re.unit_id
   WHERE re.user_id IS NOT NULL AND ${ON_LIST_AT_CUTOFF}
     AND (lu.active_to IS NULL OR lu.active_to > $5)
   ORDER BY re.user_id, re.valid_from DESC NULLS LAST, re.id`;

/**
 * Units of `su` with a staff list at the cut-off, and its length (their headcount). A merge ends
 * the list of the unit it closes, so only active units have one.
 */
const ROSTERED_AT_CUTOFF = `
  SELECT re.unit_id, count(*)::int AS list_size
    FROM roster_entries re JOIN su ON su.id = re.unit_id
   WHERE ${ON_LIST_AT_CUTOFF} AND (su.active_to IS NULL OR su.active_to > $5)
   GROUP BY re.unit_id`;

/**
 * The attempts a report counts, each in the unit it counts for (`unit_id`): a person on a staff
 * list (`listed`) counts in the unit of that list, anyone else in the unit they took the attempt
 * in. Needs `su` and `listed`.
 */
const HOMED_ATTEMPTS = `
  SELECT a.user_id, coalesce(l.unit_id, a.unit_id) AS unit_id, a.round_id, a.correct_count,
         a.total, a.submitted_at, l.user_id IS NOT NULL AS listed
    FROM attempts a
    LEFT JOIN listed l ON l.user_id = a.user_id
    JOIN su ON su.id = coalesce(l.unit_id, a.unit_id)
   WHERE ${COUNTED}`;

/**
 * Each unit of `su` with the headcount declaration in force at the cut-off `$5`; a unit's first
 * declaration also stands for the time before it.
 */
const DECLARED_AT_CUTOFF = `
  SELECT DISTINCT ON (h.unit_id) h.unit_id, h.value
    FROM unit_headcounts h JOIN su ON su.id = h.unit_id
   ORDER BY h.unit_id, (h.declared_at <= $5) DESC,
            CASE WHEN h.declared_at <= $5 THEN h.declared_at END DESC NULLS LAST, h.declared_at`;

/**
 * Figures over person rows (n, best, score, entries, perfect_entries): persons, attempts, the
 * five quality buckets by the person's best attempt, the score sum and entries.
 */
const PERSON_FIGURES = `count(*)::int AS participants, sum(n)::int AS attempts,
             count(*) FILTER (WHERE best >= 1)::int AS perfect,
             count(*) FILTER (WHERE best >= 0.75 AND best < 1)::int AS high,
             count(*) FILTER (WHERE best >= 0.25 AND best < 0.75)::int AS mid,
             count(*) FILTER (WHERE best > 0 AND best < 0.25)::int AS low,
             count(*) FILTER (WHERE best = 0)::int AS zero,
             sum(score) AS score_sum, sum(entries)::int AS entries,
             sum(perfect_entries)::int AS perfect_entries`;

const SUBTREE = `
  SELECT u.id, u.parent_id, u.path, u.code, u.name, u.kind, u.unit_group, u.target, u.active_to,
         u.merged_into_id, u.headcount,
         cardinality(string_to_array(trim(both '/' from u.path), '/')) AS level,
         string_to_array(trim(both '/' from u.path), '/') AS ids
    FROM units u WHERE u.path LIKE $1`;

@Injectable()
export class ParticipationRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Figures for the root and every unit down to `depth` levels below it, each over its whole
   * subtree, in one statement: attempts are grouped per person once, then rolled up to the
   * listed ancestors through the materialised path (no query per unit). A person counts once
   * per unit however many sub-units they took part from: the few who took part from several
   * units are rolled up person by person, everyone else unit by unit.
   *
   * Where a unit has a staff list, its participants are the people on that list who took part
   * (anywhere), so participants + non-participants = the list; someone who took part there but
   * is on no list is counted apart (`off_list`), never among the participants.
   */
  async unitFigures(f: ParticipationFilter, rootLevel: number): Promise<UnitFigureRow[]> {
    const sql = `
    WITH su AS MATERIALIZED (${SUBTREE}),
    listed AS MATERIALIZED (${LISTED_AT_CUTOFF}),
    roster AS MATERIALIZED (${ROSTERED_AT_CUTOFF}),
    att AS (${HOMED_ATTEMPTS}),
    -- one row per person, in one pass over the attempts; nearly everyone took part from a
    -- single unit (a person on a list always counts in one), and then its unit is theirs
    pp AS MATERIALIZED (
      SELECT user_id, min(unit_id::text)::uuid AS unit_id,
             min(unit_id::text) = max(unit_id::text) AS single, bool_or(listed) AS listed,
             count(*) AS n, max(correct_count::float8 / total) AS best,
             sum(correct_count::float8 / total) AS score,
             count(DISTINCT round_id) AS entries,
             count(DISTINCT round_id) FILTER (WHERE correct_count = total) AS perfect_entries
        FROM att GROUP BY user_id
    ),
    -- persons of one unit: summed per unit, then the unit sums go up the path; off the list
    -- when the unit has one and they are on none
    by_unit AS (
      SELECT pp.unit_id, (NOT pp.listed AND r.unit_id IS NOT NULL) AS off, ${PERSON_FIGURES}
        FROM pp LEFT JOIN roster r ON r.unit_id = pp.unit_id
       WHERE pp.single GROUP BY 1, 2
    ),
    -- the few who took part from several units (moved, or their unit merged; never someone on
    -- a list, who counts in its unit) count once per ancestor: their attempts go up the path
    -- one by one and are grouped per ancestor and person. Under an ancestor they are a
    -- participant if they took part in a unit without a list there, else off the list.
    multi_up AS (
      SELECT s.ids[k]::uuid AS anc, a.user_id, a.round_id, a.correct_count, a.total,
             r.unit_id IS NOT NULL AS rostered
        FROM attempts a
        JOIN pp ON pp.user_id = a.user_id AND NOT pp.single
        JOIN su s ON s.id = a.unit_id
        LEFT JOIN roster r ON r.unit_id = a.unit_id
        CROSS JOIN LATERAL generate_series($6::int, least(s.level, $6::int + $7::int)) AS k
       WHERE ${COUNTED}
    ),
    multi_person AS (
      SELECT anc, user_id, bool_and(rostered) AS off, count(*) AS n,
             max(correct_count::float8 / total) AS best,
             sum(correct_count::float8 / total) AS score, count(DISTINCT round_id) AS entries,
             count(DISTINCT round_id) FILTER (WHERE correct_count = total) AS perfect_entries
        FROM multi_up GROUP BY anc, user_id
    ),
    fig_parts AS (
      SELECT s.ids[k]::uuid AS anc, b.off, b.participants, b.attempts, b.perfect, b.high, b.mid,
             b.low, b.zero, b.score_sum, b.entries, b.perfect_entries
        FROM by_unit b JOIN su s ON s.id = b.unit_id
        CROSS JOIN LATERAL generate_series($6::int, least(s.level, $6::int + $7::int)) AS k
      UNION ALL
      SELECT anc, off, ${PERSON_FIGURES} FROM multi_person GROUP BY anc, off
    ),
    fig AS (
      SELECT anc, sum(participants) FILTER (WHERE NOT off)::int AS participants,
             sum(participants) FILTER (WHERE off)::int AS off_list,
             sum(attempts) FILTER (WHERE NOT off)::int AS attempts,
             sum(perfect) FILTER (WHERE NOT off)::int AS perfect,
             sum(high) FILTER (WHERE NOT off)::int AS high,
             sum(mid) FILTER (WHERE NOT off)::int AS mid,
             sum(low) FILTER (WHERE NOT off)::int AS low,
             sum(zero) FILTER (WHERE NOT off)::int AS zero,
             sum(score_sum) FILTER (WHERE NOT off) AS score_sum,
             sum(entries) FILTER (WHERE NOT off)::int AS entries,
             sum(perfect_entries) FILTER (WHERE NOT off)::int AS perfect_entries
        FROM fig_parts GROUP BY anc
    ),
    declared AS (${DECLARED_AT_CUTOFF}),
    own AS (
      SELECT s.id, s.ids, s.level,
             CASE WHEN coalesce(r.list_size, 0) > 0 THEN r.list_size
                  ELSE coalesce(d.value, s.headcount) END AS hc,
             CASE WHEN coalesce(r.list_size, 0) > 0 THEN 'roster'
                  WHEN coalesce(d.value, s.headcount) IS NOT NULL THEN 'declared' ELSE 'none' END AS src,
             NOT EXISTS (SELECT 1 FROM su c WHERE c.parent_id = s.id
                           AND (c.active_to IS NULL OR c.active_to > $5)) AS leaf
        FROM su s
        LEFT JOIN roster r ON r.unit_id = s.id
        LEFT JOIN declared d ON d.unit_id = s.id
       WHERE s.active_to IS NULL OR s.active_to > $5
    ),
    hc_up AS (
      SELECT o.ids[k]::uuid AS anc,
             sum(o.hc)::int AS headcount,
             count(*) FILTER (WHERE o.src = 'roster')::int AS roster_units,
             count(*) FILTER (WHERE o.src = 'declared')::int AS declared_units,
             count(*) FILTER (WHERE o.src = 'none' AND o.leaf)::int AS without
        FROM own o CROSS JOIN LATERAL generate_series($6::int, least(o.level, $6::int + $7::int)) AS k
       GROUP BY 1
    )
    SELECT s.id, s.parent_id, s.code, s.name, s.kind, s.unit_group, s.target, s.active_to,
           m.name AS merged_into_name, s.level,
           o.hc AS own_headcount, coalesce(o.src, 'none') AS own_source,
           h.headcount, coalesce(h.roster_units, 0) AS roster_units,
           coalesce(h.declared_units, 0) AS declared_units,
           coalesce(h.without, 0) AS units_without_headcount,
           coalesce(f.participants, 0) AS participants, coalesce(f.off_list, 0) AS off_list,
           coalesce(f.attempts, 0) AS attempts,
           coalesce(f.perfect, 0) AS perfect, coalesce(f.high, 0) AS high,
           coalesce(f.mid, 0) AS mid, coalesce(f.low, 0) AS low, coalesce(f.zero, 0) AS zero,
           f.score_sum, coalesce(f.entries, 0) AS entries,
           coalesce(f.perfect_entries, 0) AS perfect_entries
      FROM su s
      LEFT JOIN units m ON m.id = s.merged_into_id
      LEFT JOIN own o ON o.id = s.id
      LEFT JOIN hc_up h ON h.anc = s.id
      LEFT JOIN fig f ON f.anc = s.id
     WHERE s.level <= $6::int + $7::int
       AND (s.active_to IS NULL OR $3::timestamptz IS NULL OR s.active_to > $3::timestamptz
            OR f.participants > 0 OR f.off_list > 0)
     ORDER BY s.path`;
    const rows = (await this.aggregate(sql, [...params(f), rootLevel, f.depth])) as UnitFigureRow[];
    return rows.map((r) => ({
      ...r,
      score_sum: r.score_sum === null ? null : Number(r.score_sum),
    }));
  }

  /**
   * Participation by Vietnam calendar day, and how many persons took part for the first time:
   * the participants of the report root (the same rule as `unitFigures`), so the last cumulative
   * figure is the root's participants.
   */
  async daily(f: ParticipationFilter): Promise<DailyRow[]> {
    return (await this.aggregate(
      `WITH su AS MATERIALIZED (${SUBTREE}),
       listed AS MATERIALIZED (${LISTED_AT_CUTOFF}),
       roster AS MATERIALIZED (${ROSTERED_AT_CUTOFF}),
       att AS (${HOMED_ATTEMPTS}),
       -- one row per person and day they took part. A Vietnam day is a UTC day shifted by 7
       -- hours (no daylight saving since 1975): cheaper than a time-zone lookup per attempt.
       -- \`counts\`: on a list, or taken in a unit without one (see \`counted\`).
       person_day AS MATERIALIZED (
         SELECT att.user_id, (att.submitted_at AT TIME ZONE 'UTC' + interval '7 hours')::date AS day,
                count(*)::int AS n, bool_or(att.listed OR r.unit_id IS NULL) AS counts
           FROM att LEFT JOIN roster r ON r.unit_id = att.unit_id
          GROUP BY 1, 2
       ),
       -- under the root a person is a participant when on a list, or when they took part in a
       -- unit without one; the few others are off the list and left out
       per_person AS MATERIALIZED (
         SELECT user_id, bool_or(counts) AS counts, min(day) AS first_day
           FROM person_day GROUP BY user_id
       ),
       off_list AS (SELECT user_id FROM per_person WHERE NOT counts),
       by_day AS (
         SELECT day, count(*)::int AS participants, sum(n)::int AS attempts
           FROM person_day pd
          WHERE NOT EXISTS (SELECT 1 FROM off_list o WHERE o.user_id = pd.user_id)
          GROUP BY day
       ),
       first_day AS (
         SELECT first_day AS day, count(*)::int AS n FROM per_person WHERE counts GROUP BY 1
       )
       SELECT to_char(d.day, 'YYYY-MM-DD') AS day, d.participants, d.attempts,
              coalesce(fd.n, 0) AS first_timers
         FROM by_day d LEFT JOIN first_day fd ON fd.day = d.day
        ORDER BY d.day`,
      params(f),
    )) as DailyRow[];
  }

  /**
   * Runs one of the report roll-ups with room to group ~200,000 attempts in memory: at the
   * default 4 MB PostgreSQL spills the groupings to disk and the statement takes twice as long.
   */
  private async aggregate(sql: string, parameters: unknown[]): Promise<unknown[]> {
    return this.ds.transaction(async (m) => {
      await m.query(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`);
      return (await m.query(sql, parameters)) as unknown[];
    });
  }

  /**
   * Staff on the lists of the subtree (as they stood at the cut-off) with no counted attempt:
   * the people a focal person chases. An attempt counts wherever the person took it.
   */
  async nonParticipants(
    f: ParticipationFilter,
    page: { search: string | null; limit: number; offset: number },
  ): Promise<{ rows: NonParticipantRow[]; total: number }> {
    const rows = (await this.ds.query(
      `WITH su AS MATERIALIZED (${SUBTREE}),
       took_part AS (
         SELECT DISTINCT a.user_id FROM attempts a WHERE ${COUNTED}
       )
       SELECT re.id, re.full_name, re.position, re.unit_id, su.name AS unit_name, re.phone,
              re.email, re.user_id IS NOT NULL AS registered, count(*) OVER ()::int AS total
         FROM roster_entries re
         JOIN su ON su.id = re.unit_id
        WHERE ${ON_LIST_AT_CUTOFF}
          AND (su.active_to IS NULL OR su.active_to > $5)
          AND NOT EXISTS (SELECT 1 FROM took_part t WHERE t.user_id = re.user_id)
          AND ($6::text IS NULL OR re.name_folded LIKE $6 OR re.phone LIKE $6)
        ORDER BY su.path, re.name_folded, re.id
        LIMIT $7 OFFSET $8`,
      [...params(f), page.search ? `%${escapeLike(page.search)}%` : null, page.limit, page.offset],
    )) as (NonParticipantRow & { total: number })[];
    if (rows.length || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    // A page past the end still says how many there are.
    return { rows, total: (await this.nonParticipants(f, { ...page, offset: 0, limit: 1 })).total };
  }

  /**
   * People who took part in units of the subtree that have a staff list without being on any
   * list at the cut-off, and nowhere else under the root (whoever also took part in a unit
   * without a list is a participant there): the root's `off_list` figure, one row per person,
   * with the unit of their latest attempt.
   */
  async offList(
    f: ParticipationFilter,
    page: { search: string | null; limit: number; offset: number },
  ): Promise<{ rows: OffListRow[]; total: number }> {
    const rows = (await this.ds.query(
      `WITH su AS MATERIALIZED (${SUBTREE}),
       listed AS MATERIALIZED (${LISTED_AT_CUTOFF}),
       roster AS MATERIALIZED (${ROSTERED_AT_CUTOFF}),
       took AS (
         SELECT a.user_id, a.unit_id, a.submitted_at, r.unit_id IS NOT NULL AS rostered
           FROM attempts a JOIN su ON su.id = a.unit_id
           LEFT JOIN roster r ON r.unit_id = a.unit_id
          WHERE ${COUNTED}
            AND NOT EXISTS (SELECT 1 FROM listed l WHERE l.user_id = a.user_id)
       ),
       off AS (
         SELECT user_id, count(*)::int AS attempts, max(submitted_at) AS last_at,
                (array_agg(unit_id ORDER BY submitted_at DESC))[1] AS unit_id
           FROM took GROUP BY user_id HAVING bool_and(rostered)
       )
       SELECT o.user_id, u.full_name, u.phone, u.citizen_id, o.unit_id, s.name AS unit_name,
              o.attempts, o.last_at, count(*) OVER ()::int AS total
         FROM off o JOIN users u ON u.id = o.user_id JOIN su s ON s.id = o.unit_id
        WHERE ($6::text IS NULL OR ${sqlFold('u.full_name')} LIKE $6 OR u.phone LIKE $6)
        ORDER BY s.path, ${sqlFold('u.full_name')}, u.id
        LIMIT $7 OFFSET $8`,
      [...params(f), page.search ? `%${escapeLike(page.search)}%` : null, page.limit, page.offset],
    )) as (OffListRow & { total: number })[];
    if (rows.length || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    // A page past the end still says how many there are.
    return { rows, total: (await this.offList(f, { ...page, offset: 0, limit: 1 })).total };
  }

  /** Current entries of these units not linked to an account (link suggestions). */
  async unlinkedEntries(unitIds: string[]): Promise<UnlinkedEntryRow[]> {
    if (!unitIds.length) return [];
    return (await this.ds.query(
      `SELECT re.id, re.unit_id, re.full_name, re.name_folded, re.position
         FROM roster_entries re
        WHERE re.unit_id = ANY($1::uuid[]) AND re.valid_to IS NULL AND re.user_id IS NULL
        ORDER BY re.created_at, re.id`,
      [unitIds],
    )) as UnlinkedEntryRow[];
  }

  /** Active leaf units of the subtree with no staff list at the cut-off. */
  async unitsWithoutRoster(f: ParticipationFilter): Promise<UnitWithoutRosterRow[]> {
    return (await this.aggregate(
      `WITH su AS MATERIALIZED (${SUBTREE}),
       -- the units first, so only their attempts are read
       bare AS MATERIALIZED (
         SELECT s.id, s.name, s.path, s.headcount FROM su s
          WHERE (s.active_to IS NULL OR s.active_to > $5)
            AND NOT EXISTS (SELECT 1 FROM su c WHERE c.parent_id = s.id AND (c.active_to IS NULL OR c.active_to > $5))
            AND NOT EXISTS (SELECT 1 FROM roster_entries re WHERE re.unit_id = s.id AND ${ON_LIST_AT_CUTOFF})
       ),
       listed AS MATERIALIZED (${LISTED_AT_CUTOFF}),
       -- someone on a list counts in the unit of that list, not here (as in unitFigures)
       took AS (
         SELECT a.unit_id, count(DISTINCT a.user_id)::int AS n
           FROM attempts a JOIN bare ON bare.id = a.unit_id
          WHERE ${COUNTED}
            AND NOT EXISTS (SELECT 1 FROM listed l WHERE l.user_id = a.user_id)
          GROUP BY a.unit_id
       ),
       declared AS (${DECLARED_AT_CUTOFF})
       SELECT b.id, b.name, coalesce(d.value, b.headcount) AS headcount,
              coalesce(t.n, 0) AS participants
         FROM bare b LEFT JOIN took t ON t.unit_id = b.id LEFT JOIN declared d ON d.unit_id = b.id
        ORDER BY b.path`,
      params(f),
    )) as UnitWithoutRosterRow[];
  }

  /** Individual prizes of a contest's latest finalisations, counted per unit of the entrant. */
  async prizesByUnit(contestId: string): Promise<{ path: string; n: number }[]> {
    return (await this.ds.query(
      `WITH latest AS (
         SELECT DISTINCT ON (rr.round_id) rr.round_id, rr.prizes
           FROM round_results rr JOIN rounds r ON r.id = rr.round_id
          WHERE r.contest_id = $1 ORDER BY rr.round_id, rr.version DESC
       ), p AS (
         SELECT l.round_id, (x->>'userId')::uuid AS user_id
           FROM latest l CROSS JOIN LATERAL jsonb_array_elements(l.prizes) x
       )
       SELECT u.path, count(*)::int AS n
         FROM p JOIN round_entries e ON e.round_id = p.round_id AND e.user_id = p.user_id
         JOIN units u ON u.id = e.unit_id
        GROUP BY u.path`,
      [contestId],
    )) as { path: string; n: number }[];
  }

  /**
   * Biểu 03 rows in submission order through a server-side cursor: the query runs once, on one
   * connection and one snapshot, and `batch` rows at a time are in memory. Stopping early (a
   * client that goes away) closes the cursor and gives the connection back.
   */
  async *auditRows(f: ParticipationFilter, batch = 2000): AsyncGenerator<AuditRow> {
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction('REPEATABLE READ');
      // Every row will be read: plan for the whole result (hash joins and one sort), not for
      // the first rows (an index lookup per attempt).
      await qr.query(`SET LOCAL cursor_tuple_fraction = 1.0`);
      await qr.query(
        `DECLARE audit_rows NO SCROLL CURSOR FOR
         WITH su AS MATERIALIZED (${SUBTREE})
         SELECT a.id, u.full_name, u.phone, su.name AS unit_name, c.title AS contest_title,
                r.title AS round_title, a.attempt_no, a.status, a.started_at, a.submitted_at,
                a.duration_ms, a.correct_count, a.total, a.prediction, a.client_ip, a.device_hash
           FROM attempts a
           JOIN su ON su.id = a.unit_id
           JOIN users u ON u.id = a.user_id
           JOIN rounds r ON r.id = a.round_id
           JOIN contests c ON c.id = r.contest_id
          WHERE ${COUNTED}
          ORDER BY a.submitted_at, a.id`,
        params(f).slice(0, 4),
      );
      for (;;) {
        const rows = (await qr.query(`FETCH ${Math.trunc(batch)} FROM audit_rows`)) as AuditRow[];
        for (const r of rows) yield r;
        if (rows.length < batch) break;
      }
      await qr.commitTransaction();
    } finally {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      await qr.release();
    }
  }

  async auditCount(f: ParticipationFilter): Promise<number> {
    const [row] = (await this.ds.query(
      `WITH su AS MATERIALIZED (${SUBTREE}),
       att AS (${COUNTED_ATTEMPTS})
       SELECT count(*)::int AS n FROM att`,
      params(f).slice(0, 4),
    )) as [{ n: number }];
    return row.n;
  }

  /** Materialised paths of some units. */
  async unitPaths(ids: string[]): Promise<Map<string, string>> {
    const rows = (await this.ds.query(`SELECT id, path FROM units WHERE id = ANY($1)`, [ids])) as {
      id: string;
      path: string;
    }[];
    return new Map(rows.map((r) => [r.id, r.path]));
  }

  /** The oldest root of the tree (an admin without a unit reports on it). */
  async firstRootId(): Promise<string | null> {
    const [root] = (await this.ds.query(
      `SELECT id FROM units WHERE parent_id IS NULL ORDER BY created_at LIMIT 1`,
    )) as { id: string }[];
    return root?.id ?? null;
  }

  /** The version of everything reports are computed from, kept by triggers (see migrations). */
  async dataVersion(): Promise<string> {
    const [row] = (await this.ds.query(`SELECT sum(v)::text AS v FROM report_data_version`)) as [
      { v: string },
    ];
    return row.v;
  }

  /** Rounds of a contest that had opened by the cut-off and overlap the window. */
  async roundsCounted(
    contestId: string,
    from: Date | null,
    to: Date | null,
    cutoff: Date,
  ): Promise<number> {
    const [row] = (await this.ds.query(
      `SELECT count(*)::int AS n FROM rounds
        WHERE contest_id = $1 AND opens_at <= $4
          AND ($2::timestamptz IS NULL OR closes_at >= $2::timestamptz)
          AND ($3::timestamptz IS NULL OR opens_at < $3::timestamptz)`,
      [contestId, from, to, cutoff],
    )) as [{ n: number }];
    return row.n;
  }
}

export interface ContestRef {
  id: string;
  title: string;
  status: string;
  organizer_unit_id: string;
  collective_prize_table: { rank: string; count: number }[];
  collective_min_rate: number | null;
  rounds: { id: string; seq: number; title: string; opensAt: string; closesAt: string }[];
}

/**
 * Contests a subtree takes part in: those whose eligible units contain the subtree or lie
 * inside it. `$1` is the actor's path pattern, or NULL for an admin (every contest).
 */
const CONTESTS_FOR_SCOPE = `
  SELECT c.id, c.title, c.status, c.organizer_unit_id, c.collective_prize_table,
         c.collective_min_rate, c.created_at,
         coalesce((SELECT json_agg(json_build_object('id', r.id, 'seq', r.seq, 'title', r.title,
                                   'opensAt', r.opens_at, 'closesAt', r.closes_at) ORDER BY r.seq)
                     FROM rounds r WHERE r.contest_id = c.id), '[]') AS rounds
    FROM contests c
   WHERE c.status <> 'draft'
     AND ($1::text IS NULL OR EXISTS (
           SELECT 1 FROM units e WHERE e.id = ANY(c.eligible_unit_ids)
              AND (e.path LIKE $1 OR $2 LIKE e.path || '%')))`;

@Injectable()
export class ReportContestsRepository {
  constructor(private readonly ds: DataSource) {}

  async list(actorPath: string | null): Promise<ContestRef[]> {
    return (await this.ds.query(`${CONTESTS_FOR_SCOPE} ORDER BY c.created_at DESC`, [
      actorPath === null ? null : `${escapeLike(actorPath)}%`,
      actorPath,
    ])) as ContestRef[];
  }

  async find(actorPath: string | null, contestId: string): Promise<ContestRef | null> {
    const [row] = (await this.ds.query(`${CONTESTS_FOR_SCOPE} AND c.id = $3`, [
      actorPath === null ? null : `${escapeLike(actorPath)}%`,
      actorPath,
      contestId,
    ])) as ContestRef[];
    return row ?? null;
  }

  /** round id → contest id, for the rounds that exist. */
  async contestsOfRounds(roundIds: string[]): Promise<Map<string, string>> {
    const rows = (await this.ds.query(`SELECT id, contest_id FROM rounds WHERE id = ANY($1)`, [
      roundIds,
    ])) as { id: string; contest_id: string }[];
    return new Map(rows.map((r) => [r.id, r.contest_id]));
  }

  async contestOfRound(roundId: string): Promise<string | null> {
    const [row] = (await this.ds.query(`SELECT contest_id FROM rounds WHERE id = $1`, [
      roundId,
    ])) as { contest_id: string }[];
    return row?.contest_id ?? null;
  }
}
