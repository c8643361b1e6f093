import { randomUUID } from 'node:crypto';
import { slugify } from '@cchc/contracts';
import type { SqlRunner } from './loader.js';

export const DEMO_CONTEST_TITLE =
  'Hội thi trực tuyến tìm hiểu công tác cải cách hành chính năm 2025';

/** Extra demo entrants, so the finalised round has a realistic field (all log in with Demo@2025). */
export const DEMO_ENTRANTS = 320;

export const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
export const MIDDLE = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Minh',
  'Ngọc',
  'Thanh',
  'Quốc',
  'Thu',
  'Hoài',
  'Bảo',
  'Gia',
];
export const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Huyền',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Ngân',
  'Nhung',
  'Phúc',
  'Phương',
  'Quang',
  'Quỳnh',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Trang',
  'Trung',
  'Tuấn',
  'Tú',
  'Uyên',
  'Vân',
  'Việt',
  'Yến',
];

/** mulberry32: the demo is the same on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BLUEPRINT = [
  { area: 'the_che', count: 3 },
  { area: 'thu_tuc_hanh_chinh', count: 2 },
  { area: 'to_chuc_bo_may', count: 2 },
  { area: 'che_do_cong_vu', count: 2 },
  { area: 'tai_chinh_cong', count: 2 },
  { area: 'chinh_quyen_so', count: 2 },
  { area: 'chi_dao_tuyen_truyen', count: 2 },
];

const WEEK = 7 * 24 * 3600_000;
const TZ_OFFSET = 7 * 3600_000; // Asia/Ho_Chi_Minh has no daylight saving

/** Monday 00:00 (Vietnam time) of the week containing `now`, as a UTC instant. */
export function mondayOf(now: Date): Date {
  const local = new Date(now.getTime() + TZ_OFFSET);
  const dow = (local.getUTCDay() + 6) % 7; // 0 = Monday
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return new Date(midnight - dow * 24 * 3600_000 - TZ_OFFSET);
}

interface Q {
  id: string;
  revision: number;
  area: string;
  difficulty: number;
  type: 'single' | 'multiple' | 'true_false';
  stem: string;
  options: { id: string; text: string; correct: boolean }[];
  explanation: string | null;
  source: unknown;
}

/**
 * The demo contest: four weekly rounds — last week's (closed, with a few hundred entries; the
 * server finalises it on start with the real ranking code), this week's (open, a few entries
 * already), and the next two. Call inside the loader's transaction, after units and questions.
 */
