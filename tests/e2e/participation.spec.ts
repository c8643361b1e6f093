import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type pg from 'pg';
import {
  COUNTING_RULE_LABEL,
  participationDefinitions,
  reportWindow,
  type NonParticipants,
  type OffList,
  type ParticipationReport,
  type RosterEntry,
  type UnitFigures,
} from '@cchc/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { adminToken, api, baseUrl, login, uniqueCode } from '../support/api.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
  rightOptions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';
import {
  insertAttempts,
  insertContest,
  insertListings,
  insertUnits,
  insertUsers,
  readBieu01,
  suiteDb,
  type FixtureAttempt,
  type FixtureListing,
  type FixtureUnit,
} from '../support/participation.js';

let db: pg.Client;
let admin: string;

beforeAll(async () => {
  db = await suiteDb();
  admin = await adminToken();
});
afterAll(async () => {
  await db?.end();
});

const ROUNDS = [
  { opensAt: '2025-01-01T00:00:00+07:00', closesAt: '2025-06-30T23:59:59+07:00' },
  { opensAt: '2025-07-01T00:00:00+07:00', closesAt: '2025-12-31T23:59:59+07:00' },
];

const MAY_15 = '2025-05-15T00:00:00+07:00';

/** The fixture as the model reads it: units, linked staff-list entries and attempts. */
interface World {
  units: FixtureUnit[];
  listings: FixtureListing[];
  attempts: FixtureAttempt[];
}

const validAt = (from: string | null, to: string | null, t: Date) =>
  (from === null || new Date(from) <= t) && (to === null || new Date(to) > t);
const activeAt = (u: FixtureUnit, t: Date) => u.activeTo === null || new Date(u.activeTo) > t;

/**
 * What the report must say, computed the slow obvious way from the fixture. A person on a staff
 * list at the cut-off counts in that list's unit wherever they took part; anyone else in the unit
 * they took part in, as a participant where it has no list and off the list where it has one.
 */
function expected(
  w: World,
  unit: FixtureUnit,
  win: { from: Date | null; to: Date | null },
  cutoff: Date,
  roundId: string | null,
) {
  const byId = new Map(w.units.map((u) => [u.id, u]));
  const listUnit = new Map<string, string>();
  for (const l of w.listings)
    if (validAt(l.from, l.to, cutoff) && activeAt(byId.get(l.unitId)!, cutoff))
      listUnit.set(l.userId, l.unitId);
  const listLength = (u: FixtureUnit) =>
    activeAt(u, cutoff)
      ? u.roster.filter((to) => validAt(null, to, cutoff)).length +
        w.listings.filter((l) => l.unitId === u.id && validAt(l.from, l.to, cutoff)).length
      : 0;
  const rostered = (id: string) => listLength(byId.get(id)!) > 0;
  const ids = new Set(w.units.filter((u) => u.path.startsWith(unit.path)).map((u) => u.id));
  const home = (a: FixtureAttempt) => listUnit.get(a.userId) ?? a.unitId;
  const inSelection = (a: FixtureAttempt) => {
    const t = new Date(a.submittedAt);
    return (
      (!win.from || t >= win.from) && (!win.to || t < win.to) && (!roundId || a.roundId === roundId)
    );
  };
  const mine = w.attempts.filter((a) => inSelection(a) && ids.has(home(a)));
  const people = new Set(mine.map((a) => a.userId));
  const participant = (p: string) =>
    listUnit.has(p) || mine.some((a) => a.userId === p && !rostered(home(a)));
  const offList = [...people].filter((p) => !participant(p));
  const counted = mine.filter((a) => participant(a.userId));
  const best = new Map<string, number>();
  for (const a of counted)
    best.set(a.userId, Math.max(best.get(a.userId) ?? -1, a.correct / a.total));
  const own = (u: FixtureUnit): number | null => {
    const n = listLength(u);
    if (n > 0) return n;
    if (!u.declared.length) return null;
    const before = u.declared.filter(([at]) => new Date(at) <= cutoff);
    return (before.at(-1) ?? u.declared[0]!)[1];
  };
  const owns = w.units
    .filter((u) => ids.has(u.id) && activeAt(u, cutoff))
    .map(own)
    .filter((v): v is number => v !== null);
  const values = [...best.values()];
  // an entry is a person in a round, counted once however many attempts and sub-units
  const entries = new Set(counted.map((a) => `${a.userId}/${a.roundId}`));
  const perfectEntries = new Set(
    counted.filter((a) => a.correct === a.total).map((a) => `${a.userId}/${a.roundId}`),
  );
  const scores = counted.reduce((s, a) => s + a.correct / a.total, 0);
  return {
    participants: best.size,
    offList: offList.length,
    attempts: counted.length,
    headcount: owns.length ? owns.reduce((s, v) => s + v, 0) : null,
    perfect: values.filter((v) => v >= 1).length,
    zero: values.filter((v) => v === 0).length,
    entries: entries.size,
    perfectEntries: perfectEntries.size,
    averageScore: counted.length ? (scores / counted.length) * 10 : null,
    offListPeople: offList.sort(),
    // every unit of the subtree has a list: its people are exactly participants + non-participants
    fullyListed: w.units.filter((u) => ids.has(u.id)).every((u) => rostered(u.id)),
  };
}

