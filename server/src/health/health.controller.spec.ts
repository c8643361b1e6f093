import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import { parseEnv } from '../config/env.js';
import { HealthController } from './health.controller.js';

const env = parseEnv({});
const db = { query: vi.fn(() => Promise.resolve([{ '?column?': 1 }])) } as unknown as DataSource;

function reply() {
  const res = { statusCode: 200, status: vi.fn((s: number) => (res.statusCode = s)) };
  return res;
}

describe(HealthController.name, () => {
  it('is not ready while the Redis client reconnects, without waiting on a ping', async () => {
    const redis = { status: 'reconnecting', ping: vi.fn(), quit: vi.fn() };
    const res = reply();
    const out = await new HealthController(db, env, redis).ready(res as unknown as Response);
    expect([res.statusCode, out]).toEqual([503, { status: 'degraded', db: 'up', redis: 'down' }]);
    expect(redis.ping).not.toHaveBeenCalled();
  });

  it('keeps the summary at 200 (degraded) while only Redis is down', async () => {
    const redis = { status: 'connecting', ping: vi.fn(), quit: vi.fn() };
    const res = reply();
    await new HealthController(db, env, redis).health(res as unknown as Response);
    expect(res.statusCode).toBe(200);
  });

  it('is ready when the database and a connected Redis answer', async () => {
    const redis = { status: 'ready', ping: vi.fn(() => Promise.resolve('PONG')), quit: vi.fn() };
    const res = reply();
    const out = await new HealthController(db, env, redis).ready(res as unknown as Response);
    expect([res.statusCode, out]).toEqual([200, { status: 'ok', db: 'up', redis: 'up' }]);
  });

  it('is not ready when the database does not answer within HEALTH_TIMEOUT_MS', async () => {
    vi.useFakeTimers();
    try {
      const hung = { query: () => new Promise(() => undefined) } as unknown as DataSource;
      const res = reply();
      const pending = new HealthController(hung, env).ready(res as unknown as Response);
      await vi.advanceTimersByTimeAsync(env.HEALTH_TIMEOUT_MS);
      expect([res.statusCode, await pending]).toEqual([503, { status: 'unavailable', db: 'down' }]);
    } finally {
      vi.useRealTimers();
    }
  });
});
