import { chromium, type Browser } from 'playwright-core';

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
