import { randomBytes } from 'node:crypto';
import jsqr from 'jsqr';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, uniquePhone } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';

// Waits for what the page shows after a request; generous for a busy machine.
const POLL = { timeout: 15_000 };
// Flows of several pages (login, the contest page, a dialog).
const LONG = 120_000;

// a CommonJS package: under Node's module rules its function is the `default` export's default
const jsQR = jsqr.default;

let browser: Browser;
let org: { unitId: string; token: string; email: string };
let contest: { id: string; slug: string; shortCode: string; title: string };
let roundId: string;
let unitName: string;

beforeAll(async () => {
  browser = await launchBrowser();
  org = await freshOrganiser();
  const tag = randomBytes(3).toString('hex');
  await publishedQuestions(org.token, 3);
  contest = await createContest(org.token, org.unitId, {
    title: `Hội thi tìm hiểu cải cách hành chính phường ${tag}`,
    legalBasis: 'Kế hoạch số 45/KH-UBND ngày 03/3/2025',
  });
  roundId = (await createRound(org.token, contest.id)).id;
  await publish(org.token, contest.id);
  const units = await api('GET', '/api/units/public');
  unitName = units.body.find((u: { id: string }) => u.id === org.unitId).name;
});
afterAll(async () => {
  await browser?.close();
});

/** A phone: 360 px wide, Vietnamese, signed out. */
function phone(): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
}

