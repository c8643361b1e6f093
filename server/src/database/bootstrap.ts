import { loadDemoData, removeDemoData } from '@cchc/seed';
import type { DataSource } from 'typeorm';
import { PasswordService } from '../auth/password.service.js';
import { safePostgresLines } from '../common/log-safety.js';
import type { Env } from '../config/env.js';
import { startEmbeddedPostgres, type EmbeddedDb } from './embedded.js';
import { createDataSource } from './data-source.js';

export interface Database {
  ds: DataSource;
  embedded: EmbeddedDb | null;
  close(): Promise<void>;
}

/** Connects (starting the embedded PostgreSQL when no DATABASE_URL is set) and migrates. */
export async function openDatabase(env: Env, log: (msg: string) => void): Promise<Database> {
  const embedded = env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(env.PG_DATA_DIR, env.PG_PORT, (m) => {
        for (const line of safePostgresLines(m)) log(`postgres: ${line}`);
      });
  const ds = createDataSource(env.DATABASE_URL ?? embedded!.url);
  try {
    await ds.initialize();
    const ran = await ds.runMigrations({ transaction: 'each' });
    if (ran.length) log(`Applied migrations: ${ran.map((m) => m.name).join(', ')}`);
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
  return {
    ds,
    embedded,
    async close() {
      if (ds.isInitialized) await ds.destroy();
      await embedded?.stop();
    },
  };
}

/** Demo data goes into an empty database only, never in production unless asked. */
export async function seedIfEmpty(
  env: Env,
  ds: DataSource,
  log: (msg: string) => void,
): Promise<void> {
  const wanted = env.SEED_DEMO ?? env.NODE_ENV !== 'production';
  if (!wanted) return;
  const [{ count }] = (await ds.query(`SELECT count(*)::int AS count FROM units`)) as [
    { count: number },
  ];
  if (count > 0) return;
  const result = await reloadDemo(ds, false);
  log(
    `Loaded demo data: ${result.units} units, ${result.accounts} accounts, ${result.questions} questions, a contest with ${result.contestAttempts} attempts, staff lists of ${result.rosterEntries} people (see README for the demo sign-ins)`,
  );
}

export async function reloadDemo(ds: DataSource, removeFirst: boolean) {
  const passwords = new PasswordService();
  return ds.transaction(async (em) => {
    const runner = { query: (sql: string, params?: unknown[]) => em.query(sql, params) };
    if (removeFirst) await removeDemoData(runner);
    return loadDemoData(runner, (p) => passwords.hash(p));
  });
}
