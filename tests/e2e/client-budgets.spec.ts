import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/server-process.js';

const SCRIPT = path.join(ROOT, 'scripts/check-budgets.mjs');
const DIST = path.join(ROOT, 'client/dist');

interface Manifest {
  [key: string]: { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };
}

function runBudgets(env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, [SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: res.status, out: res.stdout, err: res.stderr };
}

// The production build the e2e server serves (`npm test` builds it first).
describe('client weight budgets over the production build', () => {
  it('the first participant screens and every lazy chunk stay within their budgets', () => {
    const res = runBudgets();
    console.log(res.out + res.err);
    expect(res.err).not.toContain('OVER BUDGET');
    expect(res.status).toBe(0);
    const figures = JSON.parse(/^BUDGETS (.*)$/m.exec(res.out)![1]!) as {
      screens: Record<string, { total: number; js: number; css: number }>;
    };
    // Both first screens were measured, with their scripts and their styles.
    for (const screen of ['login', 'home']) {
      expect(figures.screens[screen]!.js).toBeGreaterThan(10_000);
      expect(figures.screens[screen]!.css).toBeGreaterThan(1_000);
    }
  });

  it('fails when the first screen outgrows its budget', () => {
    const res = runBudgets({ CLIENT_BUDGET_FIRST_KB: '20' });
    expect(res.status).toBe(1);
    expect(res.err).toMatch(/OVER BUDGET: first screen "login" is [\d.]+ KB gzip > 20 KB/);
  });

  it('fails when one lazy chunk is over the chunk budget, even far from the first screen', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'cchc-budget-'));
    try {
      mkdirSync(path.join(dist, '.vite'));
      mkdirSync(path.join(dist, 'assets'));
      const small = 'export const x = 1;\n';
      for (const f of ['index.js', 'login.js', 'home.js']) {
        writeFileSync(path.join(dist, 'assets', f), small);
      }
      writeFileSync(path.join(dist, 'assets/index.css'), 'body{margin:0}\n');
      // random bytes do not compress: 300 KB on the wire
      writeFileSync(path.join(dist, 'assets/chart.js'), randomBytes(300 * 1024).toString('hex'));
      const manifest: Manifest = {
        'index.html': { file: 'assets/index.js', isEntry: true, css: ['assets/index.css'] },
        'src/views/LoginView.vue': { file: 'assets/login.js', imports: ['index.html'] },
        'src/views/HomeView.vue': { file: 'assets/home.js', imports: ['index.html'] },
        'src/components/Chart.vue': { file: 'assets/chart.js' },
      };
      writeFileSync(path.join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
      const res = runBudgets({ CLIENT_DIST_DIR: dist, CLIENT_BUDGET_CHUNK_KB: '250' });
      expect(res.status).toBe(1);
      expect(res.err).toMatch(/OVER BUDGET: chunk assets\/chart\.js is [\d.]+ KB gzip > 250 KB/);
      expect(res.err).not.toContain('first screen');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('the page preloads neither the English messages nor the dashboard chart', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(DIST, '.vite/manifest.json'), 'utf8'),
    ) as Manifest;
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const english = manifest['src/i18n/en.ts']!.file;
    const chart = Object.entries(manifest).find(([k]) => k.endsWith('DailyChart.vue'))![1].file;
    expect(html).toContain('/assets/index-'); // the page does load the entry
    expect(html).not.toContain(english);
    expect(html).not.toContain(chart);
  });
});
