import type { PrizeTier } from '@cchc/contracts';

/** One person's counted result in a round, as the ranking rules see it. */
export interface RankedEntry {
  userId: string;
  track: string;
  correctCount: number;
  durationMs: number;
  /** Epoch ms of the server's submission time. */
  submittedAt: number;
  prediction: number | null;
  attemptsUsed: number;
}

export interface RankingOptions {
  /** Frozen `actual`; null before the round is finalised (the prediction step is pending). */
  actual: number | null;
  /** Step (5) applies only when a round allows more than one attempt. */
  multipleAttempts: boolean;
}

/** A missing prediction ranks after every prediction, however far off. */
export function predictionError(prediction: number | null, actual: number | null): number | null {
  if (actual === null) return null;
  if (prediction === null) return null;
  return Math.abs(prediction - actual);
}

/** A numeric field of an entry and its column in round_entries (and attempts). */
type EntryField = 'correctCount' | 'durationMs' | 'submittedAt' | 'attemptsUsed';

/**
 * One step of an order: the entry field (or the prediction error of step 2), the column it is
 * read from in SQL, and the direction. The comparator and the SQL `ORDER BY` are both built
 * from these lists, so the board, the result page and the frozen ranking cannot drift apart.
 */
export type OrderStep = {
  step: number;
  /** How the official forms word the step (Biểu 02 prints the whole order). */
  vi: string;
} & (
  | { field: EntryField; column: string; direction: 'asc' | 'desc' }
  /** |prediction − actual| ascending, a missing prediction after every prediction. */
  | { field: 'predictionError'; column: 'prediction'; direction: 'asc' }
);

// The criteria, each written once; the two orders below number them as SPEC §3 does.
const MOST_CORRECT = {
  vi: 'số câu đúng nhiều hơn',
  field: 'correctCount',
  column: 'correct_count',
  direction: 'desc',
} as const;
const SHORTEST = {
  vi: 'thời gian làm bài ngắn hơn',
  field: 'durationMs',
  column: 'duration_ms',
  direction: 'asc',
} as const;
const EARLIEST = {
  vi: 'nộp bài sớm hơn',
  field: 'submittedAt',
  column: 'submitted_at',
  direction: 'asc',
} as const;

/** SPEC §3 "Ranking in a round (per track)", steps (1) to (5). */
export const RANKING_ORDER: readonly OrderStep[] = [
  { step: 1, ...MOST_CORRECT },
  {
    step: 2,
    vi: 'sai số dự đoán nhỏ hơn',
    field: 'predictionError',
    column: 'prediction',
    direction: 'asc',
  },
  { step: 3, ...SHORTEST },
  { step: 4, ...EARLIEST },
  {
    step: 5,
    vi: 'dùng ít lượt hơn',
    field: 'attemptsUsed',
    column: 'attempts_used',
    direction: 'asc',
  },
];

/** SPEC §3: a person's counted attempt = most correct, then shortest, then earliest. */
export const COUNTED_ORDER: readonly OrderStep[] = [
  { step: 1, ...MOST_CORRECT },
  { step: 2, ...SHORTEST },
  { step: 3, ...EARLIEST },
];

/**
 * The ranking order in words, every step of RANKING_ORDER: "số câu đúng nhiều hơn → … →
 * nộp bài sớm hơn (khi được thi nhiều lượt: dùng ít lượt hơn)".
 */
export function rankingOrderVi(): string {
  const always = RANKING_ORDER.filter((s) => s.field !== 'attemptsUsed').map((s) => s.vi);
  const multi = RANKING_ORDER.filter((s) => s.field === 'attemptsUsed').map((s) => s.vi);
  return `${always.join(' → ')} (khi được thi nhiều lượt: ${multi.join(' → ')})`;
}

/**
 * The ranking steps that apply: (2) only once `actual` is frozen (before that the prediction
 * step is pending), (5) only when the round allows more than one attempt.
 */
export function rankingSteps(opts: RankingOptions): OrderStep[] {
  return RANKING_ORDER.filter(
    (s) =>
      (s.field !== 'predictionError' || opts.actual !== null) &&
      (s.field !== 'attemptsUsed' || opts.multipleAttempts),
  );
}

const stepValue = (e: RankedEntry, s: OrderStep, actual: number | null): number =>
  s.field === 'predictionError'
    ? (predictionError(e.prediction, actual) ?? Number.POSITIVE_INFINITY)
    : e[s.field];

/**
 * SPEC §3, in order: (1) most correct, (2) smallest |prediction − actual| once actual is frozen,
 * (3) shortest duration, (4) earliest submission, (5) fewer attempts used when several are
 * allowed. 0 means a true tie on every rule.
 */
