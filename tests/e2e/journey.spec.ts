import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adminToken, api, baseUrl, login, uniqueCode } from '../support/api.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
  rightOptions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';
import { connectSocket } from '../support/sockets.js';
import { insertContest, insertUsers, suiteDb } from '../support/participation.js';

type Attempt = {
  id: string;
  questions: { id: string; options: { id: string; text: string }[] }[];
};

const start = (token: string, roundId: string) =>
  api<Attempt>('POST', `/api/rounds/${roundId}/attempts`, { token, body: {} });

/** Submits with every answer right, or with the first `wrong` questions answered wrongly. */
async function submit(token: string, attempt: Attempt, prediction: number, wrong = 0) {
  const answers = rightOptions(attempt).map((a, i) =>
    i < wrong
      ? {
          questionId: a.questionId,
          optionIds: [attempt.questions[i]!.options.find((o) => !a.optionIds.includes(o.id))!.id],
        }
      : a,
  );
  const res = await api('POST', `/api/attempts/${attempt.id}/submit`, {
    token,
    body: { prediction, answers },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { correctCount: number; durationMs: number };
}

const watchSocket = (token: string) => connectSocket(baseUrl(), token);

/** Finalises as soon as the server counts the round closed (close + grace). */
async function finalizeWhenClosed(token: string, roundId: string) {
  await expect
    .poll(
      async () =>
        (await api('POST', `/api/rounds/${roundId}/finalize`, { token, body: {} })).status,
      { timeout: 90_000, interval: 500 },
    )
    .toBe(200);
}

describe('Start screen (GET /api/me/rounds/:id)', () => {
  it('tells the time and attempts before anything starts, resumes a running attempt, and shows nothing outside the eligible units', async () => {
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 4);
    const contest = await createContest(org.token, org.unitId);
    const round = await createRound(
      org.token,
      contest.id,
      { durationSec: 900, maxAttempts: 2 },
      { closesInMs: 240_000 },
    );
    await publish(org.token, contest.id);
    const me = await participant(org.unitId);

    const before = Date.now();
    const brief = await api('GET', `/api/me/rounds/${round.id}`, { token: me.token });
    expect(brief.status, JSON.stringify(brief.body)).toBe(200);
    // The server's time rides along, so the page counts down from it, not from the phone.
    expect(Math.abs(Date.parse(brief.body.serverNow) - before)).toBeLessThan(60_000);
    expect(brief.body.round).toMatchObject({
      id: round.id,
      phase: 'open',
      durationSec: 900,
      maxAttempts: 2,
      attemptsUsed: 0,
      openAttemptId: null,
      eligible: true,
      predictionEnabled: true,
    });
    // Four minutes to the close: less than the 15-minute duration.
    const toClose = Date.parse(brief.body.round.closesAt) - Date.parse(brief.body.serverNow);
    expect(toClose).toBeGreaterThan(0);
    expect(toClose).toBeLessThan(900_000);
    // Reading the start screen starts no clock.
    expect((await api('GET', '/api/me/attempts', { token: me.token })).body).toEqual([]);

    const started = await start(me.token, round.id);
    expect(started.status).toBe(201);
    const again = await api('GET', `/api/me/rounds/${round.id}`, { token: me.token });
    expect(again.body.round).toMatchObject({ attemptsUsed: 1, openAttemptId: started.body.id });

    // Someone outside the contest's units learns nothing about the round.
    const other = await freshOrganiser();
    const stranger = await participant(other.unitId);
    const hidden = await api('GET', `/api/me/rounds/${round.id}`, { token: stranger.token });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('not_found');
    expect((await api('GET', '/api/me/rounds/not-a-uuid', { token: me.token })).status).toBe(404);
    expect((await api('GET', `/api/me/rounds/${round.id}`)).status).toBe(401);
  });

  it('lists the same rounds on the home page with the server time, and says nothing of drafts', async () => {
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 4);
    const published = await createContest(org.token, org.unitId);
    const open = await createRound(org.token, published.id);
    const later = await createRound(org.token, published.id, {
      title: 'Tuần thi sau',
      opensAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    });
    await publish(org.token, published.id);
    const draft = await createContest(org.token, org.unitId);
    const hiddenRound = await createRound(org.token, draft.id);
    const me = await participant(org.unitId);

    const home = await api('GET', '/api/me/home', { token: me.token });
    expect(home.status).toBe(200);
    expect(typeof home.body.serverNow).toBe('string');
    const byId = new Map(home.body.rounds.map((r: { id: string }) => [r.id, r]));
    expect(byId.get(open.id)).toMatchObject({ phase: 'open', eligible: true });
    expect(byId.get(later.id)).toMatchObject({ phase: 'upcoming' });
    expect(byId.has(hiddenRound.id)).toBe(false);
    expect(home.body.results).toEqual([]);
    const draftBrief = await api('GET', `/api/me/rounds/${hiddenRound.id}`, { token: me.token });
    expect(draftBrief.status).toBe(404);
  });
});

