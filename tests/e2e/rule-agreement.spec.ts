import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SnapshotQuestion } from '../../server/src/attempts/draw.js';
import { answerKey, scoreAttempt, scoreSql } from '../../server/src/attempts/scoring.js';
import { excludedPersonSql, isExcludedPerson } from '../../server/src/contests/excluded-persons.js';
import {
  COUNTED_ORDER,
  countedBetterSql,
  rankEntries,
  rankingOrderSql,
  type RankedEntry,
  type RankingOptions,
} from '../../server/src/attempts/ranking.js';

/**
 * Issue 13: each rule has one home, and where a rule is said twice (in TypeScript and in SQL)
 * the two are proven to agree on random data in the suite's PostgreSQL, ties included.
 */
let db: pg.Client;

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  // Temporary tables with the columns of round_entries / attempt_answers: nothing is left behind.
  await db.query(`CREATE TEMP TABLE entry_probe (
    user_id uuid PRIMARY KEY, correct_count integer NOT NULL, duration_ms integer NOT NULL,
    submitted_at timestamptz NOT NULL, prediction integer, attempts_used integer NOT NULL)`);
  await db.query(
    `CREATE TEMP TABLE answer_probe (question_id uuid PRIMARY KEY, option_ids text[] NOT NULL)`,
  );
});

afterAll(async () => {
  await db?.end();
});

const T0 = Date.parse('2026-03-10T09:00:00Z');

// Small ranges, so ties on every step (and on all of them) are common.
const entryArb = fc.record({
  userId: fc.uuid({ version: 4 }),
  track: fc.constant('staff'),
  correctCount: fc.integer({ min: 0, max: 3 }),
  durationMs: fc.integer({ min: 0, max: 3 }).map((n) => n * 1000),
  submittedAt: fc.integer({ min: 0, max: 3 }).map((n) => T0 + n),
  prediction: fc.option(fc.integer({ min: -2, max: 6 }), { nil: null }),
  attemptsUsed: fc.integer({ min: 1, max: 3 }),
});
const entriesArb = fc.uniqueArray(entryArb, {
  minLength: 1,
  maxLength: 30,
  selector: (e) => e.userId,
});
const optsArb: fc.Arbitrary<RankingOptions> = fc.record({
  actual: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
  multipleAttempts: fc.boolean(),
});

async function load(entries: readonly RankedEntry[]) {
  await db.query(`TRUNCATE entry_probe`);
  await db.query(
    `INSERT INTO entry_probe
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(user_id uuid, correct_count int,
       duration_ms int, submitted_at timestamptz, prediction int, attempts_used int)`,
    [
      JSON.stringify(
        entries.map((e) => ({
          user_id: e.userId,
          correct_count: e.correctCount,
          duration_ms: e.durationMs,
          submitted_at: new Date(e.submittedAt).toISOString(),
          prediction: e.prediction,
          attempts_used: e.attemptsUsed,
        })),
      ),
    ],
  );
}

describe('the ranking comparator and the SQL ORDER BY', () => {
  it('give the same order and the same ranks on random entries (property, ties included)', async () => {
    await fc.assert(
      fc.asyncProperty(entriesArb, optsArb, async (entries, opts) => {
        await load(entries);
        const order = rankingOrderSql('p', opts);
        // As the HTTP leaderboard reads it: rank() over the order, ties listed by user id.
        const { rows } = await db.query<{ user_id: string; rank: number }>(
          `SELECT p.user_id, rank() OVER (ORDER BY ${order})::int AS rank
             FROM entry_probe p ORDER BY ${order}, p.user_id`,
        );
        const sorted = rankEntries(entries, opts);
        expect(rows.map((r) => [r.user_id, r.rank])).toEqual(sorted.map((e) => [e.userId, e.rank]));
      }),
      { numRuns: 200 },
    );
  });

  it('keep as counted attempt the one the counted order puts first (property)', async () => {
    // The oracle reads the same definition the SQL is generated from.
    const compareCounted = (a: RankedEntry, b: RankedEntry) => {
      for (const s of COUNTED_ORDER) {
        if (s.field === 'predictionError') continue;
        const d = a[s.field] - b[s.field];
        if (d !== 0) return s.direction === 'asc' ? d : -d;
      }
      return 0;
    };
    await fc.assert(
      fc.asyncProperty(entriesArb, async (attempts) => {
        await load(attempts);
        // Attempts no other attempt is strictly better than: the ones the upsert keeps.
        const { rows } = await db.query<{ user_id: string }>(
          `SELECT a.user_id FROM entry_probe a
            WHERE NOT EXISTS (SELECT 1 FROM entry_probe b WHERE ${countedBetterSql('b', 'a')})
            ORDER BY a.user_id`,
        );
        const best = [...attempts].sort(compareCounted)[0]!;
        const tiedBest = attempts
          .filter((a) => compareCounted(a, best) === 0)
          .map((a) => a.userId)
          .sort();
        expect(rows.map((r) => r.user_id)).toEqual(tiedBest);
      }),
      { numRuns: 200 },
    );
  });
});