const fixtureArb = fc.record({
  parents: fc.array(fc.nat(), { minLength: 1, maxLength: 11 }),
  heads: fc.array(
    fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.record({ kind: fc.constant('declared' as const), a: fc.nat(40), b: fc.nat(40) }),
      fc.record({
        kind: fc.constant('roster' as const),
        current: fc.integer({ min: 1, max: 8 }),
        leftInMay: fc.nat(3),
      }),
    ),
    { minLength: 12, maxLength: 12 },
  ),
  inactiveLeaf: fc.boolean(),
  users: fc.array(
    fc.record({
      home: fc.nat(),
      // on a staff list: for the whole year, until May, from May, or moved in May to another
      list: fc.option(
        fc.record({
          unit: fc.nat(),
          when: fc.constantFrom('year', 'leftInMay', 'joinedInMay', 'moved'),
          movedTo: fc.nat(),
        }),
        { freq: 2 },
      ),
    }),
    { minLength: 1, maxLength: 20 },
  ),
  attempts: fc.array(
    fc.record({
      user: fc.nat(),
      elsewhere: fc.option(fc.nat(), { freq: 4 }),
      // Seconds into 2025, Vietnam time, with the quarter boundaries drawn often.
      at: fc.oneof(
        fc.integer({ min: 0, max: 365 * 86400 - 1 }),
        fc.constantFrom(90 * 86400 - 1, 90 * 86400, 181 * 86400 - 1, 181 * 86400),
      ),
      correct: fc.integer({ min: 0, max: 10 }),
    }),
    { maxLength: 60 },
  ),
  query: fc.record({
    period: fc.constantFrom(undefined, 'Q1', 'H1', '9M', 'Y'),
    round: fc.boolean(),
    rootPick: fc.nat(),
  }),
});

/** Staff-list entries of the fixture's users, on the units that have a list. */
function listingsOf(
  users: { list: { unit: number; when: string; movedTo: number } | null }[],
  userIds: string[],
  rosterUnits: FixtureUnit[],
): FixtureListing[] {
  if (!rosterUnits.length) return [];
  return users.flatMap((u, i): FixtureListing[] => {
    if (!u.list) return [];
    const at = (k: number) => rosterUnits[k % rosterUnits.length]!.id;
    const userId = userIds[i]!;
    const unitId = at(u.list.unit);
    switch (u.list.when) {
      case 'leftInMay':
        return [{ unitId, userId, from: null, to: MAY_15 }];
      case 'joinedInMay':
        return [{ unitId, userId, from: MAY_15, to: null }];
      case 'moved': {
        const next = at(u.list.movedTo);
        return next === unitId
          ? [{ unitId, userId, from: null, to: null }]
          : [
              { unitId, userId, from: null, to: MAY_15 },
              { unitId: next, userId, from: MAY_15, to: null },
            ];
      }
      default:
        return [{ unitId, userId, from: null, to: null }];
    }
  });
}

