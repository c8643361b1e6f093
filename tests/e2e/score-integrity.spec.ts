import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { api } from '../support/api.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';
import { verifyScores } from '../support/verify-scores.js';

const TRIES = Number(process.env.RACE_TRIES ?? 500);
const PARALLEL = 8;

interface Started {
  id: string;
  questions: { id: string; options: { id: string; text: string }[] }[];
}

const isRight = (o: { text: string }) => o.text.startsWith('Phương án đúng');

/**
 * Issue 11, point 1: every answer wrong and acknowledged, then the right answer to question 1
 * (seq 2) and the submit sent together. Whatever the interleaving, an answer the server
 * acknowledged is in the score, and an answer left out was refused as `attempt_closed`.
 */
describe('an answer acknowledged while the attempt is being submitted', () => {
  it(`is always in the score (${TRIES} tries of autosave racing submit)`, async () => {
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 3);
    const contest = await createContest(org.token, org.unitId);
    const round = await createRound(org.token, contest.id, {
      maxAttempts: 0,
      prediction: { enabled: false },
    });
    await publish(org.token, contest.id);
    const people = await Promise.all(
      Array.from({ length: PARALLEL }, () => participant(org.unitId)),
    );

    const tally = { acked: 0, refused: 0, missing: 0, other: [] as string[] };
    const closed: string[] = [];
    const once = async (token: string) => {
      const started = await api<Started>('POST', `/api/rounds/${round.id}/attempts`, {
        token,
        body: {},
      });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      const attempt = started.body;
      for (const q of attempt.questions) {
        const wrong = q.options.find((o) => !isRight(o))!;
        const res = await api('PUT', `/api/attempts/${attempt.id}/answers/${q.id}`, {
          token,
          body: { optionIds: [wrong.id], seq: 1 },
        });
        expect(res.status).toBe(200);
      }
      const q1 = attempt.questions[0]!;
      const [save, submit] = await Promise.all([
        api('PUT', `/api/attempts/${attempt.id}/answers/${q1.id}`, {
          token,
          body: { optionIds: [q1.options.find(isRight)!.id], seq: 2 },
        }),
        api('POST', `/api/attempts/${attempt.id}/submit`, { token, body: {} }),
      ]);
      expect(submit.status, JSON.stringify(submit.body)).toBe(200);
      closed.push(attempt.id);
      // What is stored is what the result says: read it back, not only the submit's answer.
      const stored = await api('GET', `/api/attempts/${attempt.id}`, { token });
      const correct = stored.body.result?.correctCount;
      expect(correct).toBe(submit.body.correctCount);
      if (save.status === 200) {
        tally.acked++;
        if (submit.body.correctCount !== 1) tally.missing++;
      } else if (save.status === 422 && save.body.error?.code === 'attempt_closed') {
        tally.refused++;
        expect(submit.body.correctCount).toBe(0);
      } else tally.other.push(`${save.status} ${JSON.stringify(save.body)}`);
    };

    let next = 0;
    await Promise.all(
      people.map(async (p) => {
        while (next < TRIES) {
          next++;
          await once(p.token);
        }
      }),
    );
    console.log(
      `autosave vs submit: ${TRIES} tries, ${tally.acked} answers acknowledged, ` +
        `${tally.refused} refused as closed, ${tally.missing} acknowledged but missing from the score`,
    );
    expect(tally.other).toEqual([]);
    expect(tally.acked + tally.refused).toBe(TRIES);
    expect(tally.missing).toBe(0);
    raced.push(...closed);
  });

  it('leaves scores that the rescoring check rebuilds from the stored answers, and the check sees a tampered one', async () => {
    expect(raced.length).toBe(TRIES);
    const before = await verifyScores(inject('databaseUrl'));
    expect(before.status, before.out).toBe(0);
    expect(before.report.mismatches).toEqual([]);
    expect(before.report.checked).toBeGreaterThanOrEqual(TRIES);

    // One stored score changed by hand: the check must name it and fail.
    const db = new pg.Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    // A counted attempt, so its entry (kept in step with it) differs too.
    const { rows } = await db.query<{ attempt_id: string }>(
      'SELECT attempt_id FROM round_entries WHERE attempt_id = ANY($1::uuid[]) LIMIT 1',
      [raced],
    );
    const victim = rows[0]!.attempt_id;
    try {
      await db.query('UPDATE attempts SET correct_count = correct_count + 1 WHERE id = $1', [
        victim,
      ]);
      const after = await verifyScores(inject('databaseUrl'));
      expect(after.status).toBe(1);
      expect(after.report.mismatches.map((m) => m.attemptId)).toEqual([victim]);
      expect(after.report.entryProblems).toContainEqual(
        expect.objectContaining({ attemptId: victim, problem: 'entry_differs_from_attempt' }),
      );
    } finally {
      await db.query('UPDATE attempts SET correct_count = correct_count - 1 WHERE id = $1', [
        victim,
      ]);
      await db.end();
    }
  });
});

const raced: string[] = [];