/** What a phone camera would read from the QR code on the screen. */
async function scanQr(image: Locator): Promise<string | null> {
  const size = 300;
  const pixels = await image.evaluate((el: HTMLImageElement, side: number) => {
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d')!;
    context.drawImage(el, 0, 0, side, side);
    return Array.from(context.getImageData(0, 0, side, side).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
}

async function noSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

describe('public contest page through the UI', () => {
  it(
    'a visitor on a phone opens the short link without signing in: the page, the open round, the QR, the Open Graph tags',
    async () => {
      const context = await phone();
      const page = await context.newPage();
      // what a poster's short link or a Zalo message leads to
      await page.goto(`${baseUrl()}/c/${contest.shortCode}`);
      await page.waitForURL(`${baseUrl()}/cuoc-thi/${contest.slug}`);

      const title = page.getByTestId('public-contest-title');
      await title.waitFor();
      expect(await title.textContent()).toContain(contest.title);
      expect(await page.getByTestId('public-contest-organizer').textContent()).toContain(unitName);
      expect(await page.getByTestId('public-contest-legal-basis').textContent()).toContain(
        'Kế hoạch số 45/KH-UBND ngày 03/3/2025',
      );
      const open = page.getByTestId(`public-contest-open-${roundId}`);
      expect(await open.textContent()).toContain('Đang mở: Tuần thi thứ nhất');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await expect.poll(() => page.title(), POLL).toBe(`${contest.title} · Hội thi CCHC`);

      // the QR code is described for screen readers and leads a camera to this very page
      const qr = page.getByTestId('qr-code');
      await qr.waitFor();
      expect(await qr.getAttribute('alt')).toBe(`Mã QR mở trang cuộc thi “${contest.title}”`);
      expect(await scanQr(qr)).toBe(`${baseUrl()}/cuoc-thi/${contest.slug}`);
      expect(await page.getByTestId('share-short-url').inputValue()).toBe(
        `${baseUrl()}/c/${contest.shortCode}`,
      );

      // the head a crawler reads came with the page
      const og = (property: string) =>
        page.locator(`meta[property="${property}"]`).getAttribute('content');
      expect(await og('og:title')).toBe(contest.title);
      expect(await og('og:url')).toBe(`${baseUrl()}/cuoc-thi/${contest.slug}`);
      expect(await og('og:image')).toBe(`${baseUrl()}/og-image.png`);

      await noSidewaysScroll(page);
      await page.screenshot({ path: 'test-results/public-contest-360.png', fullPage: true });
      await context.close();
    },
    LONG,
  );

  it(
    '"Vào thi" takes a visitor through login and straight on to the round',
    async () => {
      const person = await participant(org.unitId);
      const context = await phone();
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/cuoc-thi/${contest.slug}`);
      await page.getByTestId('public-contest-enter').click();
      await page.waitForURL(/\/login\?redirect=/);
      expect(new URL(page.url()).searchParams.get('redirect')).toBe(`/rounds/${roundId}/attempt`);
      // the way to registration keeps the way back too
      const register = new URL(
        (await page.getByTestId('login-register-link').getAttribute('href'))!,
        baseUrl(),
      );
      expect(register.pathname).toBe('/register');
      expect(register.searchParams.get('redirect')).toBe(`/rounds/${roundId}/attempt`);
      await page.getByTestId('login-username').fill(person.phone);
      await page.getByTestId('login-password').fill('ThiSinh@2025');
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`${baseUrl()}/rounds/${roundId}/attempt`);

      // signed in, the same button goes there directly
      await page.goto(`${baseUrl()}/cuoc-thi/${contest.slug}`);
      await page.getByTestId('public-contest-enter').click();
      await page.waitForURL(`${baseUrl()}/rounds/${roundId}/attempt`);
      await context.close();
    },
    LONG,
  );

  it(
    'a visitor without an account registers from the page and lands on the round',
    async () => {
      const context = await phone();
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/cuoc-thi/${contest.slug}`);
      await page.getByTestId('public-contest-register').click();
      await page.waitForURL(/\/register\?redirect=/);
      await page.getByTestId('register-fullName').fill('Lê Thị Thu Hà');
      await page.getByTestId('register-phone').fill(uniquePhone());
      await page.getByTestId('register-unit').click();
      // the unit's code, as a person would type part of the name
      const code = unitName.split(' ').at(-1)!;
      await page.getByTestId('register-unit').pressSequentially(code.toLowerCase());
      const option = page.getByRole('option', { name: new RegExp(code) }).first();
      await option.waitFor();
      await option.click();
      await page.getByTestId('register-password').fill('MatKhau@2025');
      await page.getByTestId('register-password2').fill('MatKhau@2025');
      await page.getByTestId('register-consent').check();
      await page.getByTestId('register-submit').click();
      await page.waitForURL(`${baseUrl()}/rounds/${roundId}/attempt`);
      await context.close();
    },
    LONG,
  );

  it(
    'an address that leads nowhere says so',
    async () => {
      const context = await phone();
      const page = await context.newPage();
      const res = await page.goto(`${baseUrl()}/cuoc-thi/khong-co-cuoc-thi-nay`);
      expect(res?.status()).toBe(404);
      const missing = page.getByTestId('public-contest-not-found');
      await missing.waitFor();
      expect(await missing.textContent()).toContain('Không tìm thấy cuộc thi');
      await context.close();
    },
    LONG,
  );

  it(
    'the organiser copies the link, gets the QR code and changes the address',
    async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'vi-VN',
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/login`);
      await page.getByTestId('login-username').fill(org.email);
      await page.getByTestId('login-password').fill('ToChuc@2025');
      await page.getByTestId('login-submit').click();
      await page.getByTestId('home').waitFor();
      await page.goto(`${baseUrl()}/contests/${contest.id}`);

      const panel = page.getByTestId('contest-share');
      const publicUrl = `${baseUrl()}/cuoc-thi/${contest.slug}`;
      const field = panel.getByTestId('share-public-url');
      await expect.poll(() => field.inputValue(), POLL).toBe(publicUrl);
      const qr = panel.getByTestId('qr-code');
      await qr.waitFor();
      expect(await scanQr(qr)).toBe(publicUrl);
      expect(await panel.getByTestId('qr-download-png').getAttribute('download')).toBe(
        `ma-qr-${contest.slug}.png`,
      );
      expect(await panel.getByTestId('qr-download-svg').getAttribute('download')).toBe(
        `ma-qr-${contest.slug}.svg`,
      );

      await panel.getByTestId('share-public-copy').click();
      await page.getByText('Đã sao chép đường dẫn.').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(publicUrl);

      // a shorter address; the one already shared keeps working
      await panel.getByTestId('contest-share-edit-slug').click();
      const input = page.getByTestId('contest-slug-input');
      await input.fill('Đổi đường dẫn');
      await page.getByTestId('contest-slug-save').click();
      await page
        .getByText('Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (3–80 ký tự).')
        .waitFor();
      const next = `cchc-${contest.shortCode}`;
      await input.fill(next);
      await page.getByTestId('contest-slug-save').click();
      await page.getByText('Đã đổi đường dẫn. Đường dẫn cũ vẫn dùng được.').waitFor();
      await expect.poll(() => field.inputValue(), POLL).toBe(`${baseUrl()}/cuoc-thi/${next}`);
      expect(await panel.getByTestId('contest-share-previous').textContent()).toContain(
        contest.slug,
      );
      await expect.poll(() => scanQr(qr), POLL).toBe(`${baseUrl()}/cuoc-thi/${next}`);

      // the old link opens the page under its new address
      const visitor = await context.browser()!.newPage();
      await visitor.goto(publicUrl);
      await visitor.waitForURL(`${baseUrl()}/cuoc-thi/${next}`);
      await visitor.getByTestId('public-contest-title').waitFor();
      await visitor.close();

      // back to the original for the other tests of this file
      const back = await api('PATCH', `/api/contests/${contest.id}`, {
        token: org.token,
        body: { slug: contest.slug },
      });
      expect(back.status).toBe(200);
      await context.close();
    },
    LONG,
  );
});
