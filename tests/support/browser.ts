import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core';

/**
 * Debian's Chromium, headless, with the flags this sandbox needs (no network but loopback).
 * `hostAliases` name 127.0.0.1 with other host names, as a LAN's DNS would (thi.phuong.local).
 */
export function launchBrowser(opts: { hostAliases?: string[] } = {}): Promise<Browser> {
  const aliases = (opts.hostAliases ?? []).map((host) => `MAP ${host} 127.0.0.1`);
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...(aliases.length ? [`--host-resolver-rules=${aliases.join(',')}`] : []),
    ],
  });
}

/**
 * A Vietnamese browser context (options such as the viewport on top), signed in as the holder of
 * `token` before any of its pages runs; `null` leaves it signed out.
 */
export async function vietnameseContext(
  browser: Browser,
  token: string | null,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'vi-VN', ...options });
  if (token) await context.addInitScript((t) => localStorage.setItem('cchc.token', t), token);
  return context;
}
