import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

/** The headers a page gets from an app with these settings, asked as `headers` say. */
async function pageHeaders(
  settings: { publicUrl?: string; trustProxy: boolean },
  headers: Record<string, string> = {},
): Promise<Headers> {
  const app = express();
  app.set('trust proxy', settings.trustProxy);
  app.use(securityHeaders({ PUBLIC_URL: settings.publicUrl }));
  app.get('/', (_req, res) => res.send('<p>ok</p>'));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return (await fetch(`http://127.0.0.1:${port}/`, { headers })).headers;
  } finally {
    server.close();
  }
}

const upgrades = (h: Headers) =>
  h.get('content-security-policy')!.includes('upgrade-insecure-requests');

describe(securityHeaders.name, () => {
  it('over plain HTTP, keeps the CSP but neither upgrades requests nor sends HSTS', async () => {
    const h = await pageHeaders({ trustProxy: false });
    expect(h.get('content-security-policy')).toContain("script-src 'self'");
    expect(h.get('content-security-policy')).toContain("default-src 'self'");
    expect(upgrades(h)).toBe(false);
    expect(h.get('strict-transport-security')).toBeNull();
  });

  it('with an https:// PUBLIC_URL, upgrades and pins HTTPS on every request', async () => {
    const h = await pageHeaders({ publicUrl: 'https://thi.example.vn', trustProxy: false });
    expect(upgrades(h)).toBe(true);
    expect(h.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it("believes a trusted proxy's X-Forwarded-Proto: https, per request", async () => {
    const h = await pageHeaders({ trustProxy: true }, { 'x-forwarded-proto': 'https' });
    expect(upgrades(h)).toBe(true);
    expect(h.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(upgrades(await pageHeaders({ trustProxy: true }))).toBe(false);
  });

  it('ignores X-Forwarded-Proto from a client that is not a trusted proxy', async () => {
    const h = await pageHeaders({ trustProxy: false }, { 'x-forwarded-proto': 'https' });
    expect(upgrades(h)).toBe(false);
    expect(h.get('strict-transport-security')).toBeNull();
  });
});
