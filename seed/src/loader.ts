import { randomUUID } from 'node:crypto';
import { foldVietnamese, questionKey } from '@cchc/contracts';
import { DEMO_PASSWORD, demoAccounts, demoUnits } from './demo-data.js';
import { loadDemoContest } from './demo-contest.js';
import { loadDemoRosters, type DemoRosterAccount } from './demo-rosters.js';
import { demoQuestions } from './demo-questions/index.js';

/** The little the loader needs from a database connection inside one transaction. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface LoadResult {
  units: number;
  accounts: number;
  questions: number;
  contestAttempts: number;
  rosterEntries: number;
}

/**
 * Inserts the demo units and accounts. Call inside a transaction; `hash` is the server's
 * password hasher so demo accounts log in exactly like real ones.
 */
export async function loadDemoData(
  db: SqlRunner,
  hash: (password: string) => Promise<string>,
  now: Date = new Date(),
): Promise<LoadResult> {
  const byCode = new Map<string, { id: string; path: string }>();
  const pending = [...demoUnits];
  // Parents first, whatever order the data file lists them in.
  while (pending.length) {
    const i = pending.findIndex((u) => u.parentCode === null || byCode.has(u.parentCode));
    if (i < 0) throw new Error('Demo units: a parentCode does not resolve');
    const u = pending.splice(i, 1)[0]!;
    const parent = u.parentCode ? byCode.get(u.parentCode)! : null;
    const id = randomUUID();
    const path = `${parent?.path ?? '/'}${id}/`;
    await db.query(
      `INSERT INTO units (id, code, name, name_folded, kind, unit_group, parent_id, path, headcount, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true)`,
      [
        id,
        u.code,
        u.name,
        foldVietnamese(u.name),
        u.kind,
        u.group,
        parent?.id ?? null,
        path,
        u.headcount,
      ],
    );
    if (u.headcount !== null) {
      await db.query(`INSERT INTO unit_headcounts (unit_id, value) VALUES ($1, $2)`, [
        id,
        u.headcount,
      ]);
    }
    await db.query(`INSERT INTO unit_events (unit_id, kind, after) VALUES ($1, 'created', $2)`, [
      id,
      JSON.stringify({ code: u.code, name: u.name, demo: true }),
    ]);
    byCode.set(u.code, { id, path });
  }
  const passwordHash = await hash(DEMO_PASSWORD);
  const participants: DemoRosterAccount[] = [];
  for (const a of demoAccounts) {
    const unit = byCode.get(a.unitCode);
    if (!unit) throw new Error(`Demo account ${a.email}: unknown unit ${a.unitCode}`);
    const [row] = (await db.query(
      `INSERT INTO users (full_name, role, unit_id, phone, email, citizen_id, password_hash, consent_at, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), true) RETURNING id`,
      [a.fullName, a.role, unit.id, a.phone, a.email, a.citizenId, passwordHash],
    )) as { id: string }[];
    if (a.role === 'participant')
      participants.push({
        id: row!.id,
        unitId: unit.id,
        fullName: a.fullName,
        phone: a.phone,
        citizenId: a.citizenId,
      });
  }
  // The demo bank belongs to the root unit and is published, so every organiser can use it.
  const root = byCode.get(demoUnits.find((u) => u.parentCode === null)!.code)!;
  for (const q of demoQuestions) {
    const options = q.options.map((o, i) => ({
      id: `d${i}${randomUUID().slice(0, 6)}`,
      text: o.text,
      correct: o.correct,
    }));
    const search = foldVietnamese(
      `${q.stem} ${q.options.map((o) => o.text).join(' ')} ${q.tags.join(' ')}`,
    );
    const [row] = (await db.query(
      `INSERT INTO questions (owner_unit_id, area, difficulty, type, stem, stem_key, search_text, options, explanation, source, tags, track, status, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'published', true) RETURNING id`,
      [
        root.id,
        q.area,
        q.difficulty,
        q.type,
        q.stem,
        questionKey(q.stem),
        search,
        JSON.stringify(options),
        q.explanation,
        JSON.stringify(q.source),
        q.tags,
        q.track,
      ],
    )) as { id: string }[];
    await db.query(
      `INSERT INTO question_revisions (question_id, revision, area, difficulty, type, stem, options, explanation, source)
       VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        row!.id,
        q.area,
        q.difficulty,
        q.type,
        q.stem,
        JSON.stringify(options),
        q.explanation,
        JSON.stringify(q.source),
      ],
    );
  }
  const organizer = (await db.query(`SELECT id FROM users WHERE email = 'btc@demo.local'`)) as {
    id: string;
  }[];
  const contest = await loadDemoContest(db, {
    now,
    rootUnitId: root.id,
    units: demoUnits
      .filter((u) => !['other', 'province', 'city'].includes(u.kind))
      .map((u) => ({ id: byCode.get(u.code)!.id, headcount: u.headcount })),
    passwordHash,
    organizerId: organizer[0]?.id ?? null,
  });
  const rosters = await loadDemoRosters(
    db,
    demoUnits.map((u) => ({
      id: byCode.get(u.code)!.id,
      code: u.code,
      kind: u.kind,
      headcount: u.headcount,
    })),
    [...participants, ...contest.entrants.map((e) => ({ ...e, citizenId: null }))],
  );
  return {
    units: demoUnits.length,
    accounts: demoAccounts.length + contest.entrants.length,
    rosterEntries: rosters.entries,
    questions: demoQuestions.length,
    contestAttempts: contest.attempts,
  };
}

/** Removes what loadDemoData inserted (and accounts registered on demo units), children first. */
export async function removeDemoData(db: SqlRunner): Promise<void> {
  await db.query(
    `DELETE FROM contests WHERE is_demo OR organizer_unit_id IN (SELECT id FROM units WHERE is_demo)`,
  );
  await db.query(
    `DELETE FROM attempts WHERE user_id IN (SELECT id FROM users WHERE is_demo OR unit_id IN (SELECT id FROM units WHERE is_demo))`,
  );
  await db.query(
    `DELETE FROM questions WHERE is_demo OR owner_unit_id IN (SELECT id FROM units WHERE is_demo)`,
  );
  // Staff lists would go with their units (ON DELETE CASCADE); deleted first, the accounts
  // below do not have to be unlinked from them one by one.
  await db.query(
    `DELETE FROM roster_entries WHERE unit_id IN (SELECT id FROM units WHERE is_demo)`,
  );
  await db.query(
    `DELETE FROM users WHERE is_demo OR unit_id IN (SELECT id FROM units WHERE is_demo)`,
  );
  await db.query(
    `UPDATE units SET merged_into_id = NULL WHERE merged_into_id IN (SELECT id FROM units WHERE is_demo)`,
  );
  await db.query(
    `DELETE FROM units WHERE id IN (SELECT id FROM units WHERE is_demo ORDER BY length(path) DESC)`,
  );
}
