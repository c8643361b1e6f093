import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './server-process.js';

export interface ScoreCheckReport {
  checked: number;
  mismatches: { attemptId: string; status: string; stored: number | null; recomputed: number }[];
  entryProblems: { roundId: string; userId: string; attemptId: string | null; problem: string }[];
  lateAnswers: number;
  unverifiable: Record<string, number>;
}

/** `npm run verify:scores --json` (the built CLI) on the database at `databaseUrl`. */
export function verifyScores(databaseUrl: string) {
  const res = spawnSync(
    process.execPath,
    [path.join(ROOT, 'server/dist/cli/verify-scores.js'), '--json'],
    { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }, encoding: 'utf8' },
  );
  const out = `${res.stdout}${res.stderr}`;
  const last = res.stdout.trim().split('\n').pop() || '{}';
  let report: ScoreCheckReport;
  try {
    report = JSON.parse(last) as ScoreCheckReport;
  } catch {
    throw new Error(`verify-scores printed no report (exit ${res.status}):\n${out}`);
  }
  return { status: res.status, out, report };
}