// Option ids that sort differently by collation and by byte order, and a shared alphabet so
// answers pick ids of other questions' options too.
const optionIdArb = fc.constantFrom('a', 'B', 'b', 'A-1', 'a_2', 'Z', 'é', '10', '9');

const questionArb: fc.Arbitrary<SnapshotQuestion> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    type: fc.constantFrom('single' as const, 'multiple' as const, 'true_false' as const),
    ids: fc.uniqueArray(optionIdArb, { minLength: 2, maxLength: 5 }),
    flags: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    pick: fc.nat(),
  })
  .map(({ id, type, ids, flags, pick }) => {
    const options = (type === 'true_false' ? ids.slice(0, 2) : ids).map((oid, i) => ({
      id: oid,
      text: oid,
      // single and true/false: exactly one correct; multiple: any set, none included
      correct:
        type === 'multiple' ? flags[i]! : i === pick % (type === 'true_false' ? 2 : ids.length),
    }));
    return {
      id,
      revision: 1,
      area: 'x',
      difficulty: 1,
      type,
      stem: 'stem',
      options,
      explanation: null,
      source: null,
    };
  });

const attemptArb = fc
  .uniqueArray(questionArb, { minLength: 1, maxLength: 8, selector: (q) => q.id })
  .chain((questions) =>
    fc.tuple(
      fc.constant(questions),
      // Per question: no row, an empty choice, the right set (shuffled), or any choice.
      fc.tuple(
        ...questions.map((q) =>
          fc.oneof(
            fc.constant(undefined),
            fc.constant<string[]>([]),
            fc.shuffledSubarray(
              q.options.filter((o) => o.correct).map((o) => o.id),
              { minLength: q.options.filter((o) => o.correct).length },
            ),
            fc.array(optionIdArb, { minLength: 1, maxLength: 4 }),
          ),
        ),
      ),
    ),
  );

describe('fast-path and late-path scoring', () => {
  it('score random attempts as the TypeScript rule does (property)', async () => {
    await fc.assert(
      fc.asyncProperty(attemptArb, async ([questions, choices]) => {
        const answers = new Map<string, string[]>();
        questions.forEach((q, i) => {
          const c = choices[i] as string[] | undefined;
          if (c !== undefined) answers.set(q.id, c);
        });
        await db.query(`TRUNCATE answer_probe`);
        await db.query(
          `INSERT INTO answer_probe
           SELECT x.q, ARRAY(SELECT jsonb_array_elements_text(x.o))
             FROM jsonb_to_recordset($1::jsonb) AS x(q uuid, o jsonb)`,
          [JSON.stringify([...answers].map(([q, o]) => ({ q, o })))],
        );
        // The fragment both the submit statement (fast path) and closeAndEnter (late path) run.
        const { rows } = await db.query<{ answered: number; correct: number }>(
          scoreSql('answer_probe', '$1'),
          [JSON.stringify(answerKey(questions))],
        );
        expect(rows[0]).toEqual({
          answered: [...answers.values()].filter((o) => o.length > 0).length,
          correct: scoreAttempt(questions, answers),
        });
      }),
      { numRuns: 300 },
    );
  });
});

// A few values each, so lists and people share CCCDs and phones often.
const citizenIdArb = fc.constantFrom('001203004561', '001203004562', '001203004563');
const phoneArb = fc.constantFrom('0912000001', '0912000002', '0912000003');
const excludedArb = fc.array(
  fc.oneof(
    fc.record({ citizenId: citizenIdArb }),
    fc.record({ phone: phoneArb }),
    fc.record({ citizenId: citizenIdArb, phone: phoneArb, role: fc.constant('BTC') }),
  ),
  { maxLength: 4 },
);
const personArb = fc.record({
  citizen_id: fc.option(citizenIdArb, { nil: null }),
  phone: fc.option(phoneArb, { nil: null }),
});

describe('the excluded-persons rule in TypeScript and in SQL', () => {
  it('agree on random lists and people, with either CCCD or phone missing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(excludedArb, personArb, async (list, person) => {
        const { rows } = await db.query<{ excluded: boolean }>(
          `SELECT ${excludedPersonSql('c', 'u')} AS excluded
             FROM (SELECT $1::jsonb AS excluded_persons) c,
                  (SELECT $2::text AS citizen_id, $3::text AS phone) u`,
          [JSON.stringify(list), person.citizen_id, person.phone],
        );
        expect(rows[0]!.excluded).toBe(isExcludedPerson({ excluded_persons: list }, person));
      }),
      { numRuns: 300 },
    );
  });
});