describe('participation roll-ups (property, real PostgreSQL)', () => {
  it('every unit’s participants, off-list people, attempts and headcount follow the staff-list rule, and lists reconcile', async () => {
    await fc.assert(
      fc.asyncProperty(fixtureArb, async (f) => {
        const tag = uniqueCode('P');
        const units: FixtureUnit[] = [];
        const n = f.parents.length + 1;
        for (let i = 0; i < n; i++) {
          const id = randomUUID();
          const parent = i === 0 ? null : units[f.parents[i - 1]! % i]!;
          const h = f.heads[i]!;
          units.push({
            id,
            parentId: parent?.id ?? null,
            path: `${parent?.path ?? '/'}${id}/`,
            declared:
              h.kind === 'declared'
                ? [
                    ['2025-01-10T00:00:00+07:00', h.a],
                    ['2025-06-01T00:00:00+07:00', h.b],
                  ]
                : [],
            roster:
              h.kind === 'roster'
                ? [...Array<null>(h.current).fill(null), ...Array<string>(h.leftInMay).fill(MAY_15)]
                : [],
            activeTo: null,
          });
        }
        const leaf = units.findLast((u) => !units.some((c) => c.parentId === u.id));
        if (f.inactiveLeaf && leaf && leaf.parentId) {
          // merged away on 1 May: its list ends with it, as a merge does
          leaf.activeTo = '2025-05-01T00:00:00+07:00';
          leaf.roster = leaf.roster.map((to) => to ?? leaf.activeTo);
        }
        await insertUnits(db, units, tag);
        const homes = f.users.map((u) => units[u.home % n]!.id);
        const users = await insertUsers(db, homes);
        const listings = listingsOf(
          f.users,
          users,
          units.filter((u) => u.roster.length > 0 && u.activeTo === null),
        );
        await insertListings(db, listings);
        const { contestId, roundIds } = await insertContest(db, units[0]!.id, ROUNDS);
        const year = Date.parse('2025-01-01T00:00:00+07:00');
        const attempts: FixtureAttempt[] = f.attempts.map((a) => {
          const u = a.user % users.length;
          const at = new Date(year + a.at * 1000);
          return {
            userId: users[u]!,
            // Sometimes taken while in another unit (before a move): it counts there.
            unitId: a.elsewhere === null ? homes[u]! : units[a.elsewhere % n]!.id,
            roundId: at < new Date(ROUNDS[1]!.opensAt) ? roundIds[0]! : roundIds[1]!,
            submittedAt: at.toISOString(),
            correct: a.correct,
            total: 10,
          };
        });
        if (attempts.length) await insertAttempts(db, attempts);
        const world: World = { units, listings, attempts };

        const root = units[f.query.rootPick % n]!;
        const q = {
          unitId: root.id,
          contestId,
          ...(f.query.period ? { period: f.query.period, year: '2025' } : {}),
          ...(f.query.round ? { roundId: roundIds[0]! } : {}),
        };
        const res = await api<ParticipationReport>(
          'GET',
          `/api/reports/participation?${new URLSearchParams({ ...q, depth: '20' })}`,
          { token: admin },
        );
        expect(res.status).toBe(200);
        expect(res.body.rule).toBe('staff_list');
        const win = reportWindow(f.query.period ? { period: f.query.period, year: 2025 } : {});
        const cutoff = new Date(res.body.scope.cutoff);
        if (win.to) expect(cutoff.getTime()).toBe(win.to.getTime() - 1);

        // Who has not taken part, by unit, as the focal person's list says.
        const missing = await api<NonParticipants>(
          'GET',
          `/api/reports/non-participants?${new URLSearchParams({ ...q, pageSize: '500' })}`,
          { token: admin },
        );
        expect(missing.status).toBe(200);
        const pathOf = new Map(units.map((u) => [u.id, u.path]));

        const byId = new Map(res.body.units.map((u) => [u.unitId, u]));
        for (const u of units.filter((x) => x.path.startsWith(root.path))) {
          const got = byId.get(u.id);
          if (!got) {
            // Only a unit merged away before the window may drop out, and only when empty.
            expect(u.activeTo).not.toBeNull();
            continue;
          }
          const want = expected(world, u, win, cutoff, f.query.round ? roundIds[0]! : null);
          const { averageScore, offListPeople: _people, fullyListed, ...counts } = want;
          expect({
            participants: got.participants,
            offList: got.offList,
            attempts: got.attempts,
            headcount: got.headcount,
            perfect: got.quality.perfect,
            zero: got.quality.zero,
            entries: got.entries,
            perfectEntries: got.perfectEntries,
          }).toEqual(counts);
          if (averageScore === null) expect(got.averageScore).toBeNull();
          else expect(got.averageScore).toBeCloseTo(averageScore, 9);
          const q5 = got.quality;
          expect(q5.perfect + q5.high + q5.mid + q5.low + q5.zero).toBe(got.participants);
          expect(got.rate).toBe(want.headcount ? want.participants / want.headcount : null);
          if (fullyListed) {
            const notYet = missing.body.rows.filter((r) =>
              pathOf.get(r.unitId)!.startsWith(u.path),
            ).length;
            expect(got.participants + notYet).toBe(got.headcount);
          }
          // A parent's denominator is its own staff plus that of its sub-units active then.
          const activeThen = new Set(units.filter((x) => activeAt(x, cutoff)).map((x) => x.id));
          const kids = res.body.units.filter(
            (c) => c.parentId === u.id && activeThen.has(c.unitId),
          );
          if (got.headcount !== null && kids.every((k) => k.headcount !== null)) {
            expect(got.headcount).toBe(
              (got.ownHeadcount ?? 0) + kids.reduce((s, k) => s + k.headcount!, 0),
            );
          }
        }
        expect(res.body.totals.unitId).toBe(root.id);
        // The daily series ends at the root's participants.
        expect(res.body.daily.at(-1)?.cumulativeParticipants ?? 0).toBe(
          res.body.totals.participants,
        );

        // The people off the list are exactly those the model names, and their count.
        const off = await api<OffList>(
          'GET',
          `/api/reports/off-list?${new URLSearchParams({ ...q, pageSize: '500' })}`,
          { token: admin },
        );
        expect(off.status).toBe(200);
        const wantRoot = expected(world, root, win, cutoff, f.query.round ? roundIds[0]! : null);
        expect(off.body.total).toBe(res.body.totals.offList);
        expect(off.body.rows.map((r) => r.userId).sort()).toEqual(wantRoot.offListPeople);

        // The Biểu 01 file says what the API says, row for row.
        const file = await fetch(
          `${baseUrl()}/api/reports/participation.xlsx?${new URLSearchParams({ ...q, depth: '20' })}`,
          { headers: { authorization: `Bearer ${admin}` } },
        );
        expect(file.status).toBe(200);
        const sheet = await readBieu01(await file.arrayBuffer());
        const pick = (u: UnitFigures) => ({
          name: u.name,
          headcount: u.headcount,
          participants: u.participants,
          offList: u.offList,
          attempts: u.attempts,
          rate: u.rate,
        });
        expect(sheet.rows).toEqual(res.body.units.map(pick));
        expect(sheet.total).toEqual({ ...pick(res.body.totals), name: 'Tổng cộng' });
      }),
      { numRuns: 14 },
    );
  });
});

