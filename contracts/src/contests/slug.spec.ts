import { describe, expect, it } from 'vitest';
import {
  SLUG_MAX,
  SLUG_PATTERN,
  ShortCodeSchema,
  SlugSchema,
  numberedSlug,
  slugify,
} from './slug.js';

describe('slugify', () => {
  it.each([
    [
      'Hội thi trực tuyến tìm hiểu công tác cải cách hành chính năm 2025',
      'hoi-thi-truc-tuyen-tim-hieu-cong-tac-cai-cach-hanh-chinh-nam-2025',
    ],
    ['Cuộc thi “Tìm hiểu CCHC” – Đợt 1', 'cuoc-thi-tim-hieu-cchc-dot-1'],
    ['ĐẶC KHU Côn Đảo: thi Đúng/Sai', 'dac-khu-con-dao-thi-dung-sai'],
    // typed on a keyboard that sends combining marks (NFD): the same address
    ['Pha\u0300n thi Mô\u0323 Lao', 'phan-thi-mo-lao'],
    ['   Thi   nhanh   ', 'thi-nhanh'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts a long title at a word boundary within the limit', () => {
    const title = 'Hội thi tìm hiểu cải cách hành chính '.repeat(6);
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug.length).toBeGreaterThan(SLUG_MAX - 12);
    expect(`${slug}-`).toMatch(/^(?:(?:hoi|thi|tim|hieu|cai|cach|hanh|chinh)-)+$/);
  });

  it('gives every title a usable address, even one without letters or digits', () => {
    expect(slugify('“!!!” — ???')).toBe('cuoc-thi');
    expect(slugify('Ạ ?')).toBe('cuoc-thi-a');
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(SLUG_MAX));
    for (const title of [
      '😀😀😀😀😀',
      '<script>alert(1)</script>',
      'Thi\u0000\u200b số 1',
      '日本語テスト',
    ]) {
      const slug = slugify(title);
      expect(slug).toMatch(SLUG_PATTERN);
      expect(SlugSchema.parse(slug)).toBe(slug);
    }
  });
});

describe('numberedSlug', () => {
  it('numbers namesakes and keeps within the limit', () => {
    expect(numberedSlug('hoi-thi-cchc', 1)).toBe('hoi-thi-cchc');
    expect(numberedSlug('hoi-thi-cchc', 2)).toBe('hoi-thi-cchc-2');
    const long = `${'a'.repeat(77)}-bc`; // 80 characters: the cut lands on the hyphen
    expect(numberedSlug(long, 12)).toBe(`${'a'.repeat(77)}-12`);
    expect(numberedSlug(long, 12).length).toBeLessThanOrEqual(SLUG_MAX);
  });
});

describe('SlugSchema', () => {
  it('forgives case and spaces around, refuses diacritics, spaces and stray hyphens', () => {
    expect(SlugSchema.parse('  Hoi-Thi-2025 ')).toBe('hoi-thi-2025');
    for (const bad of ['hội-thi', 'hoi thi', '-hoi', 'hoi--thi', 'hoi-', 'ab', 'a'.repeat(81)])
      expect(SlugSchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe('ShortCodeSchema', () => {
  it('reads a code typed in capitals, refuses letters that are easy to misread', () => {
    expect(ShortCodeSchema.parse('K7M2QP')).toBe('k7m2qp');
    for (const bad of ['k7m2q', 'k7m2qpx', 'k7m2q0', 'k7m2ql', 'k7m2qi', 'k7m2qo'])
      expect(ShortCodeSchema.safeParse(bad).success, bad).toBe(false);
  });
});