export function compareEntries(a: RankedEntry, b: RankedEntry, opts: RankingOptions): number {
  for (const s of rankingSteps(opts)) {
    const c = compareNumbers(stepValue(a, s, opts.actual), stepValue(b, s, opts.actual));
    if (c !== 0) return s.direction === 'asc' ? c : -c;
  }
  return 0;
}

function compareNumbers(x: number, y: number): number {
  if (x === y) return 0;
  return x < y ? -1 : 1;
}

function sqlInt(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return String(n);
}

/** One step as an `ORDER BY` term on the table aliased `alias`. */
function stepSql(alias: string, s: OrderStep, actual: number | null): string {
  if (s.field === 'predictionError')
    return `abs(${alias}.prediction::bigint - ${sqlInt(actual!)}) ASC NULLS LAST`;
  return `${alias}.${s.column} ${s.direction === 'asc' ? 'ASC' : 'DESC'}`;
}

/**
 * The ranking of `compareEntries` as an SQL `ORDER BY` list (without the keyword). The live
 * board (prediction step pending) and a person's standing rank with it.
 */
export function rankingOrderSql(alias: string, opts: RankingOptions): string {
  return rankingSteps(opts)
    .map((s) => stepSql(alias, s, opts.actual))
    .join(', ');
}

/**
 * The counted-attempt order (COUNTED_ORDER) as an SQL `ORDER BY` list on the attempts aliased
 * `alias`: the first row is the attempt that counts for the person.
 */
export function countedOrderSql(alias: string): string {
  return COUNTED_ORDER.map((s) => stepSql(alias, s, null)).join(', ');
}

/**
 * SQL condition: the attempt aliased `candidate` is strictly better than `incumbent` by the
 * counted-attempt order (equal on every step is not better, so the first one kept stays).
 */
export function countedBetterSql(candidate: string, incumbent: string): string {
  let cond = '';
  for (const s of [...COUNTED_ORDER].reverse()) {
    const op = s.direction === 'asc' ? '<' : '>';
    const c = `${candidate}.${s.column}`;
    const i = `${incumbent}.${s.column}`;
    cond = cond === '' ? `${c} ${op} ${i}` : `(${c} ${op} ${i} OR (${c} = ${i} AND ${cond}))`;
  }
  return cond;
}

/** The listing order: the ranking, then user id, so a tie never depends on the input order. */
export function compareForListing(a: RankedEntry, b: RankedEntry, opts: RankingOptions): number {
  return compareEntries(a, b, opts) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0);
}

/**
 * Standard competition ranks of entries already in ranking order: a true tie shares a rank, the
 * next rank skips.
 */
export function competitionRanks(sorted: readonly RankedEntry[], opts: RankingOptions): number[] {
  const ranks: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const tied = i > 0 && compareEntries(sorted[i - 1]!, sorted[i]!, opts) === 0;
    ranks.push(tied ? ranks[i - 1]! : i + 1);
  }
  return ranks;
}

/** Ranks entries: in listing order, each with its competition rank. */
export function rankEntries<T extends RankedEntry>(
  entries: readonly T[],
  opts: RankingOptions,
): (T & { rank: number })[] {
  const sorted = [...entries].sort((a, b) => compareForListing(a, b, opts));
  const ranks = competitionRanks(sorted, opts);
  return sorted.map((e, i) => ({ ...e, rank: ranks[i]! }));
}

/** The value predictions are scored against, computed over eligible entries of one track. */
export function computeActual(
  entries: readonly { correctCount: number; total: number }[],
  target: 'perfect_count' | 'participant_count',
): number {
  if (target === 'participant_count') return entries.length;
  return entries.filter((e) => e.total > 0 && e.correctCount === e.total).length;
}

export interface Award {
  prize: string;
  rank: number;
  userId: string;
}

/**
 * Hands out the prize table in ranking order. A tie that straddles the last place of a tier
 * gives that prize to everyone in the tie (the table's count is then exceeded, never cut
 * arbitrarily). People in `ineligible` (already awarded elsewhere in the contest when one prize
 * per person per contest applies) are skipped without consuming a place.
 */
export function allocatePrizes(
  ranked: readonly { userId: string; rank: number }[],
  table: readonly PrizeTier[],
  ineligible: ReadonlySet<string> = new Set(),
): Award[] {
  const candidates = ranked.filter((r) => !ineligible.has(r.userId));
  const awards: Award[] = [];
  let i = 0;
  for (const tier of table) {
    let given = 0;
    while (given < tier.count && i < candidates.length) {
      const rank = candidates[i]!.rank;
      // Everyone sharing this rank gets the same prize.
      while (i < candidates.length && candidates[i]!.rank === rank) {
        awards.push({ prize: tier.rank, rank: candidates[i]!.rank, userId: candidates[i]!.userId });
        i++;
        given++;
      }
    }
  }
  return awards;
}
