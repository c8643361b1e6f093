import { mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, uniqueCitizenId, uniquePhone } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { createContest, createRound, publish, publishedQuestions } from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';
import { suiteDb } from '../support/participation.js';

/**
 * Issue 14, Must show 4: a person with only a login slip signs in for the first time at 360×640
 * and reaches the open round. The slip is made through the staff-list page (the "create accounts"
 * button, its confirmation, its progress and both downloads), and the person's username and code
 * are read back from the .xlsx the server made.
 */
let browser: Browser;
let org: { unitId: string; token: string };
let round: { id: string };
const people: { name: string; phone: string }[] = [];
let slip: { username: string; code: string; name: string } | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
  // an organiser's unit with an open round of a published contest, and 12 people on its list
  org = await freshOrganiser();
  await publishedQuestions(org.token, 5, { area: 'the_che' });
  const contest = await createContest(org.token, org.unitId);
  round = await createRound(org.token, contest.id, {
    durationSec: 600,
    blueprint: [{ area: 'the_che', count: 3 }],
  });
  await publish(org.token, contest.id);
  const db = await suiteDb();
  try {
    for (let i = 0; i < 12; i++) {
      const name = `Hoàng Thị Phiếu ${String.fromCharCode(65 + i)}`;
      const phone = uniquePhone();
      people.push({ name, phone });
      await db.query(
        `INSERT INTO roster_entries (unit_id, full_name, name_folded, citizen_id, phone, valid_from)
         VALUES ($1, $2, lower($2), $3, $4, now())`,
        [org.unitId, name, uniqueCitizenId(), phone],
      );
    }
  } finally {
    await db.end();
  }
});
afterAll(async () => {
  await browser?.close();
});

async function noHorizontalScroll(page: Page, where: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, where).toBeLessThanOrEqual(360);
}

