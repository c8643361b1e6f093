import type { BlueprintItem } from '@cchc/contracts';
import { matches, type PoolQuestion, type SnapshotQuestion } from '../contests/question-pool.js';

export type { PoolQuestion, SnapshotQuestion };

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Draws an attempt's questions from the pool: each blueprint line takes `count` distinct questions
 * (lines with a difficulty first, so "any difficulty" lines do not eat the specific ones), then
 * questions and options are shuffled per attempt when the round says so. True/false options keep
 * their natural order. Returns null when the pool cannot supply the blueprint.
 */
export function drawQuestions(
  pool: readonly PoolQuestion[],
  blueprint: readonly BlueprintItem[],
  seed: number,
  opts: { shuffleQuestions: boolean; shuffleOptions: boolean },
): SnapshotQuestion[] | null {
  const random = seededRandom(seed);
  // A stable base order, so the same seed gives the same draw whatever order SQL returned.
  const base = [...pool].sort((a, b) => (a.id < b.id ? -1 : 1));
  const taken = new Set<string>();
  const byLine = new Map<number, SnapshotQuestion[]>();
  const order = blueprint
    .map((line, index) => ({ line, index }))
    .sort(
      (a, b) => Number(b.line.difficulty !== undefined) - Number(a.line.difficulty !== undefined),
    );
  for (const { line, index } of order) {
    const candidates = shuffleInPlace(
      base.filter((q) => !taken.has(q.id) && matches(q, line)),
      random,
    );
    if (candidates.length < line.count) return null;
    const picked = candidates.slice(0, line.count);
    for (const q of picked) taken.add(q.id);
    byLine.set(index, picked);
  }
  const drawn = blueprint.flatMap((_, i) => byLine.get(i) ?? []);
  if (opts.shuffleQuestions) shuffleInPlace(drawn, random);
  return drawn.map((q) => ({
    id: q.id,
    revision: q.revision,
    area: q.area,
    difficulty: q.difficulty,
    type: q.type,
    stem: q.stem,
    options:
      opts.shuffleOptions && q.type !== 'true_false'
        ? shuffleInPlace([...q.options], random)
        : [...q.options],
    explanation: q.explanation,
    source: q.source,
  }));
}
