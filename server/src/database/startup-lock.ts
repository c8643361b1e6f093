import type { DataSource } from 'typeorm';

/**
 * One fixed key for everything a process does to the schema or to shared first-start data.
 * Any number of processes may start together on one empty database (`docker compose up` with
 * replicas): without it, two of them create the same types and tables at once and one crashes
 * with `duplicate key … pg_type_typname_nsp_index`, or both load the demo data.
 */
export const STARTUP_LOCK_KEY = 7_263_841_001;

/**
 * Runs `fn` while holding a session-level PostgreSQL advisory lock. The lock belongs to one
 * connection, so it is taken on a dedicated query runner; `fn` uses the pool as usual. If the
 * process dies, PostgreSQL ends the session and the lock goes with it.
 */
export async function withStartupLock<T>(ds: DataSource, fn: () => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    try {
      return await fn();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
