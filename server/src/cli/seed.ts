import { parseEnv } from '../config/env.js';
import { openDatabase, reloadDemo } from '../database/bootstrap.js';

/** `npm run seed`: removes the demo units and accounts and loads them again. */
async function main() {
  const env = parseEnv();
  if (env.NODE_ENV === 'production' && env.SEED_DEMO !== true) {
    console.error(
      'Refusing to load demo data with NODE_ENV=production (set SEED_DEMO=true to force).',
    );
    process.exit(1);
  }
  const db = await openDatabase(env, (m) => console.log(m));
  try {
    const r = await reloadDemo(db.ds, true);
    console.log(
      `Demo data reloaded: ${r.units} units, ${r.accounts} accounts, ${r.questions} questions (password Demo@2025).`,
    );
  } finally {
    await db.close(env.SHUTDOWN_TIMEOUT_MS);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
