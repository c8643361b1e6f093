import type { DataSource } from 'typeorm';
import { scoreAttempt } from './scoring.js';
import { ScoreCheckRepository } from './score-check.repository.js';

export interface ScoreMismatch {
  attemptId: string;
  status: 'submitted' | 'expired';
  stored: number | null;
  recomputed: number;
}

export interface ScoreCheckReport {
  /** Closed attempts rescored from their stored answers. */
  checked: number;
  /** Attempts whose stored score is not what their stored answers give. */
  mismatches: ScoreMismatch[];
  /** Entries (the counted attempt per person and round) that do not follow from the attempts. */
  entryProblems: { roundId: string; userId: string; attemptId: string | null; problem: string }[];
  /** Answers stored after deadline + grace (none may be: the server refuses them). */
  lateAnswers: number;
  /**
   * Closed attempts with no question snapshot, which cannot be rescored, by who closed them
   * (only fixtures written straight into a database have none).
   */
  unverifiable: Record<string, number>;
}

const PAGE = 1000;
const NIL = '00000000-0000-0000-0000-000000000000';

/**
 * Recomputes every closed attempt from its stored answers with the one scoring function, by the
 * rule each close follows: a submit counts every stored answer; an expiry counts what was saved
 * by deadline + grace. Reads in one repeatable-read snapshot, so attempts closing meanwhile and
 * their entries are seen together or not at all.
 */
export async function checkScores(ds: DataSource): Promise<ScoreCheckReport> {
  const repo = new ScoreCheckRepository();
  return ds.transaction('REPEATABLE READ', async (em) => {
    const report: ScoreCheckReport = {
      checked: 0,
      mismatches: [],
      entryProblems: [],
      lateAnswers: 0,
      unverifiable: {},
    };
    for (let after = NIL; ;) {
      const rows = await repo.closedAttempts(em, after, PAGE);
      for (const row of rows) {
        const late = row.answers.filter((a) => a.late).length;
        report.lateAnswers += late;
        if (row.questions.length === 0) {
          const by = row.closed_by ?? 'unknown';
          report.unverifiable[by] = (report.unverifiable[by] ?? 0) + 1;
          continue;
        }
        const counted = row.answers.filter((a) => row.status === 'submitted' || !a.late);
        const recomputed = scoreAttempt(row.questions, new Map(counted.map((a) => [a.q, a.o])));
        report.checked++;
        if (recomputed !== row.correct_count)
          report.mismatches.push({
            attemptId: row.id,
            status: row.status,
            stored: row.correct_count,
            recomputed,
          });
      }
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1]!.id;
    }
    report.entryProblems = (await repo.entryProblems(em)).map((r) => ({
      roundId: r.round_id,
      userId: r.user_id,
      attemptId: r.attempt_id,
      problem: r.problem,
    }));
    return report;
  });
}

/** Whether the stored scores can be rebuilt from the stored answers. */
export const scoresHold = (r: ScoreCheckReport) =>
  r.mismatches.length === 0 && r.entryProblems.length === 0 && r.lateAnswers === 0;