describe('participation periods, merges, snapshots and scope', () => {
  let tag: string;
  let units: FixtureUnit[];
  let contestId: string;
  let roundIds: string[];
  let users: string[];
  const mk = (parent: FixtureUnit | null, declared: number): FixtureUnit => {
    const id = randomUUID();
    return {
      id,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      declared: [['2025-01-02T00:00:00+07:00', declared]],
      roster: [],
      activeTo: null,
    };
  };

  beforeAll(async () => {
    tag = uniqueCode('Q');
    const root = mk(null, 2);
    const a = mk(root, 10);
    const b = mk(root, 20);
    units = [root, a, b];
    await insertUnits(db, units, tag);
    users = await insertUsers(db, [a.id, a.id, b.id]);
    ({ contestId, roundIds } = await insertContest(db, root.id, ROUNDS));
    await insertAttempts(db, [
      // 23:59:59 on 31/3 (Vietnam) is in Q1; 00:00:00 on 1/4 is not.
      {
        userId: users[0]!,
        unitId: a.id,
        roundId: roundIds[0]!,
        submittedAt: '2025-03-31T23:59:59+07:00',
        correct: 10,
        total: 10,
      },
      {
        userId: users[1]!,
        unitId: a.id,
        roundId: roundIds[0]!,
        submittedAt: '2025-04-01T00:00:00+07:00',
        correct: 5,
        total: 10,
      },
      {
        userId: users[2]!,
        unitId: b.id,
        roundId: roundIds[0]!,
        submittedAt: '2025-02-10T09:00:00+07:00',
        correct: 0,
        total: 10,
      },
    ]);
  });

  const get = (q: Record<string, string>, token = admin) =>
    api<ParticipationReport>('GET', `/api/reports/participation?${new URLSearchParams(q)}`, {
      token,
    });
  const row = (r: ParticipationReport, id: string) =>
    r.units.find((u) => u.unitId === id) as UnitFigures;

  it('cuts quarters at midnight Vietnam time', async () => {
    const [root, a] = units;
    const q1 = await get({ unitId: root!.id, period: 'Q1', year: '2025' });
    expect(q1.status).toBe(200);
    expect(row(q1.body, a!.id).participants).toBe(1);
    expect(q1.body.totals.participants).toBe(2);
    expect(q1.body.scope.label).toContain('Quý I năm 2025');
    expect(q1.body.scope.labelEn).toBe('Q1 2025 · figures as of 31/03/2025');
    const h1 = await get({ unitId: root!.id, period: 'H1', year: '2025' });
    expect(row(h1.body, a!.id).participants).toBe(2);
    // A cut-off date ends the window with its own day.
    const asOf = await get({ unitId: root!.id, asOf: '2025-03-31' });
    expect(asOf.body.totals.participants).toBe(2);
    expect(asOf.body.scope.label).toContain('số liệu tính đến ngày 31/03/2025');
    const bad = await get({ unitId: root!.id, period: 'Q1' });
    expect(bad.status).toBe(400);
  });

  it('keeps a merged unit’s history under the unit that absorbed it', async () => {
    const [root, a, b] = units;
    const before = await get({ unitId: root!.id, period: 'H1', year: '2025', depth: '5' });
    const merge = await api('POST', `/api/units/${a!.id}/merge`, {
      token: admin,
      body: { intoUnitId: b!.id, effectiveDate: '2025-09-01' },
    });
    expect(merge.status).toBeLessThan(300);
    const after = await get({ unitId: root!.id, period: 'H1', year: '2025', depth: '5' });
    // The first half of 2025 reads as it did: A still has its people and its headcount.
    expect(row(after.body, a!.id).participants).toBe(row(before.body, a!.id).participants);
    expect(row(after.body, a!.id).headcount).toBe(10);
    expect(after.body.totals.participants).toBe(before.body.totals.participants);
    expect(after.body.totals.headcount).toBe(before.body.totals.headcount);
    // B's subtree now holds A's history.
    expect(row(after.body, b!.id).participants).toBe(3);
    expect(row(after.body, a!.id).parentId).toBe(b!.id);
    // After the merge A's staff count only once, in B's declaration.
    const year = await get({ unitId: root!.id, period: 'Y', year: '2025', depth: '5' });
    expect(row(year.body, a!.id)?.active ?? false).toBe(false);
    expect(year.body.totals.headcount).toBe(2 + 20);
  });

  it('freezes a report that later submissions do not change', async () => {
    const [root, , b] = units;
    const query = { unitId: root!.id, contestId, period: 'Y', year: 2025 };
    const frozen = await api('POST', '/api/reports/snapshots', {
      token: admin,
      body: { query, note: 'Báo cáo năm' },
    });
    expect(frozen.status).toBe(201);
    const extra = await insertUsers(db, [b!.id]);
    await insertAttempts(db, [
      {
        userId: extra[0]!,
        unitId: b!.id,
        roundId: roundIds[1]!,
        submittedAt: '2025-08-01T10:00:00+07:00',
        correct: 7,
        total: 10,
      },
    ]);
    const live = await get({ unitId: root!.id, contestId, period: 'Y', year: '2025' });
    const snap = await api<ParticipationReport>('GET', `/api/reports/snapshots/${frozen.body.id}`, {
      token: admin,
    });
    expect(snap.status).toBe(200);
    expect(live.body.totals.participants).toBe(frozen.body.totals.participants + 1);
    expect(snap.body.totals.participants).toBe(frozen.body.totals.participants);
    expect(snap.body.snapshotId).toBe(frozen.body.id);
    expect(snap.body.frozen?.by).toBeTruthy();
    const list = await api('GET', `/api/reports/snapshots?unitId=${root!.id}`, { token: admin });
    expect(list.body.map((s: { id: string }) => s.id)).toContain(frozen.body.id);
    // The row itself refuses to change.
    await expect(
      db.query(`UPDATE report_snapshots SET label = 'x' WHERE id = $1`, [frozen.body.id]),
    ).rejects.toThrow(/immutable/);
    expect(snap.body.rule).toBe('staff_list');

    // A report frozen before the staff-list rule keeps its figures and names its rule.
    const legacy = await db.query(
      `INSERT INTO report_snapshots (unit_id, params, label, report, created_by_name, created_at)
       SELECT unit_id, params, label,
              (report - 'rule') || jsonb_build_object('totals', (report->'totals') - 'offList'),
              created_by_name, created_at
         FROM report_snapshots WHERE id = $1
       RETURNING id`,
      [frozen.body.id],
    );
    const legacyId = (legacy.rows[0] as { id: string }).id;
    const old = await api<ParticipationReport>('GET', `/api/reports/snapshots/${legacyId}`, {
      token: admin,
    });
    expect(old.status).toBe(200);
    expect(old.body.rule).toBe('unit_of_attempt');
    expect(old.body.totals.offList).toBeNull();
    expect(old.body.totals.participants).toBe(snap.body.totals.participants);
    const csv = await fetch(`${baseUrl()}/api/reports/snapshots/${legacyId}/export?format=csv`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    const text = await csv.text();
    expect(text).toContain(COUNTING_RULE_LABEL.unit_of_attempt.vi);
    expect(text).toContain(participationDefinitions('unit_of_attempt', 'vi')[0]!);
    expect(text).not.toContain(participationDefinitions('staff_list', 'vi')[0]!);
  });

  it('a reporter cannot read a sibling subtree', async () => {
    const [root, a, b] = units;
    const email = `baocao.${tag.toLowerCase()}@demo.vn`;
    const created = await api('POST', '/api/users', {
      token: admin,
      body: {
        fullName: 'Đầu mối thử',
        role: 'reporter',
        unitId: b!.id,
        email,
        password: 'BaoCao@2025',
      },
    });
    expect(created.status).toBe(201);
    const reporter = await login(email, 'BaoCao@2025');
    expect((await get({}, reporter)).body.scope.unitId).toBe(b!.id);
    for (const id of [root!.id, randomUUID()]) {
      expect((await get({ unitId: id }, reporter)).status).toBe(404);
      const np = await api('GET', `/api/reports/non-participants?unitId=${id}`, {
        token: reporter,
      });
      expect(np.status).toBe(404);
    }
    // A (merged into B) is inside B's subtree now: readable.
    expect((await get({ unitId: a!.id }, reporter)).status).toBe(200);
    const snaps = await api('GET', '/api/reports/snapshots', { token: reporter });
    expect(snaps.body.every((s: { unitId: string }) => s.unitId !== root!.id)).toBe(true);
    const participant = await api('GET', '/api/reports/participation', {
      token: await login('thisinh01@demo.local'),
    });
    expect(participant.status).toBe(403);
  });
});

describe('people who took part without being on a staff list', () => {
  it('are counted beside the participants, listed, and put on the list (or linked) in one click', async () => {
    const tag = uniqueCode('O');
    const mk = (parent: FixtureUnit | null, roster: number): FixtureUnit => {
      const id = randomUUID();
      return {
        id,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        declared: [],
        roster: Array<null>(roster).fill(null),
        activeTo: null,
      };
    };
    const root = mk(null, 0);
    const listed = mk(root, 3);
    const sibling = mk(null, 0);
    await insertUnits(db, [root, listed, sibling], tag);
    const [onList, stranger, namesake] = await insertUsers(db, [listed.id, listed.id, listed.id]);
    const entries = (
      await db.query(`SELECT id FROM roster_entries WHERE unit_id = $1 ORDER BY phone`, [listed.id])
    ).rows as { id: string }[];
    await db.query(`UPDATE roster_entries SET user_id = $2, linked_by = 'manual' WHERE id = $1`, [
      entries[0]!.id,
      onList,
    ]);
    // The namesake has the name of an entry nobody has linked yet: most likely that person.
    await db.query(
      `UPDATE roster_entries SET full_name = 'Lê Thị Trùng Tên', name_folded = 'le thi trung ten' WHERE id = $1`,
      [entries[2]!.id],
    );
    await db.query(`UPDATE users SET full_name = 'Lê Thị Trùng Tên' WHERE id = $1`, [namesake]);
    const { contestId, roundIds } = await insertContest(db, root.id, ROUNDS);
    await insertAttempts(
      db,
      [onList!, stranger!, namesake!].map((userId) => ({
        userId,
        unitId: listed.id,
        roundId: roundIds[0]!,
        submittedAt: '2025-03-01T08:00:00+07:00',
        correct: 8,
        total: 10,
      })),
    );
    const q = `unitId=${root.id}&contestId=${contestId}`;
    const figures = async () => {
      const r = await api<ParticipationReport>('GET', `/api/reports/participation?${q}`, {
        token: admin,
      });
      expect(r.status).toBe(200);
      const missing = await api<NonParticipants>('GET', `/api/reports/non-participants?${q}`, {
        token: admin,
      });
      const { participants, offList, headcount, attempts } = r.body.totals;
      return { participants, offList, headcount, attempts, missing: missing.body.total };
    };
    // 3 on the list, 1 of them took part; 2 more took part without being on it.
    expect(await figures()).toEqual({
      participants: 1,
      offList: 2,
      headcount: 3,
      attempts: 1,
      missing: 2,
    });

    const off = await api<OffList>('GET', `/api/reports/off-list?${q}`, { token: admin });
    expect(off.status).toBe(200);
    expect(off.body.total).toBe(2);
    const row = (id: string) => off.body.rows.find((r) => r.userId === id)!;
    expect(row(stranger!)).toMatchObject({ unitId: listed.id, attempts: 1, suggestedEntry: null });
    expect(row(namesake!).suggestedEntry).toMatchObject({
      id: entries[2]!.id,
      fullName: 'Lê Thị Trùng Tên',
    });
    const found = await api<OffList>('GET', `/api/reports/off-list?${q}&search=trung ten`, {
      token: admin,
    });
    expect(found.body.rows.map((r) => r.userId)).toEqual([namesake]);

    // The stranger is one of ours: put them on the list. The list grows by one, and they count.
    const added = await api<RosterEntry>('POST', `/api/units/${listed.id}/roster/entries`, {
      token: admin,
      body: { userId: stranger, position: 'Chuyên viên' },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      unitId: listed.id,
      position: 'Chuyên viên',
      user: { id: stranger, linkedBy: 'manual' },
    });
    expect(await figures()).toEqual({
      participants: 2,
      offList: 1,
      headcount: 4,
      attempts: 2,
      missing: 2,
    });
    // The namesake is the unlinked entry: link them instead. The list keeps its length.
    const linked = await api('PUT', `/api/roster/${entries[2]!.id}/link`, {
      token: admin,
      body: { userId: namesake },
    });
    expect(linked.status).toBe(200);
    expect(await figures()).toEqual({
      participants: 3,
      offList: 0,
      headcount: 4,
      attempts: 3,
      missing: 1,
    });

    // Someone already on a list is refused with a reason; so are bad bodies and other subtrees.
    const twice = await api('POST', `/api/units/${listed.id}/roster/entries`, {
      token: admin,
      body: { userId: stranger },
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details[0]).toMatchObject({ path: 'userId' });
    expect(twice.body.error.details[0].message).toContain('đã có tên trong danh sách');
    for (const body of [{}, { userId: 'x' }, { userId: stranger, extra: 1 }]) {
      const bad = await api('POST', `/api/units/${listed.id}/roster/entries`, {
        token: admin,
        body,
      });
      expect(bad.status).toBe(400);
    }
    const email = `bc.${tag.toLowerCase()}@demo.vn`;
    await api('POST', '/api/users', {
      token: admin,
      body: {
        fullName: 'Đầu mối đơn vị khác',
        role: 'reporter',
        unitId: sibling.id,
        email,
        password: 'BaoCao@2025',
      },
    });
    const outsider = await login(email, 'BaoCao@2025');
    const foreign = await api('POST', `/api/units/${listed.id}/roster/entries`, {
      token: outsider,
      body: { userId: stranger },
    });
    expect(foreign.status).toBe(404);
    expect((await api('GET', `/api/reports/off-list?${q}`, { token: outsider })).status).toBe(404);
    const audit = await api('GET', `/api/audit?targetId=${added.body.id}`, { token: admin });
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual([
      'roster.add_account',
    ]);
  });
});

describe('non-participants', () => {
  it('lists the staff on the lists who have not taken part, and the units without a list', async () => {
    const tag = uniqueCode('N');
    const mk = (parent: FixtureUnit | null, roster: number): FixtureUnit => {
      const id = randomUUID();
      return {
        id,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        declared: roster ? [] : [['2025-01-02T00:00:00+07:00', 7]],
        roster: Array<null>(roster).fill(null),
        activeTo: null,
      };
    };
    const root = mk(null, 0);
    const listed = mk(root, 3);
    const unlisted = mk(root, 0);
    await insertUnits(db, [root, listed, unlisted], tag);
    const [took, registeredOnly, elsewhere] = await insertUsers(db, [
      listed.id,
      listed.id,
      unlisted.id,
    ]);
    // Link two of the three list entries to accounts: one took part, one only registered.
    const entries = (
      await db.query(`SELECT id FROM roster_entries WHERE unit_id = $1 ORDER BY phone`, [listed.id])
    ).rows as { id: string }[];
    await db.query(
      `UPDATE roster_entries SET user_id = x.u, linked_by = 'manual', full_name = x.n, name_folded = x.f
         FROM (VALUES ($1::uuid, $2::uuid, 'Nguyễn Văn Đã Thi', 'nguyen van da thi'),
                      ($3::uuid, $4::uuid, 'Trần Thị Chưa Thi', 'tran thi chua thi')) AS x(id, u, n, f)
        WHERE roster_entries.id = x.id`,
      [entries[0]!.id, took, entries[1]!.id, registeredOnly],
    );
    const { contestId, roundIds } = await insertContest(db, root.id, ROUNDS);
    await insertAttempts(db, [
      {
        userId: took!,
        unitId: listed.id,
        roundId: roundIds[0]!,
        submittedAt: '2025-03-01T08:00:00+07:00',
        correct: 9,
        total: 10,
      },
      {
        userId: elsewhere!,
        unitId: unlisted.id,
        roundId: roundIds[0]!,
        submittedAt: '2025-03-01T08:00:00+07:00',
        correct: 9,
        total: 10,
      },
    ]);
    const q = `unitId=${root.id}&contestId=${contestId}`;
    const res = await api('GET', `/api/reports/non-participants?${q}`, { token: admin });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    const names = res.body.rows.map((r: { fullName: string }) => r.fullName);
    expect(names).toContain('Trần Thị Chưa Thi');
    expect(names).not.toContain('Nguyễn Văn Đã Thi');
    expect(
      res.body.rows.find((r: { fullName: string }) => r.fullName === 'Trần Thị Chưa Thi')
        .registered,
    ).toBe(true);
    expect(res.body.unitsWithoutRoster).toEqual([
      { unitId: unlisted.id, name: expect.any(String), headcount: 7, participants: 1 },
    ]);
    // Before the attempt was made, the person who took part was still to be chased.
    const early = await api('GET', `/api/reports/non-participants?${q}&asOf=2025-02-28`, {
      token: admin,
    });
    expect(early.body.total).toBe(3);
    // Diacritics-insensitive search, and a page past the end still counts.
    const search = await api('GET', `/api/reports/non-participants?${q}&search=chua thi`, {
      token: admin,
    });
    expect(search.body.rows.map((r: { fullName: string }) => r.fullName)).toEqual([
      'Trần Thị Chưa Thi',
    ]);
    const past = await api('GET', `/api/reports/non-participants?${q}&page=9&pageSize=1`, {
      token: admin,
    });
    expect(past.body).toMatchObject({ total: 2, rows: [] });
    const file = await fetch(`${baseUrl()}/api/reports/non-participants.csv?${q}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    const bytes = Buffer.from(await file.arrayBuffer());
    // UTF-8 with BOM, so Excel shows Vietnamese.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('Trần Thị Chưa Thi');
    expect(csv).not.toContain('Nguyễn Văn Đã Thi');
  });
});

describe('export jobs', () => {
  it('writes Biểu 03 in the background with progress, for its owner only', async () => {
    const tag = uniqueCode('J');
    const id = randomUUID();
    const unit: FixtureUnit = {
      id,
      parentId: null,
      path: `/${id}/`,
      declared: [],
      roster: [],
      activeTo: null,
    };
    await insertUnits(db, [unit], tag);
    const users = await insertUsers(db, Array<string>(30).fill(id));
    const { contestId, roundIds } = await insertContest(db, id, ROUNDS);
    await insertAttempts(
      db,
      users.map((u, i) => ({
        userId: u,
        unitId: id,
        roundId: roundIds[0]!,
        submittedAt: `2025-03-01T08:${String(i).padStart(2, '0')}:00+07:00`,
        correct: i % 11,
        total: 10,
      })),
    );
    const started = await api('POST', '/api/reports/exports', {
      token: admin,
      body: { report: 'attempts', format: 'xlsx', query: { unitId: id, contestId } },
    });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', report: 'attempts' });
    let job = started.body;
    for (let i = 0; i < 100 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await api('GET', `/api/reports/exports/${job.id}`, { token: admin })).body;
    }
    expect(job).toMatchObject({ status: 'done', done: 30, total: 30 });
    const file = await fetch(`${baseUrl()}/api/reports/exports/${job.id}/file`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('bieu-03');
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await file.arrayBuffer());
    let dataRows = 0;
    wb.worksheets[0]!.eachRow((r) => {
      if (typeof (r.values as unknown[])[1] === 'number') dataRows++;
    });
    expect(dataRows).toBe(30);
    // Someone else cannot see or download it.
    const other = await login('baocao@demo.local');
    expect((await api('GET', `/api/reports/exports/${job.id}`, { token: other })).status).toBe(404);
    expect((await api('GET', `/api/reports/exports/${job.id}/file`, { token: other })).status).toBe(
      404,
    );
    // A bad query fails at once, not in the background.
    const bad = await api('POST', '/api/reports/exports', {
      token: admin,
      body: { report: 'attempts', format: 'pdf', query: { unitId: id } },
    });
    expect(bad.status).toBe(400);
  });
});

describe('collective ranking (Biểu 04)', () => {
  it('ranks units that reached the target by average round rate, per khối, with prizes', async () => {
    const tag = uniqueCode('C');
    const mk = (parent: FixtureUnit | null, declared: number, group: FixtureUnit['group']) => {
      const id = randomUUID();
      return {
        id,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        declared: [['2025-01-02T00:00:00+07:00', declared]] as [string, number][],
        roster: [],
        activeTo: null,
        group,
      };
    };
    const root = mk(null, 0, 'administrative');
    const a = mk(root, 2, 'administrative');
    const b = mk(root, 2, 'administrative');
    const c = mk(root, 4, 'public_service');
    await insertUnits(db, [root, a, b, c], tag);
    const [a1, a2, b1, b2, c1] = await insertUsers(db, [a.id, a.id, b.id, b.id, c.id]);
    const { contestId, roundIds } = await insertContest(db, root.id, ROUNDS);
    const at = (r: number) => (r === 0 ? '2025-02-01T09:00:00+07:00' : '2025-08-01T09:00:00+07:00');
    const entry = (userId: string, unitId: string, r: number, correct = 10) => ({
      userId,
      unitId,
      roundId: roundIds[r]!,
      submittedAt: at(r),
      correct,
      total: 10,
    });
    await insertAttempts(db, [
      entry(a1!, a.id, 0),
      entry(a2!, a.id, 0),
      entry(a1!, a.id, 1),
      entry(a2!, a.id, 1, 9),
      entry(b1!, b.id, 0),
      entry(b2!, b.id, 0),
      entry(c1!, c.id, 0),
      entry(c1!, c.id, 1),
    ]);
    const res = await api(
      'GET',
      `/api/reports/collective?contestId=${contestId}&unitId=${root.id}`,
      {
        token: admin,
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.formula).toContain('tỷ lệ tham gia bình quân các đợt thi');
    expect(res.body.formulaEn).toContain('average participation over the rounds');
    const adm = res.body.groups.find((g: { group: string }) => g.group === 'administrative');
    expect(
      adm.rows.map((r: { unitId: string; rank: number; prize: string }) => [
        r.unitId,
        r.rank,
        r.prize,
      ]),
    ).toEqual([
      [a.id, 1, 'Giải Nhất'],
      [b.id, 2, 'Giải Nhì'],
    ]);
    expect(adm.rows[0]).toMatchObject({ averageRoundRate: 1, perfectShare: 0.75, coverage: 1 });
    expect(adm.rows[1]).toMatchObject({ averageRoundRate: 0.5, perfectShare: 1 });
    const pub = res.body.groups.find((g: { group: string }) => g.group === 'public_service');
    // 1 of 4 staff took part: below the 100% target, listed but not ranked.
    expect(pub.rows[0]).toMatchObject({
      unitId: c.id,
      eligible: false,
      rank: null,
      prize: null,
      coverage: 0.25,
    });
    const lower = await api(
      'GET',
      `/api/reports/collective?contestId=${contestId}&unitId=${root.id}&minRate=0.25`,
      { token: admin },
    );
    const pub2 = lower.body.groups.find((g: { group: string }) => g.group === 'public_service');
    expect(pub2.rows[0]).toMatchObject({ eligible: true, rank: 1, prize: 'Giải Nhất' });
  });
});

describe('live participation', () => {
  it('tells a watching dashboard when someone submits, and the report counts them', async () => {
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 3);
    const contest = await createContest(org.token, org.unitId);
    const round = await createRound(org.token, contest.id);
    await publish(org.token, contest.id);
    const email = `baocao.live.${uniqueCode('L').toLowerCase()}@demo.vn`;
    const made = await api('POST', '/api/users', {
      token: admin,
      body: {
        fullName: 'Đầu mối trực tiếp',
        role: 'reporter',
        unitId: org.unitId,
        email,
        password: 'BaoCao@2025',
      },
    });
    expect(made.status).toBe(201);
    const reporter = await login(email, 'BaoCao@2025');
    const runner = await participant(org.unitId);

    const s: Socket = await new Promise((resolve, reject) => {
      const c = io(baseUrl(), {
        path: '/socket.io',
        auth: { token: reporter },
        transports: ['websocket'],
        reconnection: false,
      });
      c.on('connect', () => resolve(c));
      c.on('connect_error', reject);
    });
    try {
      expect(await s.emitWithAck('participation:watch', { contestId: 'x' })).toMatchObject({
        ok: false,
        error: { code: 'validation_failed' },
      });
      expect(await s.emitWithAck('participation:watch', { contestId: randomUUID() })).toMatchObject(
        {
          ok: false,
          error: { code: 'not_found' },
        },
      );
      expect(await s.emitWithAck('participation:watch', { contestId: contest.id })).toEqual({
        ok: true,
        data: null,
      });
      const before = await api<ParticipationReport>(
        'GET',
        `/api/reports/participation?contestId=${contest.id}`,
        { token: reporter },
      );
      expect(before.body.roundsOpen).toBe(true);
      expect(before.body.totals.participants).toBe(0);
      const pushed = new Promise<{ contestId: string; roundIds: string[] }>((resolve) =>
        s.on('participation:updated', resolve),
      );
      const started = await api('POST', `/api/rounds/${round.id}/attempts`, {
        token: runner.token,
        body: {},
      });
      expect(started.status).toBeLessThan(300);
      const submitted = await api('POST', `/api/attempts/${started.body.id}/submit`, {
        token: runner.token,
        body: { prediction: 1, answers: rightOptions(started.body) },
      });
      expect(submitted.status).toBe(200);
      const update = await pushed;
      expect(update).toMatchObject({ contestId: contest.id, roundIds: [round.id] });
      const after = await api<ParticipationReport>(
        'GET',
        `/api/reports/participation?contestId=${contest.id}`,
        { token: reporter },
      );
      expect(after.body.totals.participants).toBe(1);
      expect(after.body.totals.quality.perfect).toBe(1);
    } finally {
      s.close();
    }
  });
});