describe('Standing (GET /api/attempts/:id/standing)', () => {
  it('gives the live board’s rank, provisional, the same as the HTTP leaderboard and the socket', async () => {
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 6);
    const contest = await createContest(org.token, org.unitId);
    const round = await createRound(org.token, contest.id);
    await publish(org.token, contest.id);
    const [a, b, c] = await Promise.all(
      ['A', 'B', 'C'].map((x) => participant(org.unitId, { fullName: `Thí sinh ${x}` })),
    );

    // C starts first and submits last: its time covers A's, so it cannot beat A.
    const attemptC = (await start(c!.token, round.id)).body;
    const attemptA = (await start(a!.token, round.id)).body;
    const resultA = await submit(a!.token, attemptA, 4);
    const attemptB = (await start(b!.token, round.id)).body;
    await submit(b!.token, attemptB, 5, 1);
    const resultC = await submit(c!.token, attemptC, 6);
    expect(resultC.durationMs).toBeGreaterThanOrEqual(resultA.durationMs);

    const standing = async (token: string, attemptId: string) => {
      const res = await api('GET', `/api/attempts/${attemptId}/standing`, { token });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    };
    const sa = await standing(a!.token, attemptA.id);
    const sb = await standing(b!.token, attemptB.id);
    const sc = await standing(c!.token, attemptC.id);
    expect(sa).toMatchObject({
      attemptId: attemptA.id,
      roundId: round.id,
      counted: true,
      standing: { finalized: false, predictionPending: true, rank: 1, ranked: 3 },
      prediction: { target: 'perfect_count', value: 4, actual: null, error: null },
    });
    expect(sb.standing.rank).toBe(3); // one wrong: behind both perfect entries
    expect(sc.standing.rank).toBe(resultC.durationMs > resultA.durationMs ? 2 : 1);

    // The same ranks as the leaderboard the organiser reads…
    const board = await api('GET', `/api/rounds/${round.id}/leaderboard`, { token: org.token });
    const rankOf = new Map(
      board.body.rows.map((r: { userId: string; rank: number }) => [r.userId, r.rank]),
    );
    expect([sa, sb, sc].map((s) => s.standing.rank)).toEqual([
      rankOf.get(a!.id),
      rankOf.get(b!.id),
      rankOf.get(c!.id),
    ]);
    // …and as the watcher's own rank on the live socket.
    const socket = await watchSocket(b!.token);
    try {
      const ack = await socket.emitWithAck('leaderboard:watch', { roundId: round.id });
      expect(ack.ok).toBe(true);
      expect(ack.data.me.rank).toBe(sb.standing.rank);
    } finally {
      socket.close();
    }

    // Only the person's own figures: no names, phones or answers of anyone.
    const text = JSON.stringify(sa);
    for (const secret of ['Thí sinh', b!.phone, c!.phone, 'Phương án', 'Giải thích'])
      expect(text).not.toContain(secret);
    // Someone else's attempt does not exist for them.
    const foreign = await api('GET', `/api/attempts/${attemptA.id}/standing`, { token: b!.token });
    expect(foreign.status).toBe(404);
    expect((await api('GET', '/api/attempts/123/standing', { token: b!.token })).status).toBe(404);
  });

  it(
    'after finalisation: the frozen rank and the prediction against the actual, also on the home page',
    { timeout: 150_000 },
    async () => {
      const org = await freshOrganiser();
      await publishedQuestions(org.token, 6);
      const contest = await createContest(org.token, org.unitId);
      const [a, b] = await Promise.all([participant(org.unitId), participant(org.unitId)]);
      // The window only has to outlast the two submissions; finalising waits for the close.
      const round = await createRound(
        org.token,
        contest.id,
        { blueprint: [{ area: 'the_che', count: 2 }] },
        { closesInMs: 15_000 },
      );
      await publish(org.token, contest.id);
      const attemptA = (await start(a!.token, round.id)).body;
      const attemptB = (await start(b!.token, round.id)).body;
      // Both perfect: actual perfect_count = 2. B predicted it exactly, A was 3 off.
      await submit(a!.token, attemptA, 5);
      await submit(b!.token, attemptB, 2);

      const beforeFinal = await api('GET', `/api/attempts/${attemptB.id}/standing`, {
        token: b!.token,
      });
      expect(beforeFinal.body.standing.finalized).toBe(false);
      expect(beforeFinal.body.prediction.actual).toBeNull();

      await finalizeWhenClosed(org.token, round.id);

      const sb = await api('GET', `/api/attempts/${attemptB.id}/standing`, { token: b!.token });
      expect(sb.body).toMatchObject({
        counted: true,
        standing: { finalized: true, predictionPending: false, rank: 1, ranked: 2 },
        prediction: { value: 2, actual: 2, error: 0 },
      });
      const sa = await api('GET', `/api/attempts/${attemptA.id}/standing`, { token: a!.token });
      expect(sa.body).toMatchObject({
        standing: { finalized: true, rank: 2, ranked: 2 },
        prediction: { value: 5, actual: 2, error: 3 },
      });

      const home = await api('GET', '/api/me/home', { token: a!.token });
      expect(home.body.results).toHaveLength(1);
      expect(home.body.results[0]).toMatchObject({
        roundId: round.id,
        attemptId: attemptA.id,
        correctCount: 2,
        total: 2,
        reviewOpen: true,
        standing: { finalized: true, rank: 2, ranked: 2 },
      });
    },
  );
});