export async function loadDemoContest(
  db: SqlRunner,
  opts: {
    now: Date;
    rootUnitId: string;
    /** Units whose staff take part; only those with a headcount get entrants. */
    units: { id: string; headcount: number | null }[];
    passwordHash: string;
    organizerId: string | null;
  },
): Promise<{ rounds: number; attempts: number; entrants: DemoEntrant[] }> {
  const random = rng(2025);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const monday = mondayOf(opts.now);

  const [contest] = (await db.query(
    `INSERT INTO contests (organizer_unit_id, eligible_unit_ids, title, description, legal_basis, tracks,
                           prize_table, status, is_demo, created_by, slug)
     VALUES ($1, $2, $3, $4, $5, '{staff}', $6, 'published', true, $7,
             -- the title's slug unless another contest has held it (then the database picks one)
             (SELECT $8::text WHERE NOT EXISTS (SELECT 1 FROM contest_slugs WHERE slug = $8)))
     RETURNING id`,
    [
      opts.rootUnitId,
      [opts.rootUnitId],
      DEMO_CONTEST_TITLE,
      'Cuộc thi tìm hiểu về cải cách hành chính dành cho cán bộ, công chức, viên chức và người lao động, thi trực tuyến theo tuần, 15 câu hỏi trong 15 phút (dữ liệu minh họa).',
      'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025; Quyết định số 533/QĐ-UBND ngày 31/7/2025 của Ủy ban nhân dân xã Phú Thái (dữ liệu minh họa)',
      JSON.stringify([
        { rank: 'Giải Nhất', count: 1, value: '1.000.000 đồng' },
        { rank: 'Giải Nhì', count: 2, value: '700.000 đồng' },
        { rank: 'Giải Ba', count: 3, value: '500.000 đồng' },
        { rank: 'Giải Khuyến khích', count: 10, value: '200.000 đồng' },
      ]),
      opts.organizerId,
      slugify(DEMO_CONTEST_TITLE),
    ],
  )) as { id: string }[];
  const contestId = contest!.id;

  const roundIds: string[] = [];
  for (let i = 0; i < 4; i++) {
    const opensAt = new Date(monday.getTime() + (i - 1) * WEEK);
    const closesAt = new Date(opensAt.getTime() + WEEK - 1000); // Sunday 23:59:59
    const [r] = (await db.query(
      `INSERT INTO rounds (contest_id, seq, title, opens_at, closes_at, duration_sec, max_attempts,
                           blueprint, question_count, prediction_prompt)
       VALUES ($1, $2, $3, $4, $5, 900, 1, $6, 15, $7) RETURNING id`,
      [
        contestId,
        i + 1,
        `Tuần thi thứ ${i + 1}`,
        opensAt,
        closesAt,
        JSON.stringify(BLUEPRINT),
        'Dự đoán có bao nhiêu người trả lời đúng tất cả các câu hỏi của tuần thi này?',
      ],
    )) as { id: string }[];
    roundIds.push(r!.id);
  }

  const questions = (await db.query(
    `SELECT id, revision, area, difficulty, type, stem, options, explanation, source
       FROM questions WHERE is_demo AND status = 'published' AND track IN ('staff', 'both') ORDER BY id`,
  )) as Q[];
  const byArea = new Map<string, Q[]>();
  for (const q of questions) byArea.set(q.area, [...(byArea.get(q.area) ?? []), q]);
  const draw = (): Q[] =>
    BLUEPRINT.flatMap((line) => {
      const pool = [...(byArea.get(line.area) ?? [])];
      const out: Q[] = [];
      for (let k = 0; k < line.count && pool.length; k++)
        out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
      return out;
    });

  // Entrants: civil servants spread over the demo units.
  const entrants: DemoEntrant[] = [];
  const names: string[] = [];
  const phones: string[] = [];
  const units = pickEntrantUnits(opts.units, DEMO_ENTRANTS, random);
  for (let i = 0; i < units.length; i++) {
    names.push(`${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`);
    phones.push(`0868${String(100000 + i).padStart(6, '0')}`);
  }
  const inserted = (await db.query(
    `INSERT INTO users (full_name, role, unit_id, phone, password_hash, consent_at, is_demo)
     SELECT n, 'participant', u, p, $4, now(), true FROM unnest($1::text[], $2::uuid[], $3::text[]) AS x(n, u, p)
     RETURNING id, unit_id, full_name, phone`,
    [names, units, phones, opts.passwordHash],
  )) as { id: string; unit_id: string; full_name: string; phone: string }[];
  for (const r of inserted)
    entrants.push({ id: r.id, unitId: r.unit_id, fullName: r.full_name, phone: r.phone });

  // Most entrants of a CCHC contest answer everything right: predictions and time decide.
  const plan = (
    who: { id: string; unitId: string }[],
    roundId: string,
    start: Date,
    spanMs: number,
  ) =>
    who.map((p) => {
      const qs = draw();
      const skill = random();
      const wrong =
        skill < 0.55 ? 0 : skill < 0.8 ? 1 : skill < 0.93 ? 2 : 3 + Math.floor(random() * 4);
      const wrongAt = new Set<number>();
      while (wrongAt.size < Math.min(wrong, qs.length))
        wrongAt.add(Math.floor(random() * qs.length));
      const snapshot = qs.map((q) => ({
        id: q.id,
        revision: q.revision,
        area: q.area,
        difficulty: q.difficulty,
        type: q.type,
        stem: q.stem,
        options: [...q.options].sort(() => random() - 0.5),
        explanation: q.explanation,
        source: q.source,
      }));
      const answers = snapshot.map((q, i) => {
        const right = q.options.filter((o) => o.correct).map((o) => o.id);
        const wrongOne = q.options.find((o) => !o.correct)!.id;
        return { questionId: q.id, optionIds: wrongAt.has(i) ? [wrongOne] : right };
      });
      const startedAt = new Date(start.getTime() + Math.floor(random() * spanMs));
      const durationMs = 90_000 + Math.floor(random() * 700_000);
      return {
        id: randomUUID(),
        roundId,
        userId: p.id,
        unitId: p.unitId,
        seed: Math.floor(random() * 2 ** 31),
        snapshot,
        answers,
        startedAt,
        deadline: new Date(startedAt.getTime() + 900_000),
        submittedAt: new Date(startedAt.getTime() + durationMs),
        durationMs,
        correct: qs.length - wrongAt.size,
        prediction: Math.max(0, Math.round(DEMO_ENTRANTS * 0.55 + (random() - 0.5) * 160)),
      };
    });

  const lastWeek = new Date(monday.getTime() - WEEK);
  const thisWeekSoFar = Math.max(60_000, opts.now.getTime() - monday.getTime() - 1_200_000);
  const attempts = [
    ...plan(entrants, roundIds[0]!, lastWeek, WEEK - 1_000_000),
    ...plan(entrants.slice(0, 40), roundIds[1]!, monday, thisWeekSoFar),
  ].filter((a) => a.submittedAt < opts.now);

  await db.query(
    `INSERT INTO attempts (id, round_id, user_id, attempt_no, track, status, seed, questions, total,
                           started_at, deadline, submitted_at, correct_count, duration_ms, prediction, closed_by, unit_id)
     SELECT x.id, x.r, x.u, 1, 'staff', 'submitted', x.seed, x.q, 15, x.s, x.d, x.sub, x.c, x.dur, x.p, 'demo', x.unit
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, r uuid, u uuid, unit uuid, seed bigint, q jsonb, s timestamptz,
            d timestamptz, sub timestamptz, c int, dur int, p int)`,
    [
      JSON.stringify(
        attempts.map((a) => ({
          id: a.id,
          r: a.roundId,
          u: a.userId,
          unit: a.unitId,
          seed: a.seed,
          q: a.snapshot,
          s: a.startedAt,
          d: a.deadline,
          sub: a.submittedAt,
          c: a.correct,
          dur: a.durationMs,
          p: a.prediction,
        })),
      ),
    ],
  );
  await db.query(
    `INSERT INTO attempt_answers (attempt_id, question_id, option_ids, seq, saved_at)
     SELECT x.a, x.q, ARRAY(SELECT jsonb_array_elements_text(x.o)), 1, x.t
       FROM jsonb_to_recordset($1::jsonb) AS x(a uuid, q uuid, o jsonb, t timestamptz)`,
    [
      JSON.stringify(
        attempts.flatMap((a) =>
          a.answers.map((ans) => ({
            a: a.id,
            q: ans.questionId,
            o: ans.optionIds,
            t: a.submittedAt,
          })),
        ),
      ),
    ],
  );
  await db.query(
    `INSERT INTO round_entries (round_id, user_id, attempt_id, track, unit_id, correct_count, total,
                                duration_ms, submitted_at, prediction, attempts_used)
     SELECT x.r, x.u, x.a, 'staff', x.unit, x.c, 15, x.dur, x.sub, x.p, 1
       FROM jsonb_to_recordset($1::jsonb) AS x(r uuid, u uuid, a uuid, unit uuid, c int, dur int, sub timestamptz, p int)`,
    [
      JSON.stringify(
        attempts.map((a) => ({
          r: a.roundId,
          u: a.userId,
          a: a.id,
          unit: a.unitId,
          c: a.correct,
          dur: a.durationMs,
          sub: a.submittedAt,
          p: a.prediction,
        })),
      ),
    ],
  );
  return { rounds: roundIds.length, attempts: attempts.length, entrants };
}

export interface DemoEntrant {
  id: string;
  unitId: string;
  fullName: string;
  phone: string;
}

/**
 * The unit of each entrant. Units differ in how keen they are, as in real contests: each gets an
 * engagement factor, and each entrant is drawn with weight (staff not yet drawn) × engagement,
 * so a unit never gets more entrants than its headcount and few reach it. Some units end up
 * above 90%, others below half.
 */
export function pickEntrantUnits(
  units: { id: string; headcount: number | null }[],
  count: number,
  random: () => number,
): string[] {
  const pool = units
    .filter((u) => (u.headcount ?? 0) > 0)
    .map((u) => ({ id: u.id, room: u.headcount!, engagement: 0.15 + 0.85 * random() }));
  const out: string[] = [];
  while (out.length < count) {
    const open = pool.filter((u) => u.room > 0);
    if (!open.length) break;
    // Weighted by the staff not yet taking part: a unit fills up more slowly as it nears 100%.
    let x = random() * open.reduce((s, u) => s + u.room * u.engagement, 0);
    const chosen = open.find((u) => (x -= u.room * u.engagement) < 0) ?? open[open.length - 1]!;
    chosen.room--;
    out.push(chosen.id);
  }
  return out;
}
