import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, randomIp, uniquePhone } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  createContest,
  createRound,
  publish,
  publishedQuestions,
  rightOptions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';
import { suiteDb } from '../support/participation.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Registers in `unitId` on the browser `deviceId` and takes the round with every answer right. */
async function entrant(unitId: string, roundId: string, fullName: string, deviceId: string) {
  const phone = uniquePhone();
  const reg = await api('POST', '/api/auth/register', {
    ip: randomIp(),
    headers: { 'x-device-id': deviceId },
    body: { fullName, phone, unitId, password: 'ThiSinh@2025', consent: true },
  });
  expect(reg.status, JSON.stringify(reg.body)).toBe(201);
  const token = reg.body.accessToken as string;
  const started = await api('POST', `/api/rounds/${roundId}/attempts`, { token });
  expect(started.status).toBe(201);
  const done = await api('POST', `/api/attempts/${started.body.id}/submit`, {
    token,
    body: { prediction: 1, answers: rightOptions(started.body) },
  });
  expect(done.status).toBe(200);
}

describe('integrity review through the UI', () => {
  it('an organiser sees two accounts of one device, excludes one after confirming, keeps the other, and filters to unreviewed groups', async () => {
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 3);
    const clean = await createContest(org.token, org.unitId);
    await createRound(org.token, clean.id);
    await publish(org.token, clean.id);
    const contest = await createContest(org.token, org.unitId);
    const round = await createRound(org.token, contest.id);
    await publish(org.token, contest.id);
    const device = `dev-${randomUUID()}`;
    await entrant(org.unitId, round.id, 'Vũ Thị Thật', device);
    await entrant(org.unitId, round.id, 'Vũ Thị Nhái', device);

    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByTestId('login-username').fill(org.email);
    await page.getByTestId('login-password').fill('ToChuc@2025');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home').waitFor();

    // the browser's API layer sent its device id with the sign-in: one keyed hash on file
    const db = await suiteDb();
    const devices = await db.query<{ device_hash: string }>(
      `SELECT d.device_hash FROM account_devices d JOIN users u ON u.id = d.user_id
        WHERE u.email = $1`,
      [org.email],
    );
    await db.end();
    expect(devices.rows).toHaveLength(1);
    expect(devices.rows[0]!.device_hash).toMatch(/^[0-9a-f]{64}$/);

    // a contest where nobody shares anything: the honest empty state
    await page.goto(`${baseUrl()}/contests/${clean.id}?tab=integrity`);
    await page.getByTestId('integrity-empty').waitFor();
    await expect(page.getByTestId('integrity-empty').textContent()).resolves.toContain(
      'Không phát hiện dấu hiệu trùng lặp',
    );

    await page.goto(`${baseUrl()}/contests/${contest.id}`);
    await page.getByRole('tab', { name: 'Rà soát gian lận' }).click();
    const group = page.getByTestId('integrity-group');
    await group.waitFor();
    await expect(group.textContent()).resolves.toContain('Đăng nhập trên cùng một thiết bị');
    await expect(group.textContent()).resolves.toContain('Chưa xem xét');

    // "Loại" asks first; cancelling changes nothing
    await page.getByRole('button', { name: 'Loại Vũ Thị Nhái' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Hủy' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await expect(group.textContent()).resolves.not.toContain('Đã loại');

    await page.getByRole('button', { name: 'Loại Vũ Thị Nhái' }).click();
    await page.getByTestId('integrity-note').locator('textarea').first().fill('Tài khoản thứ hai');
    const decided = page.waitForResponse(
      (r) => r.request().method() === 'PUT' && /integrity\/decisions$/.test(r.url()),
    );
    await page.getByRole('alertdialog').getByTestId('confirm-ok').click();
    expect((await decided).status()).toBe(200);
    const nhai = page.getByTestId('integrity-account').filter({ hasText: 'Vũ Thị Nhái' });
    await expect.poll(() => nhai.textContent()).toContain('Đã loại');
    await expect(nhai.textContent()).resolves.toContain('Trong danh sách không được dự thi');

    // only unreviewed groups: still shown, one account has no decision yet
    await page.getByTestId('integrity-only-unreviewed').locator('input').check();
    await expect(page.getByTestId('integrity-group').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Giữ Vũ Thị Thật' }).click();
    await expect
      .poll(() => page.getByTestId('contest-integrity').textContent())
      .toContain('Mọi nhóm đều đã được xem xét.');
    await expect(page.getByTestId('integrity-group').count()).resolves.toBe(0);

    // the exclusion is on the contest's list as the settings tab shows it
    const saved = await api('GET', `/api/contests/${contest.id}`, { token: org.token });
    expect(saved.body.excludedPersons).toHaveLength(1);
    expect(saved.body.excludedPersons[0]).toMatchObject({ fullName: 'Vũ Thị Nhái' });
    await context.close();
  });
});
