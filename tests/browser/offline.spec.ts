import type { Browser, BrowserContext, Page } from 'playwright-core';
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

/** Every URL held in the page's CacheStorage (the service worker's caches), by cache name. */
function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => r.url);
    }
    return out;
  });
}

/** Waits until the service worker has installed and controls the page. */
async function waitControlled(page: Page) {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null), {
      timeout: 20_000,
    })
    .toBe(`${baseUrl()}/sw.js`);
}

async function phone(token: string): Promise<BrowserContext> {
  return vietnameseContext(browser, token, { viewport: { width: 360, height: 640 } });
}

describe('the installable app (manifest and service worker)', () => {
  it('serves sw.js and the manifest with no-cache, the hashed files with their long cache', async () => {
    const sw = await fetch(`${baseUrl()}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    const swText = await sw.text();

    const manifest = await fetch(`${baseUrl()}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    const body = (await manifest.json()) as {
      name: string;
      lang: string;
      theme_color: string;
      icons: { sizes: string; purpose: string; src: string }[];
    };
    expect(body.name).toBe('Hội thi CCHC');
    expect(body.lang).toBe('vi');
    expect(body.theme_color).toBe('#0b4a8f');
    expect(body.icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of body.icons) {
      const res = await fetch(`${baseUrl()}${icon.src}`);
      expect(res.status, icon.src).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
    }

    const html = await (await fetch(`${baseUrl()}/`)).text();
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    const entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    // The worker precaches the entry script it names.
    expect(swText).toContain(entry!.slice(1));
    const asset = await fetch(`${baseUrl()}${entry}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it(
    'installs and controls the page, keeps no /api response in a cache, and shows the Vietnamese offline page when a reload during an attempt finds no network',
    { timeout: 120_000 },
    async () => {
      const org = await freshOrganiser();
      await publishedQuestions(org.token, 3, { area: 'the_che' });
      const contest = await createContest(org.token, org.unitId);
      const round = await createRound(org.token, contest.id, {
        durationSec: 600,
        blueprint: [{ area: 'the_che', count: 3 }],
      });
      await publish(org.token, contest.id);
      const me = await participant(org.unitId);

      const context = await phone(me.token);
      const page = await context.newPage();
      const apiResponses: { url: string; fromWorker: boolean }[] = [];
      page.on('response', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.startsWith('/api/') || path.startsWith('/socket.io/'))
          apiResponses.push({ url: r.url(), fromWorker: r.fromServiceWorker() });
      });

      await page.goto(`${baseUrl()}/rounds`);
      await page.getByTestId('rounds-open-list').waitFor();
      await waitControlled(page);

      // The app used under the worker: a page change, then the attempt, which reads and saves
      // through /api.
      await page.goto(`${baseUrl()}/rounds`);
      await page.getByTestId(`round-start-${round.id}`).click();
      await page.waitForURL(new RegExp(`/rounds/${round.id}/attempt`));
      await page.getByTestId('attempt-begin').click();
      await page.getByTestId('attempt-question').waitFor();
      const option = page
        .getByTestId('attempt-question')
        .locator('[data-testid^="attempt-option-"]')
        .first();
      await option.click();
      await expect
        .poll(() => page.getByTestId('attempt-autosave').textContent(), { timeout: 10_000 })
        .toMatch(/^Đã lưu lúc \d{2}:\d{2}:\d{2}$/);
      const attemptUrl = page.url();

      // The hashed files the pages used are cached; no /api or socket.io answer is, and none was
      // answered by the worker.
      const cached = await cachedUrls(page);
      const all = Object.values(cached).flat();
      expect(all.some((url) => /\/assets\/index-[^/]+\.js/.test(url))).toBe(true);
      expect(
        all.some((url) => url.endsWith('/offline.html') || url.includes('/offline.html?')),
      ).toBe(true);
      expect(all.filter((url) => /\/(api|socket\.io)\//.test(new URL(url).pathname))).toEqual([]);
      expect(apiResponses.length).toBeGreaterThan(0);
      expect(apiResponses.filter((r) => r.fromWorker)).toEqual([]);

      // The connection drops and the person reloads: the offline page, in Vietnamese, at the
      // same address, instead of the browser's error page.
      await context.setOffline(true);
      await page.reload();
      const offline = page.getByTestId('offline-page');
      await offline.waitFor();
      expect(page.url()).toBe(attemptUrl);
      const text = (await offline.textContent()) ?? '';
      expect(text).toContain('Mất kết nối mạng');
      expect(text).toContain('Các câu trả lời đã được máy chủ ghi nhận vẫn được lưu an toàn');
      expect(text).toContain('Connection lost');
      expect(await page.getByTestId('offline-retry').textContent()).toBe('Thử lại');

      // Back online, "Thử lại" brings the attempt back with the saved answer.
      await context.setOffline(false);
      await page.getByTestId('offline-retry').click();
      await page.getByTestId('attempt-question').waitFor();
      expect(page.url()).toBe(attemptUrl);
      await expect
        .poll(() => page.getByTestId('attempt-nav-0').getAttribute('data-answered'))
        .toBe('true');
      await context.close();
    },
  );
});
