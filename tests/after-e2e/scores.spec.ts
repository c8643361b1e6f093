import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DATABASE_FILE } from '../support/global-setup.js';
import { verifyScores } from '../support/verify-scores.js';

// Runs after the e2e and browser files (vitest.config.ts: sequence.groupOrder), while the shared
// server and its database are still up: every attempt any of them closed is rescored.
describe('the shared database after the e2e and browser suites', () => {
  it('holds only scores that its stored answers give (npm run verify:scores)', async () => {
    expect(
      existsSync(SHARED_DATABASE_FILE),
      'written by the e2e run; run the e2e project too',
    ).toBe(true);
    const { status, out, report } = await verifyScores(readFileSync(SHARED_DATABASE_FILE, 'utf8'));
    console.log(
      `rescoring after the e2e suite: ${report.checked} attempts, ${report.mismatches.length} mismatches, ` +
        `${report.entryProblems.length} entry problems, ${report.lateAnswers} late answers; ` +
        `fixtures without a question snapshot: ${JSON.stringify(report.unverifiable)}`,
    );
    expect(report.mismatches, out).toEqual([]);
    expect(report.entryProblems, out).toEqual([]);
    expect(report.lateAnswers).toBe(0);
    // The e2e files close real attempts (the race test alone closes hundreds).
    expect(report.checked).toBeGreaterThanOrEqual(100);
    // Only fixtures written straight into the database by tests lack a snapshot.
    expect(Object.keys(report.unverifiable).filter((by) => by !== 'test')).toEqual([]);
    expect(status).toBe(0);
  });
});
