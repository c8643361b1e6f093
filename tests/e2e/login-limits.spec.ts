import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomIp, uniqueCitizenId, uniquePhone } from '../support/api.js';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';

// Two processes on one database and one Redis (127.0.0.1:6379, as external-services.spec.ts),
// reached directly: TRUST_PROXY=0, so the client's own X-Forwarded-For must count for nothing.
// Clients are told apart by their source address, 127.0.0.x (every loopback alias works on Linux).
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let a: RunningServer;
let b: RunningServer;
let unitId: string;

beforeAll(async () => {
  const pgPort = await freePort();
  const env = {
    REDIS_URL,
    TRUST_PROXY: '0',
    // a key space of its own in the shared Redis
    RATE_LIMIT_PREFIX: `test-${randomUUID()}`,
    LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '5',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
    LOGIN_MAX_FAILURES_PER_IP: '8',
    LOGIN_WINDOW_SEC: '60',
    REGISTER_MAX_PER_IP: '3',
    REGISTER_WINDOW_SEC: '60',
  };
  a = await startServer({ env: { ...env, PG_PORT: String(pgPort) } });
  b = await startServer({
    env: { ...env, DATABASE_URL: `postgres://cchc:cchc-embedded@127.0.0.1:${pgPort}/cchc` },
  });
  const units = (await (await fetch(`${a.baseUrl}/api/units/public`)).json()) as {
    id: string;
    name: string;
  }[];
  unitId = units.find((u) => u.name === 'Phường Mộ Lao')!.id;
}, 180_000);

afterAll(async () => {
  await b?.stop('SIGTERM');
  await a?.stop('SIGTERM');
  if (a) rmSync(a.dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  retryAfter: number;
  body: { error?: { code: string; message: string } };
}

/** A POST from one loopback address, with whatever X-Forwarded-For the client likes to send. */
function post(server: RunningServer, from: string, path: string, body: unknown): Promise<Answer> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.baseUrl}${path}`,
      {
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'x-forwarded-for': randomIp(),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: Number(res.headers['retry-after'] ?? 0),
            body: JSON.parse(text) as Answer['body'],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const login = (server: RunningServer, from: string, username: string, password: string) =>
  post(server, from, '/api/auth/login', { username, password });

const register = (server: RunningServer, from: string) =>
  post(server, from, '/api/auth/register', {
    fullName: 'Trần Văn Bình',
    phone: uniquePhone(),
    citizenId: uniqueCitizenId(),
    unitId,
    password: 'MatKhau@2025',
    consent: true,
  });

describe('login and registration limits', () => {
  it('a client rotating its own X-Forwarded-For stays one address, in every process', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      statuses.push((await login(a, '127.0.0.3', `ghost${i}@example.vn`, 'x')).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429]);
    const elsewhere = await login(b, '127.0.0.3', 'ghost-b@example.vn', 'x');
    expect(elsewhere.status).toBe(429);
    expect(elsewhere.retryAfter).toBeGreaterThan(0);
    expect(elsewhere.retryAfter).toBeLessThanOrEqual(60);
    // another client is not affected
    expect((await login(a, '127.0.0.4', 'ghost-a@example.vn', 'x')).status).toBe(401);
  });

  it('5 wrong passwords for btc@demo.local from one address do not stop the right one from another', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await login(a, '127.0.0.5', 'btc@demo.local', 'sai-mat-khau')).status).toBe(401);
    }
    const guesser = await login(b, '127.0.0.5', 'btc@demo.local', 'Demo@2025');
    expect(guesser.status).toBe(429);
    expect(guesser.body.error).toMatchObject({ code: 'rate_limited' });
    expect(guesser.body.error?.message).toMatch(/^Bạn đã thử quá nhiều lần/);
    expect((await login(b, '127.0.0.6', 'btc@demo.local', 'Demo@2025')).status).toBe(200);
    expect((await login(a, '127.0.0.6', 'btc@demo.local', 'Demo@2025')).status).toBe(200);
  });

  it('a burst of guesses sent at once gets no more tries than one after another', async () => {
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        login(i % 2 ? a : b, '127.0.0.9', 'burst@example.vn', `doan-${i}`),
      ),
    );
    const statuses = burst.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('limits registrations per address across processes, with a Vietnamese message', async () => {
    const first = [
      await register(a, '127.0.0.7'),
      await register(b, '127.0.0.7'),
      await register(a, '127.0.0.7'),
    ];
    expect(first.map((r) => r.status)).toEqual([201, 201, 201]);
    const refused = await register(b, '127.0.0.7');
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({
      code: 'registration_limited',
      message: expect.stringMatching(/^Có quá nhiều lượt đăng ký từ cùng một mạng/) as string,
    });
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect((await register(a, '127.0.0.8')).status).toBe(201);
  });
});
