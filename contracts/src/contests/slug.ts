import { z } from 'zod';
import { foldVietnamese } from '../common/primitives.js';

export const SLUG_MIN = 3;
export const SLUG_MAX = 80;
/** Lowercase ASCII words joined by single hyphens: safe in a URL, readable when read aloud. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** What a contest without a usable title is called in its address. */
const FALLBACK_SLUG = 'cuoc-thi';

/**
 * The address word of a contest from its Vietnamese title: diacritics dropped (đ → d), words
 * joined by hyphens, cut at a word boundary so the link stays short enough to read out.
 * "Hội thi Tìm hiểu CCHC năm 2025" → "hoi-thi-tim-hieu-cchc-nam-2025".
 */
export function slugify(title: string): string {
  const words = foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than lost.
  if (!slug && words[0]) slug = words[0].slice(0, SLUG_MAX);
  if (slug.length >= SLUG_MIN) return slug;
  return slug ? `${FALLBACK_SLUG}-${slug}` : FALLBACK_SLUG;
}

/** `base`, or `base-n` cut to fit: the n-th contest that wants the same address. */
export function numberedSlug(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/** A slug an organiser types: case and surrounding spaces are forgiven, nothing else. */
export const SlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.string().min(SLUG_MIN).max(SLUG_MAX).regex(SLUG_PATTERN, 'slug_invalid'))
  .describe('Address of the public contest page: lowercase letters, digits and hyphens');

/** Letters and digits that cannot be misread on a poster (no 0/o, 1/l/i). */
export const SHORT_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const SHORT_CODE_LENGTH = 6;
export const ShortCodeSchema = z
  .string()
  .toLowerCase()
  .pipe(z.string().regex(/^[a-hjkmnp-z2-9]{6}$/))
  .describe('Code of the short link /c/<code>; typed from a poster, so case is forgiven');
