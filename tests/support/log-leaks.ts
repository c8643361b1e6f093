import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './server-process.js';

export interface Leak {
  file: string;
  line: number;
  kind: string;
  /** The offending line with what matched masked, so the report does not leak it again. */
  masked: string;
}

// Digits or token characters right before or after a match make it part of something else:
// a UUID's last group, an epoch in milliseconds, a longer hash.
const PATTERNS: { kind: string; re: RegExp }[] = [
  { kind: 'CCCD (12 digits)', re: /(?<![\w-])\d{12}(?![\w-])/g },
  { kind: 'phone (0 + 9 digits)', re: /(?<![\w-])0[1-9]\d{8}(?![\w-])/g },
  { kind: 'phone (+84)', re: /(?<![\w-])\+?84[1-9]\d{8}(?![\w-])/g },
  { kind: 'bearer token', re: /\bBearer\s+(?!\[redacted\])[\w.~+/-]{8,}/gi },
  // The server's tokens: 32 random bytes in base64url. A real one has both cases and a digit.
  {
    kind: 'access token',
    re: /(?<![\w-])(?=[\w-]{0,42}[A-Z])(?=[\w-]{0,42}[a-z])(?=[\w-]{0,42}\d)[\w-]{43}(?![\w-])/g,
  },
  // One-time codes (users/one-time-code.ts): 8 characters of their alphabet. Only those with a
  // letter and a digit are looked for, so upper-case words in a log are not taken for codes;
  // accounts.spec.ts also looks for each code it was given, whatever its shape.
  {
    kind: 'one-time code',
    re: /(?<![\w-])(?=[A-Z]{0,7}\d)(?=\d{0,7}[A-Z])[ACDEFGHJKMNPQRTUVWXY34679]{8}(?![\w-])/g,
  },
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lines of `text` that hold personal data, a token or one of `passwords`. */
export function findLeaks(text: string, passwords: readonly string[], file = ''): Leak[] {
  const patterns = [
    ...PATTERNS,
    ...passwords.map((p) => ({ kind: 'password', re: new RegExp(escape(p), 'g') })),
  ];
  const leaks: Leak[] = [];
  text.split('\n').forEach((content, i) => {
    for (const { kind, re } of patterns) {
      if (!content.match(re)) continue;
      leaks.push({ file, line: i + 1, kind, masked: content.replace(re, '<masked>') });
    }
  });
  return leaks;
}

const SOURCES = ['tests', 'seed/src', 'server/src'];

/**
 * The demo and test passwords: every string literal shaped like the project's passwords
 * ("MatKhau@2025", "Demo@2025", "Admin@20255") in the tests, the seed and the server.
 */
export function knownPasswords(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(full);
      } else if (/\.(ts|mjs|json)$/.test(entry.name)) {
        for (const m of readFileSync(full, 'utf8').matchAll(/['"`]([A-Z][A-Za-z]*@\d{4,})['"`]/g))
          found.add(m[1]!);
      }
    }
  };
  for (const dir of SOURCES) walk(path.join(ROOT, dir));
  return [...found];
}
