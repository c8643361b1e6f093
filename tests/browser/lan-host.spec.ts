import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';

// An office LAN's name for the server, reached over plain HTTP as a province's staff would.
const HOST = 'thi.phuong.local';
const LOGIN_PAGE_BUDGET_BYTES = 300 * 1024;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ hostAliases: [HOST] });
});
afterAll(async () => {
  await browser?.close();
});

const lanUrl = (path: string) => `http://${HOST}:${new URL(baseUrl()).port}${path}`;

describe('the app over plain HTTP on a LAN host name', () => {
  it('loads the login page within its transfer budget and logs in', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    // Bytes on the wire (headers and compressed bodies) of every request the page makes.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const requests = new Map<string, string>();
    const transferred = new Map<string, number>();
    const failed: string[] = [];
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => transferred.set(e.requestId, e.encodedDataLength));
    cdp.on('Network.loadingFailed', (e) =>
      failed.push(`${requests.get(e.requestId)} ${e.errorText}`),
    );

    await page.goto(lanUrl('/login'), { waitUntil: 'networkidle' });
    await page.getByTestId('login-username').waitFor();
    const total = [...transferred.values()].reduce((a, b) => a + b, 0);
    const largest = [...transferred]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(
        ([id, bytes]) => `${(bytes / 1024).toFixed(1)} KB ${requests.get(id)?.split('/').pop()}`,
      );
    console.log(
      `login page first load over ${HOST}: ${transferred.size} requests, ` +
        `${(total / 1024).toFixed(1)} KB on the wire; largest: ${largest.join(', ')}`,
    );
    expect(failed).toEqual([]);
    // Every request stayed on the plain-HTTP origin: nothing was upgraded to https://.
    expect([...requests.values()].filter((url) => !url.startsWith(`http://${HOST}:`))).toEqual([]);
    expect(total).toBeLessThanOrEqual(LOGIN_PAGE_BUDGET_BYTES);

    await page.getByTestId('login-username').fill('thisinh04@demo.local');
    await page.getByTestId('login-password').fill('Demo@2025');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home').waitFor();
    expect(page.url()).toBe(lanUrl('/'));
    await context.close();
  });
});
