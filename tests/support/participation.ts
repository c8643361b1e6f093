import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** A client on the suite's database, for fixtures too large to build through the API. */
export async function suiteDb(): Promise<pg.Client> {
  const db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  return db;
}

export interface FixtureUnit {
  id: string;
  parentId: string | null;
  path: string;
  /** Declared headcounts: [declaredAt ISO, value]. */
  declared: [string, number][];
  /** Staff list entries: valid_to ISO or null. */
  roster: (string | null)[];
  activeTo: string | null;
  group?: 'administrative' | 'public_service' | 'commune_level' | 'other';
}

export interface FixtureAttempt {
  userId: string;
  unitId: string;
  roundId: string;
  submittedAt: string;
  correct: number;
  total: number;
}

let seq = 0;
const phone = () =>
  `07${String(Date.now() % 1e5).padStart(5, '0')}${String(seq++ % 1000).padStart(3, '0')}`;

/** Inserts units (parents first), their headcount history and staff lists. */
export async function insertUnits(db: pg.Client, units: FixtureUnit[], tag: string) {
  for (const u of units) {
    await db.query(
      `INSERT INTO units (id, code, name, name_folded, kind, unit_group, parent_id, path, headcount, active_to)
       VALUES ($1, $2, $3, $3, 'office', $4, $5, $6, $7, $8)`,
      [
        u.id,
        `${tag}-${u.id.slice(0, 8)}`.toUpperCase(),
        `Đơn vị ${tag} ${u.id.slice(0, 4)}`,
        u.group ?? ['administrative', 'public_service', 'commune_level'][u.id.charCodeAt(0) % 3],
        u.parentId,
        u.path,
        u.declared.at(-1)?.[1] ?? null,
        u.activeTo,
      ],
    );
    for (const [at, value] of u.declared)
      await db.query(
        `INSERT INTO unit_headcounts (unit_id, value, declared_at) VALUES ($1, $2, $3)`,
        [u.id, value, at],
      );
    if (u.roster.length)
      await db.query(
        `INSERT INTO roster_entries (unit_id, full_name, name_folded, phone, valid_to)
         SELECT $1, 'Cán bộ ' || i, 'can bo ' || i, $2 || lpad(i::text, 4, '0'), v
           FROM unnest($3::timestamptz[]) WITH ORDINALITY AS x(v, i)`,
        [u.id, `08${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`, u.roster],
      );
  }
}

export async function insertUsers(db: pg.Client, unitIds: string[]): Promise<string[]> {
  const ids = unitIds.map(() => randomUUID());
  await db.query(
    `INSERT INTO users (id, full_name, role, unit_id, phone, password_hash, consent_at)
     SELECT id, 'Người thử ' || left(id::text, 6), 'participant', unit, p, 'x', now()
       FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(id, unit, p)`,
    [ids, unitIds, ids.map(() => phone())],
  );
  return ids;
}

/** A staff-list entry linked to an account, valid over [from, to) (null = open). */
export interface FixtureListing {
  unitId: string;
  userId: string;
  from: string | null;
  to: string | null;
}

/** Puts accounts on staff lists (linked entries), after the units and users exist. */
export async function insertListings(db: pg.Client, listings: FixtureListing[]) {
  if (!listings.length) return;
  await db.query(
    `INSERT INTO roster_entries (unit_id, full_name, name_folded, phone, user_id, linked_by,
                                 valid_from, valid_to)
     SELECT x.unit, u.full_name, lower(u.full_name), '06' || lpad(x.i::text, 8, '0'), x.usr, 'auto',
            x.vf, x.vt
       FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[])
              WITH ORDINALITY AS x(unit, usr, vf, vt, i)
       JOIN users u ON u.id = x.usr`,
    [
      listings.map((l) => l.unitId),
      listings.map((l) => l.userId),
      listings.map((l) => l.from),
      listings.map((l) => l.to),
    ],
  );
}

/** A contest of the root with `n` rounds (no questions needed: attempts are inserted). */
export async function insertContest(
  db: pg.Client,
  rootId: string,
  rounds: { opensAt: string; closesAt: string }[],
): Promise<{ contestId: string; roundIds: string[] }> {
  const contestId = randomUUID();
  await db.query(
    `INSERT INTO contests (id, organizer_unit_id, eligible_unit_ids, title, prize_table, status)
     VALUES ($1, $2, $3, 'Cuộc thi thử báo cáo', '[]', 'published')`,
    [contestId, rootId, [rootId]],
  );
  const roundIds: string[] = [];
  for (const [i, r] of rounds.entries()) {
    const id = randomUUID();
    roundIds.push(id);
    await db.query(
      `INSERT INTO rounds (id, contest_id, seq, title, opens_at, closes_at, duration_sec, blueprint, question_count)
       VALUES ($1, $2, $3, $4, $5, $6, 900, '[]', 10)`,
      [id, contestId, i + 1, `Đợt ${i + 1}`, r.opensAt, r.closesAt],
    );
  }
  return { contestId, roundIds };
}

export async function insertAttempts(db: pg.Client, attempts: FixtureAttempt[]) {
  const no = new Map<string, number>();
  const rows = attempts.map((a) => {
    const k = `${a.roundId}:${a.userId}`;
    no.set(k, (no.get(k) ?? 0) + 1);
    return { ...a, no: no.get(k)! };
  });
  await db.query(
    `INSERT INTO attempts (round_id, user_id, attempt_no, track, status, seed, questions, total,
                           started_at, deadline, submitted_at, correct_count, duration_ms, unit_id, closed_by)
     SELECT x.r, x.u, x.no, 'staff', 'submitted', 1, '[]', x.total, x.at - interval '5 minutes',
            x.at + interval '10 minutes', x.at, x.correct, 300000, x.unit, 'test'
       FROM jsonb_to_recordset($1::jsonb) AS x(r uuid, u uuid, no int, total int, at timestamptz, correct int, unit uuid)`,
    [
      JSON.stringify(
        rows.map((a) => ({
          r: a.roundId,
          u: a.userId,
          no: a.no,
          total: a.total,
          at: a.submittedAt,
          correct: a.correct,
          unit: a.unitId,
        })),
      ),
    ],
  );
}

export interface Bieu01Row {
  name: string;
  headcount: number | null;
  participants: number;
  offList: number | null;
  attempts: number;
  rate: number | null;
}

/** Reads the table of a Biểu 01 .xlsx back: the unit rows in order, then the total row. */
export async function readBieu01(
  buf: ArrayBuffer | Buffer,
): Promise<{ rows: Bieu01Row[]; total: Bieu01Row }> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: Bieu01Row[] = [];
  let total: Bieu01Row | null = null;
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  ws.eachRow((r) => {
    const v = r.values as unknown[];
    const row = {
      name: String(v[2] ?? ''),
      headcount: num(v[4]),
      participants: num(v[5]) ?? 0,
      offList: num(v[6]),
      attempts: num(v[7]) ?? 0,
      rate: num(v[8]),
    };
    if (typeof v[1] === 'number') rows.push(row);
    else if (v[2] === 'Tổng cộng') total = row;
  });
  if (!total) throw new Error('Biểu 01 without a total row');
  return { rows, total };
}
