import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Vuetify's stylesheet carries every utility and palette class (`ma-7`, `bg-deep-purple-accent-4`,
 * `d-xl-inline-flex`…): 28 KB gzip of the first page for the few dozen the app uses. This keeps a
 * rule of `vuetify/lib/styles/main.css` only when every class its selector names could be on the
 * page: written in the app's sources or Vuetify's components, or made by a component from a prop
 * value written in the sources (`rounded="lg"` → `rounded-lg`, `color="grey"` → `text-grey`).
 * Rules without classes (the reset, keyframes, custom properties) are kept as they are.
 */
export function purgeVuetifyUtilities(opts: { sourceDirs: string[] }): Plugin {
  let used: Set<string> | undefined;
  return {
    name: 'cchc-purge-vuetify-utilities',
    apply: 'build',
    transform(code, id) {
      if (!/vuetify\/lib\/styles\/main\.css(?:\?|$)/.test(id)) return null;
      used ??= collectTokens(opts.sourceDirs);
      return { code: purgeCss(code, used), map: null };
    },
  };
}

// Prop-made classes: the prefix a component puts before a value the template wrote.
const PROP_PREFIXES = ['bg-', 'text-', 'border-', 'rounded-', 'elevation-', 'position-'];

export function collectTokens(dirs: string[]): Set<string> {
  const tokens = new Set<string>();
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(?:vue|ts|js|mjs|html)$/.test(entry.name)) continue;
      const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      for (const m of text.matchAll(/[A-Za-z0-9_-]+/g)) tokens.add(m[0]);
    }
  }
  return tokens;
}

function classUsed(name: string, used: Set<string>): boolean {
  if (used.has(name)) return true;
  const prefix = PROP_PREFIXES.find((p) => name.startsWith(p));
  return prefix !== undefined && used.has(name.slice(prefix.length));
}

/** Splits a selector list at its top-level commas (not those inside `:is(…)`/`:not(…)`). */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

function selectorUsed(selector: string, used: Set<string>): boolean {
  // escaped characters in class names (`.ma-n1\.5`) are rare in Vuetify's utilities: kept whole
  if (selector.includes('\\')) return true;
  for (const m of selector.matchAll(/\.(-?[A-Za-z_][A-Za-z0-9_-]*)/g)) {
    if (!classUsed(m[1]!, used)) return false;
  }
  return true;
}

/** Index of the `}` closing the block whose `{` is at `open`. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  throw new Error('unbalanced braces in the Vuetify stylesheet');
}

// At-rules whose body holds rules to filter; others (keyframes, font-face, property) stay whole.
const NESTING_AT_RULES = /^@(?:layer|media|supports|container)\b/;

export function purgeCss(css: string, used: Set<string>): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const brace = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (brace === -1) {
      out += css.slice(i);
      break;
    }
    // a statement such as `@layer a, b;` or `@import …;` before the next block
    if (semi !== -1 && semi < brace) {
      out += css.slice(i, semi + 1);
      i = semi + 1;
      continue;
    }
    const prelude = css.slice(i, brace).trim();
    const end = blockEnd(css, brace);
    const body = css.slice(brace + 1, end);
    if (prelude.startsWith('@')) {
      if (NESTING_AT_RULES.test(prelude) && body.includes('{')) {
        const inner = purgeCss(body, used);
        if (inner.includes('{')) out += `${prelude} {${inner}}\n`;
      } else {
        out += `${prelude} {${body}}\n`;
      }
    } else {
      const kept = splitSelectors(prelude.replace(/\/\*[\s\S]*?\*\//g, '')).filter((s) =>
        selectorUsed(s, used),
      );
      if (kept.length) out += `${kept.join(', ')} {${body}}\n`;
    }
    i = end + 1;
  }
  return out;
}
