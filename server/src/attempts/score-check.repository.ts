import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { countedBetterSql } from './ranking.js';
import { mapRows, read } from '../database/rows.js';
import type { SnapshotQuestion } from './draw.js';

export interface ClosedAttemptRow {
  id: string;
  status: 'submitted' | 'expired';
  closed_by: string | null;
  questions: SnapshotQuestion[];
  correct_count: number | null;
  /** Stored answers; `late` = saved after deadline + grace. */
  answers: { q: string; o: string[]; late: boolean }[];
}

export interface EntryProblemRow {
  round_id: string;
  user_id: string;
  attempt_id: string | null;
  problem:
    'entry_differs_from_attempt' | 'better_attempt_not_counted' | 'closed_attempt_without_entry';
}

/** Reads for the rescoring check (`npm run verify:scores`); one snapshot, nothing written. */
@Injectable()
export class ScoreCheckRepository {
  /** Closed attempts after `afterId` in id order, each with its stored answers. */
  async closedAttempts(
    em: EntityManager,
    afterId: string,
    limit: number,
  ): Promise<ClosedAttemptRow[]> {
    const rows = await em.query(
      `SELECT a.id, a.status, a.closed_by, a.questions, a.correct_count,
              coalesce((SELECT json_agg(json_build_object(
                          'q', aa.question_id, 'o', aa.option_ids,
                          'late', aa.saved_at > a.deadline + r.grace_ms * interval '1 millisecond'))
                          FROM attempt_answers aa WHERE aa.attempt_id = a.id), '[]') AS answers
         FROM attempts a JOIN rounds r ON r.id = a.round_id
        WHERE a.status <> 'in_progress' AND a.id > $1
        ORDER BY a.id
        LIMIT $2`,
      [afterId, limit],
    );
    return mapRows(rows, (r) => ({
      id: read.str(r, 'id'),
      status: read.oneOf(r, 'status', ['submitted', 'expired']),
      closed_by: read.strOrNull(r, 'closed_by'),
      questions: read.json<SnapshotQuestion[]>(r, 'questions'),
      correct_count: read.intOrNull(r, 'correct_count'),
      answers: read.json<ClosedAttemptRow['answers']>(r, 'answers'),
    }));
  }

  /**
   * Counted entries that do not follow from the attempts: an entry whose figures are not its
   * attempt's, a better closed attempt of the same person left uncounted (more correct, then
   * shorter, then earlier: the order entries are kept in), and a closed attempt with no entry.
   * Attempts without a question snapshot cannot be rescored and are left out (see the check).
   */
  async entryProblems(em: EntityManager): Promise<EntryProblemRow[]> {
    const rows = await em.query(
      `SELECT e.round_id, e.user_id, e.attempt_id, 'entry_differs_from_attempt' AS problem
         FROM round_entries e LEFT JOIN attempts a ON a.id = e.attempt_id
        WHERE a.id IS NULL OR a.status = 'in_progress' OR a.user_id <> e.user_id
           OR a.round_id <> e.round_id OR a.correct_count IS DISTINCT FROM e.correct_count
           OR a.duration_ms IS DISTINCT FROM e.duration_ms
           OR a.submitted_at IS DISTINCT FROM e.submitted_at
       UNION ALL
       SELECT e.round_id, e.user_id, b.id, 'better_attempt_not_counted'
         FROM round_entries e
         JOIN attempts b ON b.round_id = e.round_id AND b.user_id = e.user_id
                        AND b.status <> 'in_progress' AND b.id <> e.attempt_id
        WHERE ${countedBetterSql('b', 'e')}
       UNION ALL
       SELECT a.round_id, a.user_id, a.id, 'closed_attempt_without_entry'
         FROM attempts a
        WHERE a.status <> 'in_progress' AND jsonb_array_length(a.questions) > 0
          AND NOT EXISTS (SELECT 1 FROM round_entries e
                           WHERE e.round_id = a.round_id AND e.user_id = a.user_id)`,
    );
    return mapRows(rows, (r) => ({
      round_id: read.str(r, 'round_id'),
      user_id: read.str(r, 'user_id'),
      attempt_id: read.strOrNull(r, 'attempt_id'),
      problem: read.oneOf(r, 'problem', [
        'entry_differs_from_attempt',
        'better_attempt_not_counted',
        'closed_attempt_without_entry',
      ]),
    }));
  }
}
