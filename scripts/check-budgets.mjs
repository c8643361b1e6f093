#!/usr/bin/env node
// Weight budgets over the client's production build (issue 15): what a participant's phone
// downloads before the first screen (the entry, its static imports and the route's chunk, with
// their CSS and fonts), and the largest lazy chunk. Reads client/dist/.vite/manifest.json, which
// `npm run build` writes; exits 1 when a budget is exceeded, 2 when there is no build.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(process.env.CLIENT_DIST_DIR ?? path.join(ROOT, 'client/dist'));
// The first participant screens: signing in, and the home page once signed in.
const FIRST_SCREENS = {
  login: 'src/views/LoginView.vue',
  home: 'src/views/HomeView.vue',
};

function kbFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`${name} must be a positive number of KB, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

// Issue 15's target is 150 KB; the build is not there yet (login 239.7 KB), so the default is a
// ratchet just above what it weighs now: lower it as the first screen gets lighter.
export const FIRST_KB = kbFromEnv('CLIENT_BUDGET_FIRST_KB', 245);
export const CHUNK_KB = kbFromEnv('CLIENT_BUDGET_CHUNK_KB', 250);

const sizeCache = new Map();
/** Bytes on the wire with gzip: the .gz the build wrote when there is one, fonts as they are. */
function wireBytes(file) {
  let size = sizeCache.get(file);
  if (size !== undefined) return size;
  const full = path.join(DIST, file);
  if (/\.(?:woff2?|png|jpe?g|webp|avif|gif|ico)$/.test(file)) size = readFileSync(full).length;
  else if (existsSync(`${full}.gz`)) size = readFileSync(`${full}.gz`).length;
  else size = gzipSync(readFileSync(full), { level: constants.Z_BEST_COMPRESSION }).length;
  sizeCache.set(file, size);
  return size;
}

/** The files a chunk needs before it runs: itself, its static imports, their CSS and assets. */
function staticClosure(manifest, key, files = new Set(), seen = new Set()) {
  if (seen.has(key)) return files;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const asset of chunk.assets ?? []) if (/\.(?:woff2?|css)$/.test(asset)) files.add(asset);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, files, seen);
  return files;
}

function summarise(files) {
  const kinds = { js: 0, css: 0, font: 0 };
  for (const f of files) {
    const kind = f.endsWith('.css') ? 'css' : /\.woff2?$/.test(f) ? 'font' : 'js';
    kinds[kind] += wireBytes(f);
  }
  return { ...kinds, total: kinds.js + kinds.css + kinds.font, files: files.size };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

export function checkBudgets() {
  const manifestPath = path.join(DIST, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} not found: run \`npm run build\` first`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error('the build manifest has no entry');
  const failures = [];
  const screens = {};
  for (const [name, route] of Object.entries(FIRST_SCREENS)) {
    const files = staticClosure(manifest, route, staticClosure(manifest, entryKey));
    const s = summarise(files);
    screens[name] = s;
    if (s.total > FIRST_KB * 1024) {
      failures.push(`first screen "${name}" is ${kb(s.total)} KB gzip > ${FIRST_KB} KB`);
    }
  }
  const chunks = [...new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])]))]
    .map((file) => ({ file, bytes: wireBytes(file) }))
    .sort((a, b) => b.bytes - a.bytes);
  for (const c of chunks) {
    if (c.bytes > CHUNK_KB * 1024) {
      failures.push(`chunk ${c.file} is ${kb(c.bytes)} KB gzip > ${CHUNK_KB} KB`);
    }
  }
  return { screens, largest: chunks.slice(0, 5), failures, limits: { FIRST_KB, CHUNK_KB } };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let result;
  try {
    result = checkBudgets();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  }
  console.log(`Client budgets (gzip; first screen ≤ ${FIRST_KB} KB, any chunk ≤ ${CHUNK_KB} KB)`);
  for (const [name, s] of Object.entries(result.screens)) {
    console.log(
      `  first screen ${name.padEnd(6)} ${kb(s.total).padStart(7)} KB` +
        `  (js ${kb(s.js)}, css ${kb(s.css)}, fonts ${kb(s.font)}; ${s.files} files)`,
    );
  }
  console.log('  largest chunks:');
  for (const c of result.largest) console.log(`    ${kb(c.bytes).padStart(7)} KB  ${c.file}`);
  console.log(`BUDGETS ${JSON.stringify({ screens: result.screens, limits: result.limits })}`);
  if (result.failures.length) {
    for (const f of result.failures) console.error(`OVER BUDGET: ${f}`);
    process.exit(1);
  }
  console.log('All client budgets met.');
}
