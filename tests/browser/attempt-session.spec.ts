import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, login } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
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
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const PASSWORD = 'ThiSinh@2025';

/** Picks the right option of the question on screen; returns its question and option ids. */
async function answerCurrent(page: Page) {
  const option = page
    .getByTestId('attempt-question')
    .locator('[data-testid^="attempt-option-"]')
    .filter({ hasText: 'Phương án đúng' });
  await option.click();
  await expect.poll(() => option.locator('input').isChecked()).toBe(true);
  return (await option.getAttribute('data-testid'))!.replace('attempt-option-', '');
}

const saveLine = (page: Page) => page.getByTestId('attempt-autosave').textContent();

async function waitSaved(page: Page) {
  await expect
    .poll(() => saveLine(page), { timeout: 15_000 })
    .toMatch(/^Đã lưu lúc \d{2}:\d{2}:\d{2}$/);
  expect(await page.getByTestId('attempt-autosave-pending').count()).toBe(0);
}

async function noHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

describe('an attempt whose session ends in the middle', () => {
  it(
    'at 360×640: the token is revoked on the server, the next answer shows as not saved, the person logs in again in a dialog without leaving the attempt, and the server ends up with every answer',
    { timeout: 180_000 },
    async () => {
      const org = await freshOrganiser();
      await publishedQuestions(org.token, 4);
      const contest = await createContest(org.token, org.unitId);
      const round = await createRound(org.token, contest.id, {
        durationSec: 900,
        blueprint: [{ area: 'the_che', count: 4 }],
        prediction: { enabled: false, target: 'perfect_count' },
      });
      await publish(org.token, contest.id);
      const me = await participant(org.unitId, { fullName: 'Phạm Thị Lan Anh' });
      const someoneElse = await participant(org.unitId, { fullName: 'Đỗ Văn Khải' });

      const context = await browser.newContext({
        viewport: { width: 360, height: 640 },
        locale: 'vi-VN',
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/login`);
      await page.getByTestId('login-username').fill(me.phone);
      await page.getByTestId('login-password').fill(PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('home').waitFor();
      await page.goto(`${baseUrl()}/rounds/${round.id}/attempt`);
      // the start screen says how long there is; the clock starts on "Bắt đầu"
      await page.getByTestId('attempt-begin').click();
      await page.getByTestId('attempt-question').waitFor();

      // question 1 is saved while the session is good
      const chosen = new Map<number, string>();
      chosen.set(0, await answerCurrent(page));
      await waitSaved(page);

      // the session ends on the server (logged out from another device, password changed …)
      const token = await page.evaluate(() => localStorage.getItem('cchc.token'));
      expect((await api('POST', '/api/auth/logout', { token: token! })).status).toBe(204);

      await page.getByTestId('attempt-next').click();
      chosen.set(1, await answerCurrent(page));
      const dialog = page.getByTestId('session-dialog');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Phiên đăng nhập đã hết hạn');
      expect(await page.getByTestId('session-dialog-owner').textContent()).toContain(
        'Phạm Thị Lan Anh',
      );
      expect(await page.getByTestId('session-dialog-pending').textContent()).toContain(
        '1 câu trả lời đang chờ lưu',
      );
      // the save line does not claim what the server has not acknowledged
      expect(await saveLine(page)).not.toMatch(/Đã lưu/);
      expect(await page.getByTestId('attempt-autosave-pending').textContent()).toContain(
        '1 câu chưa lưu',
      );
      // the attempt's clock keeps running in the dialog
      const timer = page.getByTestId('session-dialog-timer');
      const shownFirst = await timer.textContent();
      expect(shownFirst).toMatch(/Thời gian còn lại: \d\d:\d\d/);
      await expect.poll(() => timer.textContent(), { timeout: 10_000 }).not.toBe(shownFirst);
      await noHorizontalScroll(page);
      await page.screenshot({ path: 'test-results/attempt-session-dialog-360.png' });

      // the owner's phone is filled in and the cursor waits in the password field
      expect(await page.getByTestId('session-username').inputValue()).toBe(me.phone);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('session-password');

      // someone else's login is turned away, and nothing is sent under their name
      await page.getByTestId('session-username').fill(someoneElse.phone);
      await page.getByTestId('session-password').fill(PASSWORD);
      await page.getByTestId('session-submit').click();
      await expect
        .poll(() => page.getByTestId('session-dialog-error').textContent())
        .toContain('Đỗ Văn Khải, không phải tài khoản làm bài thi này');
      const check = await login(me.phone, PASSWORD);
      const rounds = await api('GET', '/api/me/rounds', { token: check });
      const attemptId = rounds.body.find((r: { id: string }) => r.id === round.id).openAttemptId;
      const beforeLogin = await api('GET', `/api/attempts/${attemptId}`, { token: check });
      expect(Object.keys(beforeLogin.body.answers)).toHaveLength(1);

      // a wrong password gets the login page's Vietnamese message
      await page.getByTestId('session-username').fill(me.phone);
      await page.getByTestId('session-password').fill('khong-dung');
      await page.getByTestId('session-submit').click();
      await expect
        .poll(() => page.getByTestId('session-dialog-error').textContent())
        .toContain('Tên đăng nhập hoặc mật khẩu không đúng.');

      // the owner logs in again from the keyboard: the dialog goes, the waiting answer is saved
      await page.getByTestId('session-password').fill('');
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      await waitSaved(page);
      expect(page.url()).toContain(`/rounds/${round.id}/attempt`);

      // and the attempt goes on
      for (const i of [2, 3]) {
        await page.getByTestId('attempt-next').click();
        await expect
          .poll(() => page.getByTestId('attempt-question').textContent())
          .toContain(`Câu ${i + 1}/4`);
        chosen.set(i, await answerCurrent(page));
        await waitSaved(page);
      }

      // the server holds every answer, as chosen
      const held = await api('GET', `/api/attempts/${attemptId}`, { token: check });
      const heldOptions = Object.values(
        held.body.answers as Record<string, { optionIds: string[] }>,
      ).map((a) => a.optionIds[0]);
      expect(heldOptions.sort()).toEqual([...chosen.values()].sort());

      await page.getByTestId('attempt-submit').click();
      await page.getByTestId('attempt-confirm-submit').click();
      await page.getByTestId('attempt-result').waitFor();
      expect((await page.getByTestId('attempt-result-correct').textContent())!.trim()).toBe('4/4');
      await context.close();
    },
  );

  it(
    'when time runs out while the person is logged out, logging in again tells which answers counted and which did not',
    { timeout: 240_000 },
    async () => {
      const org = await freshOrganiser();
      await publishedQuestions(org.token, 3);
      const contest = await createContest(org.token, org.unitId);
      const round = await createRound(org.token, contest.id, {
        durationSec: 60, // the shortest allowed: the test waits for it to run out
        blueprint: [{ area: 'the_che', count: 3 }],
        prediction: { enabled: false, target: 'perfect_count' },
      });
      await publish(org.token, contest.id);
      const me = await participant(org.unitId, { fullName: 'Vũ Thị Hồng Nhung' });
      const check = await login(me.phone, PASSWORD);

      const context = await browser.newContext({
        viewport: { width: 360, height: 640 },
        locale: 'vi-VN',
      });
      await context.addInitScript(
        (token) => localStorage.setItem('cchc.token', token),
        await login(me.phone, PASSWORD),
      );
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/rounds/${round.id}/attempt`);
      // the start screen says how long there is; the clock starts on "Bắt đầu"
      await page.getByTestId('attempt-begin').click();
      await page.getByTestId('attempt-question').waitFor();
      await answerCurrent(page);
      await waitSaved(page);
      const rounds = await api('GET', '/api/me/rounds', { token: check });
      const attemptId = rounds.body.find((r: { id: string }) => r.id === round.id).openAttemptId;

      const token = await page.evaluate(() => localStorage.getItem('cchc.token'));
      expect((await api('POST', '/api/auth/logout', { token: token! })).status).toBe(204);
      await page.getByTestId('attempt-next').click();
      await answerCurrent(page); // question 2 waits on the phone
      await page.getByTestId('session-dialog').waitFor();

      // time runs out and the server closes the attempt with what it held
      await expect
        .poll(
          async () =>
            (await api('GET', `/api/attempts/${attemptId}`, { token: check })).body.status,
          { timeout: 150_000, interval: 2_000 },
        )
        .toBe('expired');
      await expect
        .poll(() => page.getByTestId('session-dialog').textContent())
        .toContain('Đã hết giờ làm bài');

      await page.getByTestId('session-password').fill(PASSWORD);
      await page.getByTestId('session-submit').click();
      const counted = page.getByTestId('counted-dialog');
      await counted.waitFor();
      expect(await page.getByTestId('counted-yes').textContent()).toContain('Được tính: câu 1.');
      expect(await page.getByTestId('counted-no').textContent()).toContain(
        'Không được tính (chưa kịp lưu): câu 2.',
      );
      await noHorizontalScroll(page);
      await page.screenshot({ path: 'test-results/attempt-session-counted-360.png' });
      await page.getByTestId('counted-close').click();
      await page.getByTestId('attempt-result').waitFor();

      // what the dialog said is what the server holds
      const held = await api('GET', `/api/attempts/${attemptId}`, { token: check });
      expect(Object.keys(held.body.answers)).toHaveLength(1);
      await context.close();
    },
  );
});
