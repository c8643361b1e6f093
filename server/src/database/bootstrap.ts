import { setTimeout as sleep } from 'node:timers/promises';
import { loadDemoData, removeDemoData } from '@cchc/seed';
import { MigrationExecutor, type DataSource } from 'typeorm';
import { PasswordService } from '../common/password.service.js';
import type { Env } from '../config/env.js';
import { startEmbeddedPostgres, type EmbeddedDb } from './embedded.js';
import { createDataSource } from './data-source.js';
import { withStartupLock } from './startup-lock.js';

export interface Database {
  ds: DataSource;
  embedded: EmbeddedDb | null;
  /** Closes the pool and stops the embedded PostgreSQL, within `timeoutMs`. */
  close(timeoutMs: number): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations (default true); `npm run migrate:revert` opens without. */
  migrate?: boolean;
  /** First-start work (first admin, demo data) run under the same lock as the migrations. */
  afterMigrations?: (ds: DataSource) => Promise<void>;
}

/**
 * Connects (starting the embedded PostgreSQL when no DATABASE_URL is set) and migrates, under
 * the startup lock so that processes starting together take turns.
 */
export async function openDatabase(
  env: Env,
  log: (msg: string) => void,
  opts: OpenOptions = {},
): Promise<Database> {
  const embedded = env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: env.PG_DATA_DIR,
        port: env.PG_PORT,
        restartBackoffMs: env.PG_RESTART_BACKOFF_MS,
        restartBackoffMaxMs: env.PG_RESTART_BACKOFF_MAX_MS,
        stopTimeoutMs: env.PG_STOP_TIMEOUT_MS,
        log,
      });
  const ds = createDataSource(env.DATABASE_URL ?? embedded!.url);
  try {
    await ds.initialize();
    if (opts.migrate !== false || opts.afterMigrations)
      await withStartupLock(ds, async () => {
        if (opts.migrate !== false) await migrate(ds, log);
        await opts.afterMigrations?.(ds);
      });
  } catch (e) {
    if (ds.isInitialized) await ds.destroy().catch(() => undefined);
    await embedded?.stop(env.PG_STOP_TIMEOUT_MS);
    throw e;
  }
  return {
    ds,
    embedded,
    async close(timeoutMs) {
      const until = Date.now() + timeoutMs;
      // A pool whose clients hang on a dead or stopping database must not hold up the stop.
      if (ds.isInitialized)
        await Promise.race([
          ds.destroy().catch(() => undefined),
          sleep(timeoutMs / 2, undefined, { ref: false }),
        ]);
      await embedded?.stop(Math.max(until - Date.now(), 1000));
    },
  };
}

async function migrate(ds: DataSource, log: (msg: string) => void): Promise<void> {
  const ran = await ds.runMigrations({ transaction: 'each' });
  if (ran.length) log(`Applied migrations: ${ran.map((m) => m.name).join(', ')}`);
}

/** Migrations recorded as applied, oldest first. */
export async function appliedMigrations(ds: DataSource): Promise<string[]> {
  const applied = await new MigrationExecutor(ds).getExecutedMigrations();
  return applied.sort((a, b) => a.timestamp - b.timestamp).map((m) => m.name);
}

/** Undoes the newest applied migration (`npm run migrate:revert`); null when none is applied. */
export async function revertLastMigration(ds: DataSource): Promise<string | null> {
  return withStartupLock(ds, async () => {
    const last = (await appliedMigrations(ds)).at(-1);
    if (!last) return null;
    await ds.undoLastMigration({ transaction: 'each' });
    return last;
  });
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
