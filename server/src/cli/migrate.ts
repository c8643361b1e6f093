import { parseEnv } from '../config/env.js';
import { appliedMigrations, openDatabase, revertLastMigration } from '../database/bootstrap.js';

/**
 * `npm run migrate`: applies pending migrations; `npm run migrate:revert`: undoes the newest one.
 * Both take the startup lock, so they wait for (and never race) a server that is starting.
 */
async function main() {
  const revert = process.argv[2] === 'revert';
  const env = parseEnv();
  const log = (m: string) => console.log(m);
  const db = await openDatabase(env, log, { migrate: !revert });
  try {
    if (revert) {
      const undone = await revertLastMigration(db.ds);
      log(undone ? `Reverted ${undone}.` : 'No migration to revert.');
    }
    const applied = await appliedMigrations(db.ds);
    log(`${applied.length} migration(s) applied; newest: ${applied.at(-1) ?? 'none'}.`);
  } finally {
    await db.close(env.SHUTDOWN_TIMEOUT_MS);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
