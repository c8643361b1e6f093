import { checkScores, scoresHold } from '../attempts/score-check.js';
import { parseEnv } from '../config/env.js';
import { openDatabase } from '../database/bootstrap.js';

/**
 * `npm run verify:scores`: rescores every closed attempt from its stored answers and lists what
 * does not match. Exits 1 when anything does. With the server running on the embedded database,
 * point DATABASE_URL at it (its data folder is locked by the running server). `--json` prints
 * the whole report as one JSON object.
 */
async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const db = await openDatabase(parseEnv(), (m) => {
    if (!json) console.log(m);
  });
  try {
    const report = await checkScores(db.ds);
    if (json) console.log(JSON.stringify(report));
    else {
      for (const m of report.mismatches)
        console.log(
          `mismatch: attempt ${m.attemptId} (${m.status}) stored ${m.stored}, answers give ${m.recomputed}`,
        );
      for (const p of report.entryProblems)
        console.log(
          `entry: round ${p.roundId} user ${p.userId} attempt ${p.attemptId}: ${p.problem}`,
        );
      const skipped = Object.entries(report.unverifiable)
        .map(([by, n]) => `${n} closed by ${by}`)
        .join(', ');
      console.log(
        `${report.checked} attempts rescored: ${report.mismatches.length} mismatches, ` +
          `${report.entryProblems.length} entry problems, ${report.lateAnswers} answers stored after deadline + grace` +
          (skipped ? `; without a question snapshot (not rescorable): ${skipped}` : ''),
      );
    }
    return scoresHold(report) ? 0 : 1;
  } finally {
    await db.close(parseEnv().SHUTDOWN_TIMEOUT_MS);
  }
}

// Exits explicitly: the embedded database's exit hook would end the process with 0 otherwise.
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
