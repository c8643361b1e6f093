import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from './issue-codes.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const CODE = String.raw`[a-z][a-z0-9]*(?:_[a-z0-9]+)+`;
// `message: 'code'` or `message: cond ? 'code_a' : 'code_b'` (to the end of the line)
const MESSAGE = /message:([^\n]*)/g;
// A method whose last argument is a code: `.regex(re, 'code')`, `.min(8, 'code')`, `z.email('code')`
const LAST_ARG = new RegExp(String.raw`\.(\w+)\((?:[^()'\n]|\([^()\n]*\))*'(${CODE})'\)`, 'g');
const LITERAL = new RegExp(`'(${CODE})'`, 'g');
// `message: \`form_lines_max_${lines}\`` names a family of codes
const TEMPLATE = new RegExp(String.raw`\x60(${CODE}_)\$\{\w+\}\x60`, 'g');

/** The codes the schemas' source hands to zod as issue messages. */
function emittedCodes() {
  const codes = new Set<string>();
  const families = new Set<string>();
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && !f.endsWith('issue-codes.ts'),
  );
  for (const file of files) {
    const src = readFileSync(`${SRC}/${file}`, 'utf8');
    for (const [, expr] of src.matchAll(MESSAGE)) {
      for (const [, code] of expr!.matchAll(LITERAL)) codes.add(code!);
      for (const [, prefix] of expr!.matchAll(TEMPLATE)) families.add(prefix!);
    }
    for (const [, method, code] of src.matchAll(LAST_ARG))
      if (method !== 'default') codes.add(code!);
  }
  return { codes, families };
}

describe('ISSUE_CODES', () => {
  const { codes, families } = emittedCodes();

  it('finds the codes in the schemas (the scan itself works)', () => {
    expect(codes).toContain('phone_invalid'); // addIssue
    expect(codes).toContain('citizen_id_leading_zero'); // a ternary
    expect(codes).toContain('password_too_short'); // .min(8, code)
    expect(codes).toContain('year_required'); // a shared refine params object
    expect(families).toContain('form_lines_max_');
  });

  it('lists every code a schema emits', () => {
    expect([...codes].filter((c) => !(ISSUE_CODES as readonly string[]).includes(c))).toEqual([]);
    for (const prefix of families) expect(ISSUE_CODES.some((c) => c.startsWith(prefix))).toBe(true);
  });

  it('lists no code that no schema emits', () => {
    const stale = ISSUE_CODES.filter(
      (c) => !codes.has(c) && ![...families].some((p) => c.startsWith(p)),
    );
    expect(stale).toEqual([]);
  });
});
