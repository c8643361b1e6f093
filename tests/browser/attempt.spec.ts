import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
  rightOptions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The option of the current question that `publishedQuestions` made right; returns its id. */
async function chooseRightOption(page: Page): Promise<string> {
  const option = page
    .getByTestId('attempt-question')
    .locator('[data-testid^="attempt-option-"]')
    .filter({ hasText: 'Phương án đúng' });
  await option.click();
  const testId = (await option.getAttribute('data-testid'))!;
  await expect.poll(() => option.locator('input').isChecked()).toBe(true);
  return testId.replace('attempt-option-', '');
}

async function stemText(page: Page): Promise<string> {
  return (await page.getByTestId('attempt-question-stem').textContent())!.trim();
}

/** Waits until every change is acknowledged by the server ("Đã lưu lúc …"). */
async function waitSaved(page: Page) {
  await expect
    .poll(() => page.getByTestId('attempt-autosave').textContent(), { timeout: 10_000 })
    .toMatch(/^Đã lưu lúc \d{2}:\d{2}:\d{2}$/);
}

async function noHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

describe('taking a round through the UI', () => {
  it(
    'a participant takes a whole attempt at 360×640, reloads in the middle and resumes with answers kept, submits, and a second browser watching the projector page sees the leaderboard change without reloading',
    { timeout: 120_000 },
    async () => {
      // --- set-up through the API: bank, contest, an open round, two participants ----------
      const org = await freshOrganiser();
      await publishedQuestions(org.token, 5, { area: 'the_che' });
      const contest = await createContest(org.token, org.unitId);
      const round = await createRound(org.token, contest.id, {
        durationSec: 600,
        blueprint: [{ area: 'the_che', count: 3 }],
        prediction: { enabled: true, target: 'perfect_count' },
      });
      await publish(org.token, contest.id);

      const suffix = randomBytes(2).toString('hex').toUpperCase();
      const early = await participant(org.unitId, { fullName: `Trần Văn Sớm ${suffix}` });
      const me = await participant(org.unitId, { fullName: `Lê Thị Giao Diện ${suffix}` });

      // Someone has already submitted, so the board is not empty when the projector opens.
      const started = await api('POST', `/api/rounds/${round.id}/attempts`, {
        token: early.token,
        body: {},
      });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      const submitted = await api('POST', `/api/attempts/${started.body.id}/submit`, {
        token: early.token,
        body: { prediction: 1, answers: rightOptions(started.body) },
      });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

      // --- the projector, in its own browser context, signed in as the organiser -----------
      const projectorContext = await browser.newContext({
        viewport: { width: 1280, height: 720 },
        locale: 'vi-VN',
      });
      await projectorContext.addInitScript(
        (token) => localStorage.setItem('cchc.token', token),
        org.token,
      );
      const projector = await projectorContext.newPage();
      await projector.goto(`${baseUrl()}/projector/rounds/${round.id}`);
      await projector.getByTestId('projector-board').waitFor();
      await expect.poll(() => projector.getByTestId('projector-row').count()).toBe(1);
      expect(await projector.getByTestId('projector-row').first().textContent()).toContain(
        `Trần Văn Sớm ${suffix}`,
      );
      expect(await projector.getByTestId('projector-total').textContent()).toContain('1');
      // a marker that a reload would wipe out
      await projector.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

      // --- the participant on a 360×640 phone ----------------------------------------------
      const phoneContext = await browser.newContext({
        viewport: { width: 360, height: 640 },
        locale: 'vi-VN',
        hasTouch: true,
        isMobile: true,
      });
      await phoneContext.addInitScript(
        (token) => localStorage.setItem('cchc.token', token),
        me.token,
      );
      const page = await phoneContext.newPage();
      await page.goto(`${baseUrl()}/rounds`);
      await page.getByTestId('rounds-open-list').waitFor();
      const card = page.getByTestId(`round-card-${round.id}`);
      await card.waitFor();
      expect(await card.textContent()).toContain('Tuần thi thứ nhất');

      // the rules unfold under the round
      await page.getByTestId(`round-rules-${round.id}`).click();
      await expect
        .poll(
          async () => (await page.getByTestId(`round-rules-text-${round.id}`).textContent()) ?? '',
        )
        .not.toBe('');
      await noHorizontalScroll(page);

      await page.getByTestId(`round-start-${round.id}`).click();
      await page.waitForURL(new RegExp(`/rounds/${round.id}/attempt`));
      // the start screen first: the clock starts on "Bắt đầu"
      await page.getByTestId('attempt-begin').click();
      await page.getByTestId('attempt-question').waitFor();
      await expect.poll(() => page.getByTestId('attempt-timer').textContent()).toMatch(/\d\d:\d\d/);

      // questions 1 and 2
      const stems: string[] = [];
      const chosen: string[] = [];
      stems.push(await stemText(page));
      chosen.push(await chooseRightOption(page));
      await waitSaved(page);
      await page.getByTestId('attempt-next').click();
      await expect.poll(() => stemText(page)).not.toBe(stems[0]);
      stems.push(await stemText(page));
      chosen.push(await chooseRightOption(page));
      await waitSaved(page);
      await noHorizontalScroll(page);

      // the server holds both answers
      const rounds = await api('GET', '/api/me/rounds', { token: me.token });
      const attemptId = rounds.body.find((r: { id: string }) => r.id === round.id).openAttemptId;
      const held = await api('GET', `/api/attempts/${attemptId}`, { token: me.token });
      expect(Object.keys(held.body.answers)).toHaveLength(2);

      // --- reload in the middle: same attempt, same order, answers kept --------------------
      await page.reload();
      await page.getByTestId('attempt-question').waitFor();
      for (const i of [0, 1]) {
        await expect
          .poll(() => page.getByTestId(`attempt-nav-${i}`).getAttribute('data-answered'))
          .toBe('true');
      }
      expect(await page.getByTestId('attempt-nav-2').getAttribute('data-answered')).toBe('false');
      for (const i of [0, 1]) {
        await page.getByTestId(`attempt-nav-${i}`).click();
        await expect.poll(() => stemText(page)).toBe(stems[i]);
        expect(
          await page.getByTestId(`attempt-option-${chosen[i]}`).locator('input').isChecked(),
        ).toBe(true);
      }

      // the rest: question 3, then the prediction
      await page.getByTestId('attempt-nav-2').click();
      await expect.poll(() => stemText(page)).not.toBe(stems[1]);
      await chooseRightOption(page);
      await waitSaved(page);
      await page.getByTestId('attempt-next').click();
      const prediction = page.getByTestId('attempt-prediction-input');
      await prediction.waitFor();
      const submit = page.getByTestId('attempt-submit');
      expect(await submit.isDisabled()).toBe(true); // the prediction is still missing
      await prediction.fill('2');
      await expect.poll(() => submit.isEnabled()).toBe(true);
      await noHorizontalScroll(page);
      await page.screenshot({ path: 'test-results/attempt-360.png', fullPage: true });

      await submit.click();
      await page.getByTestId('attempt-confirm-submit').click();
      await page.getByTestId('attempt-result').waitFor();
      expect((await page.getByTestId('attempt-result-correct').textContent())!.trim()).toBe('3/3');
      await noHorizontalScroll(page);
      await page.screenshot({ path: 'test-results/attempt-result-360.png', fullPage: true });

      // --- the projector changed by itself -------------------------------------------------
      await expect
        .poll(() => projector.getByTestId('projector-row').count(), { timeout: 15_000 })
        .toBe(2);
      await expect
        .poll(() => projector.getByTestId('projector-board').textContent())
        .toContain(`Lê Thị Giao Diện ${suffix}`);
      expect(await projector.getByTestId('projector-total').textContent()).toContain('2');
      expect(
        await projector.evaluate(() => (window as unknown as { marker?: number }).marker),
      ).toBe(42);
      await projector.screenshot({ path: 'test-results/projector.png' });

      await phoneContext.close();
      await projectorContext.close();
    },
  );
});
