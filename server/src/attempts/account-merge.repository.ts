import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '../common/app-error.js';
import { violatedUnique } from '../common/unique-violation.js';
import { mapRows, read } from '../database/rows.js';
import { countedOrderSql } from './ranking.js';

/** The attempts' part of merging a duplicate account into the person's other one. */
@Injectable()
export class AccountMergeRepository {
  /**
   * Titles of the rounds where both accounts have an attempt in progress: the one-open-attempt
   * rule (uq_attempts_open) cannot hold for the merged person there.
   */
  async openClashes(em: EntityManager, sourceId: string, targetId: string): Promise<string[]> {
    return mapRows(
      await em.query(
        `SELECT DISTINCT r.title FROM attempts s
           JOIN attempts t ON t.round_id = s.round_id AND t.user_id = $2 AND t.status = 'in_progress'
           JOIN rounds r ON r.id = s.round_id
          WHERE s.user_id = $1 AND s.status = 'in_progress'
          ORDER BY r.title`,
        [sourceId, targetId],
      ),
      (r) => read.str(r, 'title'),
    );
  }

  /**
   * Every attempt of the source becomes the target's, and the person's attempts in each round
   * the source had attempts in are numbered again 1, 2, … in the order they were started (an
   * attempt number is unique per person and round). Three statements, because PostgreSQL checks
   * uq_attempts_no row by row: the moved attempts first take negative numbers, then the target's
   * own in those rounds, so the last statement only ever writes numbers no row holds.
   * Returns how many attempts moved and the rounds they are in.
   */
  async moveAttempts(
    em: EntityManager,
    sourceId: string,
    targetId: string,
  ): Promise<{ moved: number; roundIds: string[] }> {
    let moved: { round_id: string; n: number }[];
    try {
      moved = mapRows(
        await em.query(
          `WITH m AS (
             UPDATE attempts SET user_id = $2, attempt_no = -attempt_no WHERE user_id = $1
             RETURNING round_id
           )
           SELECT round_id, count(*)::int AS n FROM m GROUP BY round_id`,
          [sourceId, targetId],
        ),
        (r) => ({ round_id: read.str(r, 'round_id'), n: read.int(r, 'n') }),
      );
    } catch (e) {
      // an attempt opened in the same round since openClashes looked
      if (violatedUnique(e) === 'uq_attempts_open')
        throw new AppError('merge_open_attempts', undefined, { rounds: '…' });
      throw e;
    }
    const roundIds = moved.map((m) => m.round_id);
    if (!roundIds.length) return { moved: 0, roundIds };
    await em.query(
      `UPDATE attempts SET attempt_no = -attempt_no - 1000000
        WHERE user_id = $1 AND round_id = ANY($2::uuid[]) AND attempt_no > 0`,
      [targetId, roundIds],
    );
    await em.query(
      `UPDATE attempts a SET attempt_no = n.no
         FROM (SELECT id, row_number() OVER (PARTITION BY round_id ORDER BY started_at, id) AS no
                 FROM attempts WHERE user_id = $1 AND round_id = ANY($2::uuid[])) n
        WHERE a.id = n.id`,
      [targetId, roundIds],
    );
    return { moved: moved.reduce((sum, m) => sum + m.n, 0), roundIds };
  }

  /**
   * The person's counted entry in each of `roundIds`, computed again from all their closed
   * attempts there with the counted rule (COUNTED_ORDER: most correct, then shortest, then
   * earliest; a full tie keeps the lower attempt number). This holds in a round that allows one
   * attempt too: the duplicate account let the person in twice, and the better attempt counts,
   * as it would have had the round allowed both. attempts_used is the highest number closed
   * (the ranking's step 5 reads it where several attempts are allowed).
   *
   * The source's entries go; the target's entry keeps its unit (where the person was counted)
   * and takes the source's where it had none. A disqualification on either entry stays on the
   * merged one (one person, one entrant: SPEC §3), the target's first.
   */
  async recountEntries(
    em: EntityManager,
    sourceId: string,
    targetId: string,
    roundIds: string[],
  ): Promise<number> {
    if (!roundIds.length) return 0;
    const rows = await em.query(
      `WITH src AS (
         DELETE FROM round_entries WHERE user_id = $1
         RETURNING round_id, unit_id, disqualified_reason, disqualified_by, disqualified_at
       ), closed AS (
         SELECT * FROM attempts
          WHERE user_id = $2 AND round_id = ANY($3::uuid[])
            AND submitted_at IS NOT NULL AND correct_count IS NOT NULL AND duration_ms IS NOT NULL
       ), best AS (
         SELECT DISTINCT ON (a.round_id) a.*
           FROM closed a ORDER BY a.round_id, ${countedOrderSql('a')}, a.attempt_no
       ), used AS (
         SELECT round_id, max(attempt_no) AS n FROM closed GROUP BY round_id
       )
       INSERT INTO round_entries AS e (round_id, user_id, attempt_id, track, unit_id, correct_count,
                                       total, duration_ms, submitted_at, prediction, attempts_used,
                                       disqualified_reason, disqualified_by, disqualified_at)
       SELECT b.round_id, $2, b.id, b.track,
              coalesce(s.unit_id, b.unit_id, (SELECT unit_id FROM users WHERE id = $2)),
              b.correct_count, b.total, b.duration_ms, b.submitted_at, b.prediction, u.n,
              s.disqualified_reason, s.disqualified_by, s.disqualified_at
         FROM best b JOIN used u ON u.round_id = b.round_id
         LEFT JOIN src s ON s.round_id = b.round_id
       ON CONFLICT (round_id, user_id) DO UPDATE SET
         attempt_id = excluded.attempt_id,
         track = excluded.track,
         correct_count = excluded.correct_count,
         total = excluded.total,
         duration_ms = excluded.duration_ms,
         submitted_at = excluded.submitted_at,
         prediction = excluded.prediction,
         attempts_used = excluded.attempts_used,
         disqualified_reason = coalesce(e.disqualified_reason, excluded.disqualified_reason),
         disqualified_by = CASE WHEN e.disqualified_reason IS NOT NULL
                                THEN e.disqualified_by ELSE excluded.disqualified_by END,
         disqualified_at = CASE WHEN e.disqualified_reason IS NOT NULL
                                THEN e.disqualified_at ELSE excluded.disqualified_at END
       RETURNING round_id`,
      [sourceId, targetId, roundIds],
    );
    return mapRows(rows, (r) => read.str(r, 'round_id')).length;
  }
}
