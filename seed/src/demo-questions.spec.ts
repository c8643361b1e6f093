import { CreateQuestionSchema, DEFAULT_AREAS, foldVietnamese, questionKey } from '@cchc/contracts';
import { describe, expect, it } from 'vitest';
import { demoQuestions } from './demo-questions/index.js';

const singles = demoQuestions.filter((q) => q.type === 'single');

describe('demo question bank', () => {
  it('has at least 150 questions, at least 12 in each of the seven areas', () => {
    expect(demoQuestions.length).toBeGreaterThanOrEqual(150);
    for (const area of DEFAULT_AREAS) {
      expect(
        demoQuestions.filter((q) => q.area === area.code).length,
        area.code,
      ).toBeGreaterThanOrEqual(12);
    }
  });

  it('every question passes the API schema, as published', () => {
    for (const q of demoQuestions) {
      const r = CreateQuestionSchema.safeParse({ ...q, status: 'published' });
      expect(r.success, `${q.stem}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
  });

  it('uses 4 options for single choice and Đúng/Sai for true/false', () => {
    for (const q of singles) expect(q.options, q.stem).toHaveLength(4);
    for (const q of demoQuestions.filter((x) => x.type === 'true_false')) {
      expect(q.options.map((o) => o.text)).toEqual(['Đúng', 'Sai']);
    }
  });

  it('spreads the correct answers of single-choice questions evenly over A–D', () => {
    const counts = [0, 0, 0, 0];
    for (const q of singles) counts[q.options.findIndex((o) => o.correct)]!++;
    for (const c of counts) {
      expect(c / singles.length).toBeGreaterThanOrEqual(0.22);
      expect(c / singles.length).toBeLessThanOrEqual(0.28);
    }
  });

  it('mixes difficulties', () => {
    for (const d of [1, 2, 3]) {
      expect(
        demoQuestions.filter((q) => q.difficulty === d).length / demoQuestions.length,
      ).toBeGreaterThanOrEqual(0.15);
    }
  });

  it('stores NFC text, trimmed, with an explanation and a source for every question', () => {
    for (const q of demoQuestions) {
      for (const s of [
        q.stem,
        q.explanation,
        q.source.document,
        ...q.options.map((o) => o.text),
        ...q.tags,
      ]) {
        expect(s, s).toBe(s.normalize('NFC'));
        expect(s, s).toBe(s.trim());
      }
      expect(q.explanation.length).toBeGreaterThan(10);
      expect(q.source.document.length).toBeGreaterThan(3);
    }
  });

  it('has no duplicate stems, even ignoring case, accents and punctuation', () => {
    const keys = demoQuestions.map((q) => foldVietnamese(questionKey(q.stem)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has no option that refers to other options by position', () => {
    for (const q of demoQuestions) {
      for (const o of q.options)
        expect(foldVietnamese(o.text), q.stem).not.toMatch(/cac dap an|ca a va|tat ca cac/);
    }
  });
});
