import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, api, baseUrl, login, uniqueCode } from '../support/api.js';
import { launchBrowser, vietnameseContext } from '../support/browser.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';

/**
 * WCAG 2.1 A/AA with axe-core over every route of the router (client/src/router), each role's
 * pages signed in as that role, at a phone's 360×640 and a desktop's 1280×800: no violation.
 */
// evaluated through the DevTools protocol: the app's CSP (script-src 'self') stays as it is
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SIZES = [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
] as const;

interface Found {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  summary: string;
}
interface Violation extends Found {
  state: string;
  url: string;
}

let browser: Browser;
let org: { unitId: string; token: string; email: string };
let admin: string;
let reporter: string;
let participants: { token: string; id: string; phone: string }[];
let questionId: string;
let contest: { id: string; slug: string; shortCode: string };
let rounds: { id: string }[];

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await adminToken();
  org = await freshOrganiser();
  const reporterEmail = `bc.${uniqueCode('R').toLowerCase()}@demo.vn`;
  const made = await api('POST', '/api/users', {
    token: admin,
    body: {
      fullName: 'Người Báo Cáo Thử',
      role: 'reporter',
      unitId: org.unitId,
      email: reporterEmail,
      password: 'BaoCao@2025',
    },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  reporter = await login(reporterEmail, 'BaoCao@2025');
  questionId = (await publishedQuestions(org.token, 3))[0]!;
  contest = await createContest(org.token, org.unitId);
  // one round per screen size: each size takes its own whole attempt
  rounds = [
    await createRound(org.token, contest.id, { prediction: { enabled: false } }),
    await createRound(org.token, contest.id, { prediction: { enabled: false } }),
  ];
  await publish(org.token, contest.id);
  participants = [await participant(org.unitId), await participant(org.unitId)];
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

async function signedIn(size: (typeof SIZES)[number], token?: string): Promise<BrowserContext> {
  // Reduced motion: contrast is a property of the page at rest, not of a row half-way through
  // fading in (the projector's board animates every update; with reduced motion it does not).
  return vietnameseContext(browser, token ?? null, { viewport: size, reducedMotion: 'reduce' });
}

/** Waits for the page to settle (data loaded, transitions over), then runs axe on it. */
async function scan(page: Page, state: string, out: Violation[]) {
  const started = Date.now();
  await page.waitForLoadState('networkidle');
  // a table, a field or a button still loading is dimmed or spinning for a moment (Vuetify's
  // own loaders carry no name): measure the loaded page
  // (every loader, not only the first: a page may load several panels at once)
  await page
    .waitForFunction(
      (selector) =>
        [...document.querySelectorAll<HTMLElement>(selector)].every((el) => {
          // shown = takes room on the page (an idle bar keeps its parts at zero height)
          const box = el.getBoundingClientRect();
          return (
            box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden'
          );
        }),
      '.v-data-table--loading, .v-data-table-progress, .v-field--loading, .v-btn--loading, .v-progress-linear__indeterminate, .v-progress-circular--indeterminate',
      { timeout: 15_000, polling: 100 },
    )
    .catch(() => undefined);
  // rows and dialogs fade in: contrast is measured once the finite animations are over
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((done) => setTimeout(done, 3_000)),
    ]),
  );
  await page.waitForTimeout(100);
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async (tags: string[]) => {
    interface AxeResult {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; failureSummary?: string }[];
      }[];
    }
    const axe = (
      window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: n.target.map(String),
        summary: (n.failureSummary ?? '').split('\n').slice(0, 3).join(' '),
      })),
    );
  }, TAGS);
  const url = page.url().replace(baseUrl(), '');
  for (const f of found as Found[]) out.push({ ...f, state, url });
  if (process.env.A11Y_TIMINGS) console.log(`${state}: ${Date.now() - started} ms`);
}

/**
 * The first page of a context is loaded; the others are reached through the app's router (as a
 * click on a link would), which keeps the loaded app and axe: a full reload per page took minutes.
 */
async function visit(page: Page, path: string, state: string, out: Violation[]) {
  // a short link (/c/…) is the server's redirect, not a page of the app
  if (page.url().startsWith(baseUrl()) && !path.startsWith('/c/')) {
    await page.evaluate((to) => {
      history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, path);
    await page.waitForURL((url) => url.pathname === path);
  } else await page.goto(`${baseUrl()}${path}`);
  await scan(page, state, out);
}

function report(size: string, violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `[${size}] ${v.state} (${v.url}): ${v.id} [${v.impact}] ${v.targets.join(' ')} — ${v.help}; ${v.summary}`,
    )
    .join('\n');
}

