import { describe, expect, it } from 'vitest';
import { drawQuestions, type PoolQuestion } from './draw.js';
import { isCorrect, scoreAttempt } from './scoring.js';

const pool: PoolQuestion[] = Array.from({ length: 30 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  revision: 1,
  area: i < 20 ? 'the_che' : 'chinh_quyen_so',
  difficulty: (i % 3) + 1,
  type: i === 0 ? 'true_false' : i === 1 ? 'multiple' : 'single',
  stem: `Câu ${i}`,
  options: [
    { id: `a${String(i).padStart(7, '0')}`, text: 'A', correct: true },
    { id: `b${String(i).padStart(7, '0')}`, text: 'B', correct: i === 1 },
    ...(i === 0 ? [] : [{ id: `c${String(i).padStart(7, '0')}`, text: 'C', correct: false }]),
  ],
  explanation: null,
  source: null,
  track: 'both',
}));
const blueprint = [
  { area: 'the_che', count: 5 },
  { area: 'the_che', difficulty: 2 as const, count: 3 },
  { area: 'chinh_quyen_so', count: 2 },
];
const shuffle = { shuffleQuestions: true, shuffleOptions: true };

describe(drawQuestions.name, () => {
  it('gives the same draw for the same seed, whatever order the pool came in', () => {
    const one = drawQuestions(pool, blueprint, 42, shuffle);
    const two = drawQuestions([...pool].reverse(), blueprint, 42, shuffle);
    expect(two).toEqual(one);
    expect(drawQuestions(pool, blueprint, 43, shuffle)).not.toEqual(one);
  });

  it('follows the blueprint with distinct questions', () => {
    const drawn = drawQuestions(pool, blueprint, 7, shuffle)!;
    expect(drawn).toHaveLength(10);
    expect(new Set(drawn.map((q) => q.id)).size).toBe(10);
    expect(drawn.filter((q) => q.area === 'chinh_quyen_so')).toHaveLength(2);
    expect(
      drawn.filter((q) => q.area === 'the_che' && q.difficulty === 2).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('keeps the blueprint order and option order when shuffling is off, and true/false options always', () => {
    const drawn = drawQuestions(pool, [{ area: 'chinh_quyen_so', count: 10 }], 1, {
      shuffleQuestions: false,
      shuffleOptions: false,
    })!;
    expect(drawn.every((q) => q.options.map((o) => o.text).join('') === 'ABC')).toBe(true);
    const tf = drawQuestions(pool, [{ area: 'the_che', difficulty: 1, count: 7 }], 5, shuffle)!;
    expect(tf.find((q) => q.type === 'true_false')?.options.map((o) => o.text)).toEqual(['A', 'B']);
  });

  it('returns null when the pool cannot supply a line', () => {
    expect(drawQuestions(pool, [{ area: 'chinh_quyen_so', count: 11 }], 1, shuffle)).toBeNull();
  });
});

describe(isCorrect.name, () => {
  it('scores multiple choice all-or-nothing', () => {
    const multi = pool[1]!;
    expect(isCorrect(multi, ['a0000001', 'b0000001'])).toBe(true);
    expect(isCorrect(multi, ['a0000001'])).toBe(false);
    expect(isCorrect(multi, ['a0000001', 'b0000001', 'c0000001'])).toBe(false);
    expect(isCorrect(multi, [])).toBe(false);
    expect(scoreAttempt([pool[2]!, pool[3]!], new Map([[pool[2]!.id, ['a0000002']]]))).toBe(1);
  });
});
