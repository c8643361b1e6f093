import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adminToken, baseUrl } from '../support/api.js';
import { startServer } from '../support/server-process.js';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent, still encoded. */
  body: Buffer;
}

/** A GET whose Host and Accept-Encoding are the test's own (fetch sets and decodes both). */
function get(base: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(res: RawResponse): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body).toString();
  if (encoding === 'gzip') return gunzipSync(res.body).toString();
  return res.body.toString();
}

/** The hashed scripts and styles index.html loads first. */
async function firstAssets(base: string): Promise<string[]> {
  const html = decoded(await get(base, '/login'));
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

describe('security headers that fit the deployment', () => {
  it('over plain HTTP on a LAN host name, the page neither upgrades requests nor pins HTTPS', async () => {
    const res = await get(baseUrl(), '/', { host: 'thi.phuong.local' });
    expect(res.status).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('with PUBLIC_URL=https://…, every page asks for HTTPS and pins it', async () => {
    const server = await startServer({ env: { PUBLIC_URL: 'https://thi.example.vn' } });
    try {
      for (const path of ['/', '/login', '/api/health']) {
        const res = await get(server.baseUrl, path, { host: 'thi.example.vn' });
        expect(res.headers['content-security-policy'], path).toContain('upgrade-insecure-requests');
        expect(res.headers['strict-transport-security'], path).toMatch(/max-age=\d{6,}/);
      }
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
  });
});

describe('compression and caching', () => {
  it('sends the hashed scripts and styles precompressed, cached for a year', async () => {
    const assets = await firstAssets(baseUrl());
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const plain = await get(baseUrl(), asset);
      const br = await get(baseUrl(), asset, { 'accept-encoding': 'gzip, deflate, br' });
      const gz = await get(baseUrl(), asset, { 'accept-encoding': 'gzip' });
      expect(br.status, asset).toBe(200);
      expect(plain.headers['content-encoding'], asset).toBeUndefined();
      expect(br.headers['content-type']?.toLowerCase(), asset).toBe(
        plain.headers['content-type']?.toLowerCase(),
      );
      expect(br.headers['cache-control'], asset).toBe('public, max-age=31536000, immutable');
      expect(br.headers.vary, asset).toMatch(/accept-encoding/i);
      if (plain.body.length < 1024) continue; // too small to be worth a compressed copy
      expect(br.headers['content-encoding'], asset).toBe('br');
      expect(gz.headers['content-encoding'], asset).toBe('gzip');
      expect(decoded(br), asset).toBe(plain.body.toString());
      expect(decoded(gz), asset).toBe(plain.body.toString());
      expect(br.body.length, asset).toBeLessThan(plain.body.length / 2);
    }
  });

  it('asks again for index.html on every visit, and compresses it', async () => {
    for (const path of ['/', '/login', '/index.html']) {
      const res = await get(baseUrl(), path, { 'accept-encoding': 'br' });
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(res.headers['content-encoding'], path).toBe('br');
      expect(decoded(res), path).toContain('<div id="app">');
    }
  });

  it('compresses API answers and the pages the server writes, and keeps API answers out of caches', async () => {
    const units = await get(baseUrl(), '/api/units/public', { 'accept-encoding': 'gzip' });
    expect(units.status).toBe(200);
    expect(units.headers['content-encoding']).toBe('gzip');
    expect(units.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(decoded(units)).length).toBeGreaterThan(10);

    const page = await get(baseUrl(), '/cuoc-thi/khong-co-cuoc-thi-nay', {
      'accept-encoding': 'br',
    });
    expect(page.status).toBe(404);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-encoding']).toBe('br');
    expect(decoded(page)).toContain('<div id="app">');
  });

  it('sends a CSV download as it is written, not held back in a compressor', async () => {
    const res = await get(baseUrl(), '/api/reports/participation.csv', {
      authorization: `Bearer ${await adminToken()}`,
      'accept-encoding': 'gzip, br',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment/);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.length).toBeGreaterThan(1024);
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('answers a hashed file a newer build removed with 404, not with the app page', async () => {
    const res = await get(baseUrl(), '/assets/index-DaXoaTuLauRoi.js');
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('<div id="app">');
  });

  it('keeps non-hashed public files for an hour only', async () => {
    const res = await get(baseUrl(), '/favicon.svg', { 'accept-encoding': 'br' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.headers['content-type']).toMatch(/image\/svg\+xml/);
  });
});
