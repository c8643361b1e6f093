import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  generateCode,
  hashCode,
  normaliseCode,
  sameHash,
} from './one-time-code.js';

describe('one-time codes', () => {
  it('use no look-alike characters', () => {
    for (const c of '0O1IL5S2Z8B') expect(CODE_ALPHABET).not.toContain(c);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    expect(CODE_ALPHABET.length).toBe(25);
  });

  it('are 8 characters of the alphabet', () => {
    const shape = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
    for (let i = 0; i < 1000; i++) expect(generateCode()).toMatch(shape);
  });

  it('spread over the whole alphabet, each position alike, and do not repeat', () => {
    const n = 4000;
    const codes = Array.from({ length: n }, generateCode);
    expect(new Set(codes).size).toBe(n);
    const counts = new Map<string, number>();
    for (const code of codes) for (const c of code) counts.set(c, (counts.get(c) ?? 0) + 1);
    // 32,000 draws over 25 characters: 1,280 each expected; a skewed draw lands far outside
    expect(counts.size).toBe(CODE_ALPHABET.length);
    for (const count of counts.values()) expect(Math.abs(count - 1280)).toBeLessThan(250);
    // every position sees every character too (no fixed or biased position)
    for (let pos = 0; pos < CODE_LENGTH; pos++)
      expect(new Set(codes.map((c) => c[pos])).size).toBe(CODE_ALPHABET.length);
  });

  it('are read as printed whatever the case, spaces or dashes typed', () => {
    expect(normaliseCode(' acde-fg h3 ')).toBe('ACDEFGH3');
    const secret = 'k'.repeat(32);
    expect(sameHash(hashCode(secret, 'ACDEFGH3'), hashCode(secret, 'acde fgh3'))).toBe(true);
  });

  it('are stored under a key: another key or another code does not match', () => {
    const code = generateCode();
    const stored = hashCode('a'.repeat(32), code);
    expect(stored).not.toContain(code);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(sameHash(stored, hashCode('b'.repeat(32), code))).toBe(false);
    expect(
      sameHash(stored, hashCode('a'.repeat(32), code === 'AAAAAAAA' ? 'CCCCCCCC' : 'AAAAAAAA')),
    ).toBe(false);
  });
});
