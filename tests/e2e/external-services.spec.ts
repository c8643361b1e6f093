import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../support/server-process.js';

// The machines this project runs on (developers' and CI's) have PostgreSQL on 127.0.0.1:5432 and
// Redis on 127.0.0.1:6379; the default path needs neither, this test checks the configured one.
const ADMIN_URL = process.env.TEST_EXTERNAL_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const dbName = `cchc_ext_${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(`CREATE DATABASE ${dbName}`);
  await c.end();
});

afterAll(async () => {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await c.end();
});

describe('external PostgreSQL and Redis', () => {
  it('runs migrations on DATABASE_URL and reports Redis in /api/health', async () => {
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    const server = await startServer({ env: { DATABASE_URL: url.toString(), REDIS_URL } });
    try {
      const health = await fetch(`${server.baseUrl}/api/health`).then((r) => r.json());
      expect(health).toEqual({ status: 'ok', db: 'up', redis: 'up' });
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM units WHERE is_demo`);
      await c.end();
      expect(rows[0].n).toBeGreaterThan(30);
      // No embedded PostgreSQL was started for this server.
      expect(server.output()).not.toContain('Initialising embedded PostgreSQL');
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
  });
});
