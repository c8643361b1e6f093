import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '../support/api.js';
import { launchBrowser, vietnameseContext } from '../support/browser.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
] as const;

/** What has the keyboard focus: its own test id, or its nearest ancestor's. */
const focusedTestId = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
  );

/** Presses Tab (nothing else) until `wanted` holds for the focused element; fails after `max`. */
async function tabUntil(
  page: Page,
  wanted: (id: string | null) => boolean,
  what: string,
  max = 60,
) {
  const seen: (string | null)[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const id = await focusedTestId(page);
    if (wanted(id)) return id;
    seen.push(id);
  }
  throw new Error(`Tab never reached ${what}; focus went through ${seen.join(', ')}`);
}

async function signedInPage(token: string, size: (typeof SIZES)[number]) {
  const context = await vietnameseContext(browser, token, { viewport: size });
  return { context, page: await context.newPage() };
}

describe('keyboard only', () => {
  for (const size of SIZES) {
    it(`Tab walks every item of the side menu in order at ${size.width}×${size.height}`, async () => {
      const org = await freshOrganiser();
      const { context, page } = await signedInPage(org.token, size);
      await page.goto(`${baseUrl()}/`);
      await page.getByTestId('logout').waitFor();
      if (size.width < 960) {
        // on a phone the menu is closed: open it from the keyboard
        await tabUntil(page, (id) => id === 'nav-toggle', 'the menu button');
        await page.keyboard.press('Enter');
        await page.getByTestId('nav-list').waitFor();
      }
      const items = await page
        .getByTestId('nav-list')
        .locator('[data-testid^="nav-/"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('data-testid')));
      // an organiser's whole menu
      expect(items).toEqual([
        'nav-/',
        'nav-/rounds',
        'nav-/profile',
        'nav-/participation',
        'nav-/admin/units',
        'nav-/admin/users',
        'nav-/contests',
        'nav-/questions',
      ]);
      await tabUntil(page, (id) => id === items[0], 'the first menu item');
      for (const item of items.slice(1)) {
        await page.keyboard.press('Tab');
        expect(await focusedTestId(page)).toBe(item);
      }
      // and Enter follows the focused link
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl()}/questions`);
      await context.close();
    });
  }

  it(
    'a participant completes a whole attempt with the keyboard alone at 360×640',
    { timeout: 120_000 },
    async () => {
      const org = await freshOrganiser();
      await publishedQuestions(org.token, 3);
      const contest = await createContest(org.token, org.unitId);
      const round = await createRound(org.token, contest.id, { prediction: { enabled: false } });
      await publish(org.token, contest.id);
      const me = await participant(org.unitId);
      const { context, page } = await signedInPage(me.token, SIZES[0]);
      await page.goto(`${baseUrl()}/rounds/${round.id}/attempt`);
      await page.getByTestId('attempt-begin').waitFor();

      await tabUntil(page, (id) => id === 'attempt-begin', '"Bắt đầu"');
      await page.keyboard.press('Enter');
      await page.getByTestId('attempt-question').waitFor();

      for (let q = 0; q < 3; q++) {
        const stem = (await page.getByTestId('attempt-question-stem').textContent())!.trim();
        // into the options (a radio group): the arrow keys move to the right one, Space picks it
        await tabUntil(page, (id) => id?.startsWith('attempt-option-') ?? false, 'an option');
        const optionText = () =>
          page.evaluate(
            () =>
              document.activeElement?.closest('[data-testid^="attempt-option-"]')?.textContent ??
              '',
          );
        for (let i = 0; i < 4 && !(await optionText()).includes('Phương án đúng'); i++) {
          await page.keyboard.press('ArrowDown');
        }
        expect(await optionText()).toContain('Phương án đúng');
        await page.keyboard.press('Space');
        const chosen = (await focusedTestId(page))!;
        await expect.poll(() => page.getByTestId(chosen).locator('input').isChecked()).toBe(true);
        if (q < 2) {
          await tabUntil(page, (id) => id === 'attempt-next', '"Câu tiếp"');
          await page.keyboard.press('Enter');
          await expect
            .poll(async () =>
              (await page.getByTestId('attempt-question-stem').textContent())!.trim(),
            )
            .not.toBe(stem);
        }
      }
      await tabUntil(page, (id) => id === 'attempt-submit', '"Nộp bài"');
      await page.keyboard.press('Enter');
      await page.getByTestId('attempt-confirm-submit').waitFor();
      await tabUntil(page, (id) => id === 'attempt-confirm-submit', 'the confirm button');
      await page.keyboard.press('Enter');
      await page.getByTestId('attempt-result').waitFor();
      expect((await page.getByTestId('attempt-result-correct').textContent())!.trim()).toBe('3/3');
      await context.close();
    },
  );
});

describe('the large-text switch', () => {
  it('is labelled "Chữ to", steps 100 → 125 → 150 → 100 %, scales the page, says the new size and is remembered', async () => {
    const context = await browser.newContext({ viewport: SIZES[0], locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`);
    const button = page.getByTestId('text-size-switch');
    await button.waitFor();
    const status = page.getByTestId('text-size-status');
    const rootPx = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const titlePx = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize));

    expect((await button.textContent())!.trim()).toBe('Chữ to');
    expect(await button.getAttribute('aria-label')).toBe('Chữ to, đang ở 100%');
    expect(await rootPx()).toBe(16);
    const title100 = await titlePx();
    // nothing is announced before a change
    expect((await status.textContent())!.trim()).toBe('');

    for (const [percent, px] of [
      [125, 20],
      [150, 24],
      [100, 16],
      [125, 20],
    ] as const) {
      await button.click();
      await expect.poll(rootPx).toBe(px);
      expect((await status.textContent())!.trim()).toBe(`Cỡ chữ: ${percent}%`);
      expect(await status.getAttribute('aria-live')).toBe('polite');
      expect(await button.getAttribute('aria-label')).toBe(`Chữ to, đang ở ${percent}%`);
      // the page's text follows the root size (Vuetify sizes in rem)
      expect(await titlePx()).toBeCloseTo((title100 * percent) / 100, 1);
    }
    // remembered on the next visit
    await page.reload();
    await button.waitFor();
    expect(await rootPx()).toBe(20);
    expect(await button.getAttribute('aria-label')).toBe('Chữ to, đang ở 125%');
    await context.close();
  });
});
