import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, uniqueCitizenId, uniquePhone } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('registration and login through the UI', () => {
  it('registers on a phone-sized screen, logs out, logs in and sees the Vietnamese home page', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    const phone = uniquePhone();
    await page.goto(`${baseUrl()}/register`);

    await page.getByTestId('register-fullName').fill('Huỳnh Thị Mỹ Duyên');
    await page.getByTestId('register-phone').fill(phone);
    await page.getByTestId('register-email').fill(`duyen.${phone}@example.vn`);
    await page.getByTestId('register-citizenId').fill(uniqueCitizenId());
    // Unaccented typing finds the accented unit name.
    await page.getByTestId('register-unit').click();
    await page.getByTestId('register-unit').pressSequentially('truong quang trong');
    const option = page.getByRole('option', { name: /Phường Trương Quang Trọng/ }).first();
    await option.waitFor();
    await option.click();
    await page.getByTestId('register-password').fill('MatKhau@2025');
    await page.getByTestId('register-password2').fill('MatKhau@2025');
    await page.getByTestId('register-consent').check();
    await page.getByTestId('register-submit').click();

    const home = page.getByTestId('home');
    await home.waitFor();
    await expect(home.textContent()).resolves.toContain('Huỳnh Thị Mỹ Duyên');
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);

    await page.getByTestId('login-username').fill(phone);
    await page.getByTestId('login-password').fill('MatKhau@2025');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home').waitFor();
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading).toContain('Hội thi trực tuyến tìm hiểu về cải cách hành chính');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await expect(page.getByTestId('home').textContent()).resolves.toContain('Xin chào');
    await page.screenshot({ path: 'test-results/home-360.png', fullPage: true });
    await context.close();
  });

  it('a login page that finishes loading while the password is being typed leaves the cursor in the password field', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    // Hold every "the field is on screen" notice until the test lets it through: this is a page
    // that settles late, as on a slow phone, after the person has started typing.
    await context.addInitScript(() => {
      const Native = window.IntersectionObserver;
      const held: (() => void)[] = [];
      Object.assign(window, { releaseIntersections: () => held.splice(0).forEach((f) => f()) });
      window.IntersectionObserver = class extends Native {
        constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
          super((entries, observer) => held.push(() => callback(entries, observer)), options);
        }
      };
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByTestId('login-username').fill('thisinh03@demo.local');
    await page.getByTestId('login-password').click();
    await page.keyboard.type('Demo@');
    await page.evaluate(() =>
      (window as unknown as { releaseIntersections(): void }).releaseIntersections(),
    );
    // autofocus waits 50 ms after the notice: a longer timer started now always fires after it
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    await page.keyboard.type('2025');
    expect(await page.getByTestId('login-password').inputValue()).toBe('Demo@2025');
    expect(await page.getByTestId('login-username').inputValue()).toBe('thisinh03@demo.local');
    await page.getByTestId('login-password').press('Enter');
    await page.getByTestId('home').waitFor();
    await context.close();
  });

  it('shows a wrong password as a Vietnamese error without leaving the login page', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByTestId('login-username').fill('thisinh02@demo.local');
    await page.getByTestId('login-password').fill('khong-dung');
    await page.getByTestId('login-submit').click();
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    expect(page.url()).toContain('/login');
    await page.close();
  });

  it('answers a phone already registered without saying which detail clashed, and offers the login page', async () => {
    const units = await api('GET', '/api/units/public');
    const unit = units.body.find((u: { name: string }) => u.name === 'Phường Mộ Lao');
    const phone = uniquePhone();
    const first = await api('POST', '/api/auth/register', {
      body: {
        fullName: 'Lý Thị Hoa',
        phone,
        unitId: unit.id,
        password: 'MatKhau@2025',
        consent: true,
      },
    });
    expect(first.status).toBe(201);
    const page = await browser.newPage({ locale: 'vi-VN' });
    await page.goto(`${baseUrl()}/register`);
    await page.getByTestId('register-fullName').fill('Lý Thị Hoa');
    await page.getByTestId('register-phone').fill(phone);
    await page.getByTestId('register-unit').click();
    await page.getByTestId('register-unit').pressSequentially('mo lao');
    const option = page.getByRole('option', { name: /Phường Mộ Lao/ }).first();
    await option.waitFor();
    await option.click();
    await page.getByTestId('register-password').fill('MatKhau@2025');
    await page.getByTestId('register-password2').fill('MatKhau@2025');
    await page.getByTestId('register-consent').check();
    await page.getByTestId('register-submit').click();

    const error = page.getByTestId('register-error');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('trùng với một tài khoản đã có');
    expect(text).not.toMatch(/số điện thoại này|CCCD này/i);
    await page.getByTestId('register-already-login').click();
    await page.waitForURL(/\/login/);
    await page.close();
  });
});
