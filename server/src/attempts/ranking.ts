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

const errorKey = (e: RankedEntry, actual: number | null) =>
  predictionError(e.prediction, actual) ?? Number.POSITIVE_INFINITY;

/**
 * SPEC §3, in order: (1) most correct, (2) smallest |prediction − actual| once actual is frozen,
 * (3) shortest duration, (4) earliest submission, (5) fewer attempts used when several are
 * allowed. 0 means a true tie on every rule.
 */
export function compareEntries(a: RankedEntry, b: RankedEntry, opts: RankingOptions): number {
  return (
    b.correctCount - a.correctCount ||
    (opts.actual === null
      ? 0
      : compareNumbers(errorKey(a, opts.actual), errorKey(b, opts.actual))) ||
    a.durationMs - b.durationMs ||
    a.submittedAt - b.submittedAt ||
    (opts.multipleAttempts ? a.attemptsUsed - b.attemptsUsed : 0)
  );
}

function compareNumbers(x: number, y: number): number {
  if (x === y) return 0;
  return x < y ? -1 : 1;
}

/**
 * Ranks entries (standard competition ranking: a true tie shares a rank, the next rank skips).
 * Ties are listed by user id so the output never depends on the input order.
 */
export function rankEntries<T extends RankedEntry>(
  entries: readonly T[],
  opts: RankingOptions,
): (T & { rank: number })[] {
  const sorted = [...entries].sort(
    (a, b) =>
      compareEntries(a, b, opts) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
  );
  const out: (T & { rank: number })[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    const prev = out[i - 1];
    const tied = prev !== undefined && compareEntries(prev, e, opts) === 0;
    out.push({ ...e, rank: tied ? prev.rank : i + 1 });
  }
  return out;
}

/** A person's counted attempt = most correct, then shortest duration, then earliest submission. */
export function pickCountedAttempt<
  T extends { correctCount: number; durationMs: number; submittedAt: number },
>(attempts: readonly T[]): T | null {
  let best: T | null = null;
  for (const a of attempts) {
    if (
      best === null ||
      a.correctCount > best.correctCount ||
      (a.correctCount === best.correctCount &&
        (a.durationMs < best.durationMs ||
          (a.durationMs === best.durationMs && a.submittedAt < best.submittedAt)))
    )
      best = a;
  }
  return best;
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
