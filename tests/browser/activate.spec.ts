import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, login, randomIp, uniqueCitizenId, uniquePhone } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { suiteDb } from '../support/participation.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('first sign-in with a code through the UI', () => {
  it('at 360×640: a person with only a code sets a password (a common one is refused on the field) and reaches the home page', async () => {
    // an account as a staff list makes it, in phường Mộ Lao, with no password yet
    const db = await suiteDb();
    const phone = uniquePhone();
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO users (full_name, role, unit_id, phone, citizen_id, password_hash)
       SELECT 'Đinh Thị Phiếu', 'participant', id, $1, $2, NULL FROM units WHERE code = 'HNI.MLA.TDP'
       RETURNING id`,
      [phone, uniqueCitizenId()],
    );
    await db.end();
    const reporter = await login('baocao.molao@demo.local');
    const issued = await api('POST', `/api/users/${rows[0]!.id}/one-time-code`, {
      token: reporter,
      ip: randomIp(),
    });
    expect(issued.status).toBe(201);
    const code = issued.body.code as string;

    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByTestId('login-activate-link').click();
    await page.waitForURL(/\/activate/);
    await page.getByTestId('activate-username').fill(phone);
    await page.getByTestId('activate-code').fill(code.toLowerCase());
    await page.getByTestId('activate-password').fill('password1');
    await page.getByTestId('activate-submit').click();
    await expect
      .poll(() => page.locator('.v-messages__message').allTextContents())
      .toContainEqual(expect.stringContaining('quá phổ biến'));

    await page.getByTestId('activate-password').fill('PhieuDangNhap@2026');
    await page.getByTestId('activate-submit').click();
    const home = page.getByTestId('home');
    await home.waitFor();
    await expect(home.textContent()).resolves.toContain('Đinh Thị Phiếu');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await context.close();

    // signs in again with the password just set
    const again = await api('POST', '/api/auth/login', {
      ip: randomIp(),
      body: { username: phone, password: 'PhieuDangNhap@2026' },
    });
    expect(again.status).toBe(200);
  });

  it('opened from a login slip’s QR code (/activate?u=…), the username is already filled in', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/activate?u=${encodeURIComponent('0912 345 678')}`);
    await expect
      .poll(() => page.getByTestId('activate-username').inputValue())
      .toBe('0912 345 678');
    expect(await page.getByTestId('activate-code').inputValue()).toBe('');
    await context.close();
  });
});