describe('axe-core WCAG 2.1 A/AA on every route', () => {
  for (const [index, size] of SIZES.entries()) {
    const label = `${size.width}×${size.height}`;
    it(`every page state at ${label} has 0 violations`, { timeout: 240_000 }, async () => {
      const out: Violation[] = [];
      const round = rounds[index]!;
      const me = participants[index]!;

      // --- public pages, signed out ----------------------------------------------------
      const guest = await signedIn(size);
      let page = await guest.newPage();
      await visit(page, '/login', 'login', out);
      await visit(page, '/register', 'register', out);
      await visit(page, '/activate', 'activate', out);
      await visit(page, `/c/${contest.shortCode}`, 'share link → public contest', out);
      await visit(page, `/results/rounds/${round.id}`, 'public results', out);
      await visit(page, '/khong-co-trang-nay', 'not found', out);
      await guest.close();

      // --- participant -----------------------------------------------------------------
      const part = await signedIn(size, me.token);
      page = await part.newPage();
      await visit(page, '/', 'participant home', out);
      await visit(page, '/rounds', 'participant rounds', out);
      await visit(page, '/profile', 'participant profile', out);
      await visit(page, `/rounds/${round.id}/attempt`, 'attempt start screen', out);
      await page.getByTestId('attempt-begin').click();
      await page.getByTestId('attempt-question').waitFor();
      await scan(page, 'attempt question 1', out);
      for (let i = 0; i < 3; i++) {
        await page
          .getByTestId('attempt-question')
          .locator('[data-testid^="attempt-option-"]')
          .filter({ hasText: 'Phương án đúng' })
          .click();
        if (i < 2) await page.getByTestId('attempt-next').click();
      }
      await scan(page, 'attempt last question answered', out);
      await page.getByTestId('attempt-submit').click();
      await page.getByTestId('attempt-confirm-submit').waitFor();
      await scan(page, 'attempt submit confirmation', out);
      await page.getByTestId('attempt-confirm-submit').click();
      await page.getByTestId('attempt-result').waitFor();
      await scan(page, 'attempt result', out);
      const mine = await api('GET', '/api/me/attempts', { token: me.token });
      const attemptId = (mine.body as { id: string; roundId: string }[]).find(
        (a) => a.roundId === round.id,
      )?.id;
      expect(attemptId, JSON.stringify(mine.body)).toBeTruthy();
      await visit(page, `/attempts/${attemptId}/review`, 'attempt review', out);
      await visit(page, `/rounds/${round.id}/leaderboard`, 'round leaderboard', out);
      await part.close();

      // --- organiser -------------------------------------------------------------------
      const organiser = await signedIn(size, org.token);
      page = await organiser.newPage();
      await visit(page, '/questions', 'question bank', out);
      await visit(page, '/questions/new', 'new question', out);
      await visit(page, `/questions/${questionId}`, 'edit question', out);
      await visit(page, '/contests', 'contests', out);
      await visit(page, '/contests/new', 'new contest', out);
      await visit(page, `/contests/${contest.id}`, 'contest edit', out);
      await visit(page, `/contests/${contest.id}/rounds/new`, 'round wizard (new)', out);
      await visit(page, `/contests/${contest.id}/rounds/${round.id}/edit`, 'round edit', out);
      await visit(page, `/contests/${contest.id}/rounds/${round.id}/results`, 'round results', out);
      await visit(page, `/rounds/${round.id}/leaderboard`, 'live leaderboard (organiser)', out);
      await visit(page, `/projector/rounds/${round.id}`, 'projector', out);
      await organiser.close();

      // --- reporter --------------------------------------------------------------------
      const rep = await signedIn(size, reporter);
      page = await rep.newPage();
      await visit(page, '/participation', 'participation report', out);
      await visit(page, '/participation/non-participants', 'non-participants', out);
      await visit(page, '/participation/off-list', 'off-list', out);
      await visit(page, '/participation/snapshots', 'snapshots', out);
      await visit(page, '/participation/collective', 'collective', out);
      await visit(page, '/admin/units', 'units (reporter)', out);
      await visit(page, `/admin/units/${org.unitId}/roster`, 'roster', out);
      await visit(page, '/admin/users', 'accounts (reporter)', out);
      await rep.close();

      // --- admin -----------------------------------------------------------------------
      const adm = await signedIn(size, admin);
      page = await adm.newPage();
      await visit(page, '/admin/users', 'accounts (admin)', out);
      await visit(page, '/admin/units', 'units (admin)', out);
      await visit(page, '/participation', 'participation (admin)', out);
      await visit(page, '/contests', 'contests (admin)', out);
      await adm.close();

      if (out.length) console.error(report(label, out));
      expect(
        out.map((v) => `${v.state}: ${v.id} ${v.targets.join(' ')}`),
        report(label, out),
      ).toEqual([]);
    });
  }
});