describe('Organiser overview (GET /api/organizer/overview)', () => {
  it(
    'shows running rounds with entries and attempts in progress, what opens next and what to finalise, in scope only',
    { timeout: 150_000 },
    async () => {
      const admin = await adminToken();
      const org = await freshOrganiser();
      await publishedQuestions(org.token, 6);
      const contest = await createContest(org.token, org.unitId);
      const running = await createRound(org.token, contest.id, { title: 'Tuần đang chạy' });
      const closing = await createRound(
        org.token,
        contest.id,
        { title: 'Tuần sắp đóng' },
        { closesInMs: 5_000 },
      );
      await publish(org.token, contest.id);
      const draft = await createContest(org.token, org.unitId);
      const upcoming = await createRound(org.token, draft.id, {
        title: 'Tuần chưa công bố',
        opensAt: new Date(Date.now() + 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      });

      const [p1, p2, p3] = await Promise.all([1, 2, 3].map(() => participant(org.unitId)));
      await submit(p1!.token, (await start(p1!.token, running.id)).body, 1);
      await submit(p2!.token, (await start(p2!.token, running.id)).body, 1);
      await start(p3!.token, running.id); // still answering

      // The closing round shows up as waiting to be finalised once its window is over.
      await expect
        .poll(
          async () => {
            const o = await api('GET', '/api/organizer/overview', { token: org.token });
            return o.body.toFinalize.map((r: { roundId: string }) => r.roundId);
          },
          { timeout: 60_000, interval: 500 },
        )
        .toContain(closing.id);

      const res = await api('GET', '/api/organizer/overview', { token: org.token });
      expect(res.status).toBe(200);
      const o = res.body;
      expect(o.contests).toEqual({ draft: 1, published: 1, closed: 0, resultsPublished: 0 });
      expect(o.running).toHaveLength(1);
      expect(o.runningTotal).toBe(1);
      expect(o.running[0]).toMatchObject({
        roundId: running.id,
        roundTitle: 'Tuần đang chạy',
        contestId: contest.id,
        contestStatus: 'published',
        entries: 2,
        inProgress: 1,
      });
      expect(o.upcoming).toEqual([
        expect.objectContaining({ roundId: upcoming.id, contestStatus: 'draft', entries: 0 }),
      ]);
      expect(o.toFinalizeTotal).toBe(1);

      // An organiser of another subtree sees none of it; the admin sees it among everything.
      const other = await freshOrganiser();
      const theirs = await api('GET', '/api/organizer/overview', { token: other.token });
      expect(theirs.body.running).toEqual([]);
      expect(theirs.body.contests).toEqual({
        draft: 0,
        published: 0,
        closed: 0,
        resultsPublished: 0,
      });
      const all = await api('GET', '/api/organizer/overview', { token: admin });
      expect(all.body.runningTotal).toBeGreaterThanOrEqual(1);

      // Participants and reporters have no organiser home.
      expect((await api('GET', '/api/organizer/overview', { token: p1!.token })).status).toBe(403);
      const reporterEmail = `baocao.${uniqueCode('R').toLowerCase()}@demo.vn`;
      const created = await api('POST', '/api/users', {
        token: admin,
        body: {
          fullName: 'Đầu mối Thử',
          role: 'reporter',
          unitId: org.unitId,
          email: reporterEmail,
          password: 'BaoCao@2025',
        },
      });
      expect(created.status).toBe(201);
      const reporter = await login(reporterEmail, 'BaoCao@2025');
      expect((await api('GET', '/api/organizer/overview', { token: reporter })).status).toBe(403);
    },
  );
});

describe('One ranking rule', () => {
  it('the SQL order the leaderboard and a person’s standing share ranks random ties exactly as the live board’s comparator', async () => {
    const org = await freshOrganiser();
    const db = await suiteDb();
    const socket = await watchSocket(org.token);
    try {
      const users = await insertUsers(db, Array<string>(12).fill(org.unitId));
      const entry = fc.record({
        correct: fc.integer({ min: 0, max: 3 }),
        durationMs: fc.constantFrom(1_000, 2_000, 3_000),
        second: fc.integer({ min: 0, max: 2 }),
        used: fc.integer({ min: 1, max: 3 }),
        disqualified: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.boolean(),
          fc.array(entry, { minLength: users.length, maxLength: users.length }),
          async (several, entries) => {
            // A fresh round each run, so the live board is read from these rows.
            const opensAt = new Date(Date.now() - 3_600_000).toISOString();
            const closesAt = new Date(Date.now() + 3_600_000).toISOString();
            const {
              roundIds: [roundId],
            } = await insertContest(db, org.unitId, [{ opensAt, closesAt }]);
            await db.query(`UPDATE rounds SET max_attempts = $2 WHERE id = $1`, [
              roundId,
              several ? 0 : 1,
            ]);
            const base = Date.now() - 600_000;
            const rows = entries.map((e, i) => ({
              r: roundId,
              u: users[i],
              unit: org.unitId,
              correct: e.correct,
              d: e.durationMs,
              at: new Date(base + e.second * 1000).toISOString(),
              used: e.used,
              // one in four, so most runs still rank a crowd
              out: e.disqualified && i % 4 === 0 ? 'thử loại' : null,
            }));
            await db.query(
              `WITH x AS (
                 SELECT * FROM jsonb_to_recordset($1::jsonb)
                   AS x(r uuid, u uuid, unit uuid, correct int, d int, at timestamptz, used int, out text)
               ), a AS (
                 INSERT INTO attempts (round_id, user_id, attempt_no, track, status, seed, questions,
                                       total, started_at, deadline, submitted_at, correct_count,
                                       duration_ms, unit_id, closed_by)
                 SELECT r, u, used, 'staff', 'submitted', 1, '[]', 3, at - d * interval '1 ms',
                        at + interval '10 minutes', at, correct, d, unit, 'test' FROM x
                 RETURNING id, user_id
               )
               INSERT INTO round_entries (round_id, user_id, attempt_id, track, unit_id, correct_count,
                                          total, duration_ms, submitted_at, attempts_used,
                                          disqualified_reason)
               SELECT x.r, x.u, a.id, 'staff', x.unit, x.correct, 3, x.d, x.at, x.used, x.out
                 FROM x JOIN a ON a.user_id = x.u`,
              [JSON.stringify(rows)],
            );

            const http = await api('GET', `/api/rounds/${roundId}/leaderboard?limit=500`, {
              token: org.token,
            });
            expect(http.status).toBe(200);
            const ack = await socket.emitWithAck('leaderboard:watch', { roundId, limit: 100 });
            expect(ack.ok).toBe(true);
            const ranks = (list: { userId: string; rank: number }[]) =>
              Object.fromEntries(list.map((r) => [r.userId, r.rank]));
            expect(ranks(http.body.rows)).toEqual(ranks(ack.data.top));
            expect(http.body.total).toBe(rows.filter((r) => r.out === null).length);
            await socket.emitWithAck('leaderboard:unwatch', { roundId });
          },
        ),
        { numRuns: 8 },
      );
    } finally {
      socket.close();
      await db.end();
    }
  });
});
