import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, randomIp } from '../support/api.js';
import { ROOT, startServer, type RunningServer } from '../support/server-process.js';

// The machine's PostgreSQL (trust auth) and Redis, as in external-services.spec.ts.
const ADMIN_URL = process.env.TEST_EXTERNAL_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const FIRST_ADMIN = { email: 'quantri@tinh.gov.vn', password: 'KhoiDong@2026' };

async function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

async function throwawayDatabase(): Promise<{ name: string; url: string }> {
  const name = `cchc_first_${randomBytes(4).toString('hex')}`;
  await sql(ADMIN_URL, `CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

const dropDatabase = (name: string) =>
  sql(ADMIN_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);

/** Runs one of the built CLIs (server/dist/cli) as an operator would; resolves on exit. */
function runCli(
  script: 'admin' | 'migrate' | 'main',
  args: string[],
  env: Record<string, string>,
  stdin = '',
): Promise<{ code: number | null; out: string }> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(
    process.execPath,
    [path.join(ROOT, `server/dist/${script === 'main' ? '' : 'cli/'}${script}.js`), ...args],
    {
      cwd: ROOT,
      env: { ...inherited, NODE_ENV: 'production', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

const login = (base: string, username: string, password: string) =>
  api('POST', '/api/auth/login', { base, body: { username, password }, ip: randomIp() });

describe('first start in production on an empty external database', () => {
  let db: { name: string; url: string };
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    db = await throwawayDatabase();
  });

  afterAll(async () => {
    for (const s of servers) expect(await s.stop('SIGTERM')).toBe(0);
    await dropDatabase(db.name);
  });

  it('two processes started at once both become ready with one admin from ADMIN_* and no demo data', async () => {
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      REDIS_URL,
      ADMIN_EMAIL: FIRST_ADMIN.email,
      ADMIN_PASSWORD: FIRST_ADMIN.password,
    };
    const started = await Promise.allSettled([startServer({ env }), startServer({ env })]);
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    for (const s of started) if (s.status === 'rejected') throw s.reason;

    for (const s of servers) {
      expect((await api('GET', '/api/health/ready', { base: s.baseUrl })).status).toBe(200);
      const res = await login(s.baseUrl, FIRST_ADMIN.email, FIRST_ADMIN.password);
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ role: 'admin', unitId: null });
      expect(s.output()).not.toContain('duplicate key');
    }
    // One of them created the admin; the other, waiting on the lock, found it there.
    const said = servers.map((s) => s.output());
    expect(said.filter((o) => o.includes('Created the first admin'))).toHaveLength(1);
    expect(said.filter((o) => o.includes('An admin account exists already'))).toHaveLength(1);

    const [counts] = await sql<{ admins: number; users: number; units: number; questions: number }>(
      db.url,
      `SELECT (SELECT count(*)::int FROM users WHERE role = 'admin') AS admins,
              (SELECT count(*)::int FROM users) AS users,
              (SELECT count(*)::int FROM units) AS units,
              (SELECT count(*)::int FROM questions) AS questions`,
    );
    expect(counts).toEqual({ admins: 1, users: 1, units: 0, questions: 0 });
    const audit = await sql(
      db.url,
      `SELECT actor_id, actor_role FROM audit_log WHERE action = 'user.first_admin'`,
    );
    expect(audit).toEqual([{ actor_id: null, actor_role: 'system' }]);
  });

  it('npm run admin -- create adds an admin with the password from stdin and refuses a taken email', async () => {
    const create = (email: string, password: string) =>
      runCli(
        'admin',
        ['create', '--email', email, '--name', 'Quản trị Dự phòng', '--password-stdin'],
        { DATABASE_URL: db.url },
        `${password}\n`,
      );
    const made = await create('duphong@tinh.gov.vn', 'DuPhong@2026');
    expect(made).toMatchObject({ code: 0 });
    expect(made.out).toContain('Admin duphong@tinh.gov.vn created.');
    const res = await login(servers[1]!.baseUrl, 'duphong@tinh.gov.vn', 'DuPhong@2026');
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ role: 'admin', fullName: 'Quản trị Dự phòng' });

    const again = await create('DuPhong@tinh.gov.vn', 'KhacNua@2026');
    expect(again.code).toBe(1);
    expect(again.out).toContain('This email is already registered.');
    const weak = await create('yeu@tinh.gov.vn', 'short');
    expect(weak.code).toBe(2);
    expect(weak.out).toContain('The password (8 to 128 characters, one line) is not valid');

    const admins = await sql<{ email: string }>(
      db.url,
      `SELECT email FROM users WHERE role = 'admin' ORDER BY email`,
    );
    expect(admins.map((a) => a.email)).toEqual(['duphong@tinh.gov.vn', FIRST_ADMIN.email]);
    const audit = await sql(
      db.url,
      `SELECT actor_role FROM audit_log WHERE action = 'user.create_admin'`,
    );
    expect(audit).toEqual([{ actor_role: 'system' }]);
  });

  it("npm run admin -- reset-password ends the person's sessions in running processes", async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const before = await login(a.baseUrl, FIRST_ADMIN.email, FIRST_ADMIN.password);
    const token = before.body.accessToken as string;
    // Both processes have resolved (and cached) the token before the reset.
    for (const s of servers)
      expect((await api('GET', '/api/me', { base: s.baseUrl, token })).status).toBe(200);

    const reset = await runCli('admin', ['reset-password', '--email', FIRST_ADMIN.email], {
      DATABASE_URL: db.url,
      REDIS_URL,
      ADMIN_PASSWORD: 'MatKhauMoi@2026',
    });
    expect(reset).toMatchObject({ code: 0 });
    expect(reset.out).toMatch(/session\(s\) ended/);

    // Told through Redis, both processes drop the token well before AUTH_CACHE_MS (10 s).
    for (const s of servers)
      await expect
        .poll(async () => (await api('GET', '/api/me', { base: s.baseUrl, token })).status, {
          timeout: 5000,
        })
        .toBe(401);
    expect((await login(b.baseUrl, FIRST_ADMIN.email, FIRST_ADMIN.password)).status).toBe(401);
    expect((await login(b.baseUrl, FIRST_ADMIN.email, 'MatKhauMoi@2026')).status).toBe(200);
    const audit = await sql(
      db.url,
      `SELECT actor_role FROM audit_log WHERE action = 'user.reset_password'`,
    );
    expect(audit).toEqual([{ actor_role: 'system' }]);

    const unknown = await runCli(
      'admin',
      ['reset-password', '--email', 'khongco@tinh.gov.vn', '--password', 'BatKy@2026'],
      { DATABASE_URL: db.url },
    );
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('No account has the email khongco@tinh.gov.vn.');

    const common = await runCli(
      'admin',
      ['reset-password', '--email', FIRST_ADMIN.email, '--password', 'Password123'],
      { DATABASE_URL: db.url },
    );
    expect(common.code).toBe(2);
    expect(common.out).toContain('The password is on the list of common passwords');
    expect((await login(b.baseUrl, FIRST_ADMIN.email, 'MatKhauMoi@2026')).status).toBe(200);
  });
});

describe('npm run migrate / migrate:revert', () => {
  it('reverts the newest migration and applies it again', async () => {
    const db = await throwawayDatabase();
    try {
      // the public schema as columns, indexes, functions and triggers: whatever the newest
      // migration changes, its revert must take away and its re-run must give back exactly
      const schema = async () =>
        (
          await sql<{ item: string }>(
            db.url,
            `SELECT table_name || '.' || column_name || ':' || data_type || ':' || is_nullable AS item
               FROM information_schema.columns WHERE table_schema = 'public'
             UNION ALL
             SELECT tablename || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
             UNION ALL
             SELECT 'function ' || p.proname || ': ' || p.prosrc
               FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'public'
             UNION ALL
             SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t
               JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND NOT t.tgisinternal
             ORDER BY 1`,
          )
        ).map((r) => r.item);
      const applied = () =>
        sql<{ name: string }>(db.url, `SELECT name FROM migrations ORDER BY id`);

      const first = await runCli('migrate', [], { DATABASE_URL: db.url });
      expect(first.code).toBe(0);
      const all = (await applied()).map((m) => m.name);
      const newest = all.at(-1)!;
      expect(first.out).toContain(`${all.length} migration(s) applied; newest: ${newest}.`);
      const full = await schema();

      const reverted = await runCli('migrate', ['revert'], { DATABASE_URL: db.url });
      expect(reverted.code).toBe(0);
      expect(reverted.out).toContain(`Reverted ${newest}.`);
      expect((await applied()).map((m) => m.name)).toEqual(all.slice(0, -1));
      expect(await schema()).not.toEqual(full);

      const again = await runCli('migrate', [], { DATABASE_URL: db.url });
      expect(again.code).toBe(0);
      expect(again.out).toContain(`Applied migrations: ${newest}`);
      expect((await applied()).map((m) => m.name)).toEqual(all);
      expect(await schema()).toEqual(full);
    } finally {
      await dropDatabase(db.name);
    }
  });
});

describe('a production start with a common ADMIN_PASSWORD', () => {
  it('stops with a clear message that does not print the password, and creates no one', async () => {
    const db = await throwawayDatabase();
    try {
      const start = await runCli('main', [], {
        DATABASE_URL: db.url,
        PORT: '0',
        ADMIN_EMAIL: FIRST_ADMIN.email,
        ADMIN_PASSWORD: 'Password123',
      });
      expect(start.code).not.toBe(0);
      expect(start.out).toContain('ADMIN_PASSWORD is on the list of common passwords');
      expect(start.out).not.toContain('Password123');
      expect(await sql(db.url, `SELECT id FROM users`)).toEqual([]);
    } finally {
      await dropDatabase(db.name);
    }
  });
});

describe('a production start without ADMIN_*', () => {
  it('says how to create the first admin, and creates none', async () => {
    const db = await throwawayDatabase();
    try {
      const server = await startServer({ env: { NODE_ENV: 'production', DATABASE_URL: db.url } });
      try {
        expect((await api('GET', '/api/health/ready', { base: server.baseUrl })).status).toBe(200);
        expect(server.output()).toContain(
          'No admin account yet. To create the first one, set ADMIN_EMAIL and ADMIN_PASSWORD',
        );
      } finally {
        expect(await server.stop('SIGTERM')).toBe(0);
      }
      expect(await sql(db.url, `SELECT id FROM users`)).toEqual([]);
    } finally {
      await dropDatabase(db.name);
    }
  });
});
