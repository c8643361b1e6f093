import type { SnapshotQuestion } from './draw.js';

/**
 * Scoring, SPEC §3: 1 point per correct answer, no negative marking; a question is correct when
 * the chosen set equals the correct set exactly (all-or-nothing).
 *
 * Attempts are closed by SQL (`scoreSql`), on the fast path (the submit statement) and on the late
 * path (expiry, a late submit, the sweeper) alike. The TypeScript form below says the same rule
 * for what is read back (the review page, the result sheets, `npm run verify:scores`);
 * tests/e2e/rule-agreement.spec.ts checks the two agree on random attempts.
 */

/** All-or-nothing: the chosen set must equal the correct set exactly. */
export function isCorrect(q: SnapshotQuestion, chosen: readonly string[] | undefined): boolean {
  if (!chosen || chosen.length === 0) return false;
  const correct = q.options.filter((o) => o.correct).map((o) => o.id);
  if (correct.length !== chosen.length) return false;
  const set = new Set(chosen);
  return correct.every((id) => set.has(id));
}

export function scoreAttempt(
  questions: readonly SnapshotQuestion[],
  answers: ReadonlyMap<string, readonly string[]>,
): number {
  let correct = 0;
  for (const q of questions) if (isCorrect(q, answers.get(q.id))) correct++;
  return correct;
}

/** The answer key handed to `scoreSql`: the correct option ids of each question. */
export interface KeyItem {
  q: string;
  ids: string[];
}

export function answerKey(questions: readonly SnapshotQuestion[]): KeyItem[] {
  return questions.map((q) => ({
    q: q.id,
    ids: q.options.filter((o) => o.correct).map((o) => o.id),
  }));
}

/**
 * One row `(answered, correct)` for the answers in the relation `answers`
 * (`question_id uuid, option_ids text[]`, one row per question) against the key in the jsonb
 * parameter `keyParam` (`answerKey` as JSON). Both sides are sorted in byte order inside the
 * statement, so the rule does not depend on the database's collation or on how the key was
 * sorted. An empty choice is neither answered nor correct; a question without a correct option
 * is never correct.
 */
export function scoreSql(answers: string, keyParam: string): string {
  return `SELECT count(*) FILTER (WHERE cardinality(m.option_ids) > 0)::int AS answered,
                  count(*) FILTER (WHERE cardinality(k.ids) > 0
                    AND ARRAY(SELECT x FROM unnest(k.ids) x ORDER BY x COLLATE "C")
                      = ARRAY(SELECT o FROM unnest(m.option_ids) o ORDER BY o COLLATE "C"))::int AS correct
             FROM ${answers} m
             LEFT JOIN jsonb_to_recordset(${keyParam}::jsonb) AS k(q uuid, ids text[]) ON k.q = m.question_id`;
}