describe('from the staff list to the open round', () => {
  it(
    'the organiser creates the accounts on the staff-list page: confirmation with the count, progress, result, both slip files downloaded',
    { timeout: 90_000 },
    async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'vi-VN',
        acceptDownloads: true,
      });
      await context.addInitScript((t) => localStorage.setItem('cchc.token', t), org.token);
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/admin/units/${org.unitId}/roster`);
      await expect.poll(() => page.getByTestId('roster-row').count()).toBe(12);

      await page.getByTestId('roster-accounts').click();
      const dialog = page.getByTestId('roster-accounts-dialog');
      await expect
        .poll(() => dialog.getByTestId('roster-accounts-count').textContent())
        .toBe('12 người chưa có tài khoản');
      const confirmText = (await dialog.textContent()) ?? '';
      expect(confirmText).toContain('có hiệu lực 14 ngày');
      expect(confirmText).toContain('tải được trong 60 phút');

      // The server answers the POST within a blink for 12 people: its answer is held back until
      // the page has read a progress from the server and shown it, so the progress is seen.
      const progressSeen: { phase: string; done: number; total: number }[] = [];
      let progressUrl = '';
      let sawProgress!: () => void;
      const seen = new Promise<void>((r) => (sawProgress = r));
      page.on('response', (res) => {
        if (!res.url().includes('/api/roster/accounts-progress/') || res.status() !== 200) return;
        progressUrl = new URL(res.url()).pathname;
        void res.json().then((p: { phase: string; done: number; total: number }) => {
          progressSeen.push(p);
          sawProgress();
        });
      });
      await page.route('**/api/units/*/roster/accounts', async (route) => {
        const response = await route.fetch();
        await seen;
        await expect
          .poll(() => dialog.getByTestId('roster-accounts-progress').textContent())
          .toMatch(/Đã tạo \d+\/12 tài khoản…|Đang in phiếu…/);
        await route.fulfill({ response });
      });
      await dialog.getByTestId('roster-accounts-confirm').click();
      const result = dialog.getByTestId('roster-accounts-result');
      await result.waitFor();
      expect(progressSeen.length).toBeGreaterThan(0);
      for (const p of progressSeen) expect(p.total).toBe(12);
      // the call's progress, read by its maker after the end
      const final = await api('GET', progressUrl, { token: org.token });
      expect(final.body).toEqual({ phase: 'done', done: 12, total: 12 });
      expect(await result.textContent()).toContain('Đã tạo 12 tài khoản, bỏ qua 0 đã có.');
      expect(await result.textContent()).toContain('giữ trong 60 phút');
      await page.screenshot({ path: 'test-results/roster-accounts-result.png' });

      const files: Record<string, Buffer> = {};
      for (const [format, type] of [
        ['pdf', 'application/pdf'],
        ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ] as const) {
        const answer = page.waitForResponse((r) => /\/api\/roster\/slips\/[^/]+$/.test(r.url()));
        const download = page.waitForEvent('download');
        await dialog.getByTestId(`roster-accounts-${format}`).click();
        const res = await answer;
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toContain(type);
        const file = await download;
        expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
        files[format] = readFileSync((await file.path())!);
      }
      expect(files.pdf!.subarray(0, 5).toString()).toBe('%PDF-');

      // the person's username and code, from the .xlsx the server made
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(files.xlsx as unknown as ArrayBuffer);
      const rows: string[][] = [];
      wb.worksheets[0]!.eachRow((row, i) => {
        if (i > 1) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
      });
      expect(rows).toHaveLength(12);
      const me = people[0]!;
      const mine = rows.find((r) => r[2] === me.phone);
      expect(mine, JSON.stringify(rows[0])).toBeDefined();
      slip = { username: mine![2]!, code: mine![3]!, name: me.name };

      // closed: the list behind follows, every entry has its account now
      await dialog.getByRole('button', { name: 'Đóng' }).click();
      await expect.poll(() => page.getByTestId('roster-unlink').count()).toBe(12);
      expect(await page.getByTestId('roster-link').count()).toBe(0);
      await context.close();
    },
  );

  it(
    'at 360×640, trying to register instead, the person is told to use the slip’s code and led to it',
    { timeout: 60_000 },
    async () => {
      expect(slip).not.toBeNull();
      const { username, name } = slip!;
      const context = await browser.newContext({
        viewport: { width: 360, height: 640 },
        locale: 'vi-VN',
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/register`);
      await page.getByTestId('register-fullName').fill(name);
      await page.getByTestId('register-phone').fill(username);
      await page.getByTestId('register-unit').click();
      await page.getByTestId('register-unit').pressSequentially('truong quang trong');
      const option = page.getByRole('option', { name: /Phường Trương Quang Trọng/ }).first();
      await option.waitFor();
      await option.click();
      await page.getByTestId('register-password').fill('MatKhau@2025');
      await page.getByTestId('register-password2').fill('MatKhau@2025');
      await page.getByTestId('register-consent').check();
      await page.getByTestId('register-submit').click();
      const alert = page.getByTestId('register-error');
      await expect
        .poll(() => alert.textContent())
        .toContain('Số điện thoại này đã có tài khoản do đơn vị tạo sẵn');
      await noHorizontalScroll(page, 'register hint');
      // the message reads in lines across the card, not a word a line beside its button
      expect((await alert.boundingBox())!.height).toBeLessThan(320);
      await page.screenshot({ path: 'test-results/slip-register-hint-360.png', fullPage: true });
      await page.getByTestId('register-use-code').click();
      await page.waitForURL(/\/activate\?/);
      expect(new URL(page.url()).searchParams.get('u')).toBe(username);
      await expect.poll(() => page.getByTestId('activate-username').inputValue()).toBe(username);
      await context.close();
    },
  );

  it(
    'at 360×640 the person opens the slip’s address, types the code, sets a password, sees the open round and starts it',
    { timeout: 90_000 },
    async () => {
      expect(slip).not.toBeNull();
      const { username, code, name } = slip!;
      const context = await browser.newContext({
        viewport: { width: 360, height: 640 },
        locale: 'vi-VN',
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      // the address the slip's QR code holds
      await page.goto(`${baseUrl()}/activate?u=${encodeURIComponent(username)}`);
      await expect.poll(() => page.getByTestId('activate-username').inputValue()).toBe(username);
      await noHorizontalScroll(page, 'activate');
      await page.getByTestId('activate-code').fill(code);
      await page.getByTestId('activate-password').fill('PhieuVaoThi@2026');
      await page.getByTestId('activate-submit').click();

      const home = page.getByTestId('home');
      await home.waitFor();
      expect(await home.textContent()).toContain(name);
      const card = page.getByTestId(`home-round-${round.id}`);
      await card.waitFor();
      await noHorizontalScroll(page, 'home');
      await page.screenshot({ path: 'test-results/slip-home-360.png', fullPage: true });

      await page.getByTestId(`home-start-${round.id}`).click();
      await page.waitForURL(new RegExp(`/rounds/${round.id}/attempt$`));
      await page.getByTestId('round-start-time').waitFor();
      await noHorizontalScroll(page, 'round start');
      await page.getByTestId('attempt-begin').click();
      await page.getByTestId('attempt-question').waitFor();
      expect((await page.getByTestId('attempt-question-stem').textContent())!.trim()).not.toBe('');
      await noHorizontalScroll(page, 'attempt');
      await page.screenshot({ path: 'test-results/slip-attempt-360.png', fullPage: true });
      await context.close();

      // the password just set signs the person in again
      const again = await api('POST', '/api/auth/login', {
        body: { username, password: 'PhieuVaoThi@2026' },
      });
      expect(again.status).toBe(200);
    },
  );
});
