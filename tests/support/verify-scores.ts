import { execFile } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './server-process.js';

export interface ScoreCheckReport {
  checked: number;
  mismatches: { attemptId: string; status: string; stored: number | null; recomputed: number }[];
  entryProblems: { roundId: string; userId: string; attemptId: string | null; problem: string }[];
  lateAnswers: number;
  unverifiable: Record<string, number>;
}

/**
 * `npm run verify:scores --json` (the built CLI) on the database at `databaseUrl`; its exit
 * status (1 on any mismatch) comes back with the report. Asynchronous, so a load generator in the
 * same process (the fault suite's) keeps running meanwhile.
 */
export function verifyScores(
  databaseUrl: string,
): Promise<{ status: number | null; out: string; report: ScoreCheckReport }> {
  const cli = path.join(ROOT, 'server/dist/cli/verify-scores.js');
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, '--json'], { env }, (error, stdout, stderr) => {
      const out = `${stdout}${stderr}`;
      const last = stdout.trim().split('\n').pop() || '';
      if (!last.startsWith('{')) {
        reject(
          new Error(`verify-scores printed no report (${error?.message ?? 'exit 0'}):\n${out}`),
        );
        return;
      }
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ status, out, report: JSON.parse(last) as ScoreCheckReport });
    });
  });
}
