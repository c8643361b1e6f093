import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminToken, api, baseUrl, login } from '../support/api.js';
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

async function openRound(
  opts: { closesInMs?: number; questions?: number; round?: Record<string, unknown> } = {},
) {
  const org = await freshOrganiser();
  await publishedQuestions(org.token, opts.questions ?? 6);
  const contest = await createContest(org.token, org.unitId);
  const round = await createRound(org.token, contest.id, opts.round ?? {}, {
    closesInMs: opts.closesInMs,
  });
  await publish(org.token, contest.id);
  return { org, contest, round };
}

const start = (token: string, roundId: string) =>
  api('POST', `/api/rounds/${roundId}/attempts`, { token, body: {} });

describe('Contests and rounds', () => {
  it('checks the draw against the bank and warns when variety is low', async () => {
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 4);
    const check = await api('POST', '/api/rounds/blueprint-check', {
      token: org.token,
      body: { organizerUnitId: org.unitId, blueprint: [{ area: 'the_che', count: 5 }] },
    });
    expect(check.status).toBe(200);
    expect(check.body.ok).toBe(false);
    expect(check.body.items[0]).toMatchObject({ available: 4, enough: false });
    const small = await api('POST', '/api/rounds/blueprint-check', {
      token: org.token,
      body: { organizerUnitId: org.unitId, blueprint: [{ area: 'the_che', count: 2 }] },
    });
    expect(small.body.items[0]).toMatchObject({ enough: true, lowVariety: true });

    const contest = await createContest(org.token, org.unitId);
    const refused = await api('POST', `/api/contests/${contest.id}/rounds`, {
      token: org.token,
      body: {
        title: 'Tuần 1',
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        blueprint: [{ area: 'the_che', count: 5 }],
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('bank_insufficient');
  });

  it('refuses a live round, which is not built yet, in so many words', async () => {
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 3);
    const contest = await createContest(org.token, org.unitId);
    const live = await api('POST', `/api/contests/${contest.id}/rounds`, {
      token: org.token,
      lang: 'en',
      body: {
        title: 'Vòng trực tiếp',
        mode: 'live',
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        blueprint: [{ area: 'the_che', count: 3 }],
      },
    });
    expect(live.status).toBe(422);
    expect(live.body.error).toMatchObject({
      code: 'live_mode_unavailable',
      message: 'Live (host-paced) rounds are not available yet; create a self-paced round.',
    });
    const rounds = await api('GET', `/api/contests/${contest.id}`, { token: org.token });
    expect(rounds.body.rounds).toEqual([]);
  });

  it('applies the SPEC defaults, moves status only along allowed transitions, and states every rule', async () => {
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 3);
    const contest = await createContest(org.token, org.unitId, {
      legalBasis: 'Kế hoạch số 12/KH-UBND',
    });
    const early = await api('PATCH', `/api/contests/${contest.id}`, {
      token: org.token,
      body: { status: 'published' },
    });
    expect(early.status).toBe(400); // no round yet
    const round = await api('POST', `/api/contests/${contest.id}/rounds`, {
      token: org.token,
      body: {
        title: 'Tuần thi thứ nhất',
        opensAt: '2026-11-23T00:00:00+07:00',
        closesAt: '2026-11-29T23:59:59+07:00',
        blueprint: [{ area: 'the_che', count: 3 }],
      },
    });
    expect(round.status).toBe(201);
    expect(round.body).toMatchObject({
      durationSec: 900,
      maxAttempts: 1,
      shuffleQuestions: true,
      shuffleOptions: true,
      prediction: { enabled: true, target: 'perfect_count' },
      reviewAfterClose: true,
      graceMs: 2000,
      questionCount: 3,
    });
    const skip = await api('PATCH', `/api/contests/${contest.id}`, {
      token: org.token,
      body: { status: 'results_published' },
    });
    expect(skip.status).toBe(409);
    expect(skip.body.error.code).toBe('invalid_transition');

    const rules = await api('GET', `/api/contests/${contest.id}/rules`, { token: org.token });
    expect(rules.body.generated).toBe(true);
    const text: string = rules.body.text;
    expect(text).toContain('Kế hoạch số 12/KH-UBND');
    expect(text).toContain('15 phút');
    const order = ['Số câu trả lời đúng', 'sai số', 'Thời gian làm bài ít hơn', 'nộp bài sớm hơn'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('00:00, 23/11/2026');
  });

  it('keeps other subtrees out: another organiser can neither see nor change the contest', async () => {
    const { contest, round } = await openRound();
    const other = await freshOrganiser();
    for (const [method, path, body] of [
      ['GET', `/api/contests/${contest.id}`, undefined],
      ['PATCH', `/api/contests/${contest.id}`, { title: 'Đổi tên trái phép cuộc thi' }],
      ['GET', `/api/rounds/${round.id}`, undefined],
      ['PATCH', `/api/rounds/${round.id}`, { title: 'Đổi tên' }],
      ['POST', `/api/rounds/${round.id}/finalize`, {}],
      ['GET', `/api/rounds/${round.id}/leaderboard`, undefined],
      ['GET', `/api/questions/stats?roundId=${round.id}`, undefined],
      [
        'POST',
        `/api/contests/${contest.id}/rounds`,
        {
          title: 'x',
          opensAt: new Date().toISOString(),
          closesAt: new Date(Date.now() + 1e6).toISOString(),
          blueprint: [{ area: 'the_che', count: 1 }],
        },
      ],
    ] as const) {
      const res = await api(method, path, { token: other.token, body });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const list = await api('GET', '/api/contests', { token: other.token });
    expect(list.body.map((c: { id: string }) => c.id)).not.toContain(contest.id);
  });

  it('refuses to change the draw of a round that has attempts, and audits other changes with a reason', async () => {
    const { org, round } = await openRound();
    const p = await participant(org.unitId);
    expect((await start(p.token, round.id)).status).toBe(201);
    const draw = await api('PATCH', `/api/rounds/${round.id}`, {
      token: org.token,
      body: { blueprint: [{ area: 'the_che', count: 2 }] },
    });
    expect(draw.status).toBe(409);
    expect(draw.body.error.code).toBe('round_has_attempts');
    const noReason = await api('PATCH', `/api/rounds/${round.id}`, {
      token: org.token,
      body: { title: 'Tuần thi thứ nhất (gia hạn)' },
    });
    expect(noReason.status).toBe(400);
    const ok = await api('PATCH', `/api/rounds/${round.id}`, {
      token: org.token,
      body: { title: 'Tuần thi thứ nhất (gia hạn)', reason: 'Sửa lỗi chính tả tên đợt' },
    });
    expect(ok.status).toBe(200);
    const audit = await api('GET', `/api/audit?targetId=${round.id}`, {
      token: await adminToken(),
    });
    expect(audit.status).toBe(200);
    const text = JSON.stringify(audit.body);
    expect(text).toContain('round.update_with_attempts');
    expect(text).toContain('Sửa lỗi chính tả tên đợt');
  });
});

describe('Attempts', () => {
  it('gives one attempt to 50 simultaneous starts', async () => {
    const { org, round } = await openRound();
    const p = await participant(org.unitId);
    const results = await Promise.all(Array.from({ length: 50 }, () => start(p.token, round.id)));
    const failed = results.filter((r) => r.status !== 200 && r.status !== 201);
    expect(failed.map((r) => JSON.stringify(r.body))).toEqual([]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const mine = await api('GET', '/api/me/attempts', { token: p.token });
    expect(mine.body).toHaveLength(1);
  });

  it('sends no correct answer, explanation, source or contact data to participants before review', async () => {
    const { org, round } = await openRound();
    const a = await participant(org.unitId);
    const b = await participant(org.unitId);
    const started = await start(a.token, round.id);
    const text = JSON.stringify(started.body);
    for (const leak of [
      '"correct"',
      'explanation":"',
      'Giải thích bí mật',
      'Nghị quyết 76',
      '"source"',
      a.phone,
    ])
      expect(text).not.toContain(leak);
    const again = await api('GET', `/api/attempts/${started.body.id}`, { token: a.token });
    expect(JSON.stringify(again.body)).not.toContain('Giải thích bí mật');
    // Another person's attempt is invisible.
    expect((await api('GET', `/api/attempts/${started.body.id}`, { token: b.token })).status).toBe(
      404,
    );
    await api('POST', `/api/attempts/${started.body.id}/submit`, {
      token: a.token,
      body: { prediction: 3, answers: rightOptions(started.body) },
    });
    const board = await api('GET', `/api/rounds/${round.id}/leaderboard`, { token: b.token });
    expect(board.status).toBe(200);
    expect(board.body.rows).toHaveLength(1);
    const boardText = JSON.stringify(board.body);
    for (const leak of [a.phone, '@thu.vn', 'citizenId', 'phone'])
      expect(boardText).not.toContain(leak);
    // The prediction is not shown while the round runs.
    expect(board.body.rows[0].prediction).toBeNull();
  });

  it('narrows a board by any unit, also one above the viewer’s own, and refuses an unknown one', async () => {
    const { org, round } = await openRound();
    const child = await freshOrganiser(org.unitId);
    const runner = await participant(org.unitId);
    const viewer = await participant(child.unitId);
    const a = (await start(runner.token, round.id)).body;
    await api('POST', `/api/attempts/${a.id}/submit`, {
      token: runner.token,
      body: { prediction: 1, answers: rightOptions(a) },
    });
    const board = (unitId: string) =>
      api('GET', `/api/rounds/${round.id}/leaderboard?unitId=${unitId}`, { token: viewer.token });
    const parent = await board(org.unitId); // outside the viewer's unit: still their board
    expect(parent.status).toBe(200);
    expect(parent.body.rows).toHaveLength(1);
    const own = await board(child.unitId);
    expect(own.status).toBe(200);
    expect(own.body.rows).toHaveLength(0);
    expect((await board(randomUUID())).status).toBe(404);
  });

  it('resumes with the same order and saved answers; the latest seq wins; bad input is refused', async () => {
    const { org, round } = await openRound();
    const p = await participant(org.unitId);
    const first = await start(p.token, round.id);
    const q = first.body.questions[0];
    const [o1, o2] = q.options;
    const put = (optionIds: string[], seq: number) =>
      api('PUT', `/api/attempts/${first.body.id}/answers/${q.id}`, {
        token: p.token,
        body: { optionIds, seq },
      });
    expect((await put([o1.id], 2)).status).toBe(200);
    expect((await put([o1.id], 2)).status).toBe(200); // idempotent repeat
    const stale = await put([o2.id], 1);
    expect(stale.status).toBe(200);
    expect(stale.body.seq).toBe(2);
    const resumed = await start(p.token, round.id);
    expect(resumed.status).toBe(200);
    expect(resumed.body.id).toBe(first.body.id);
    expect(resumed.body.questions).toEqual(first.body.questions);
    expect(resumed.body.answers[q.id].optionIds).toEqual([o1.id]);
    expect((await put([o1.id, o2.id], 3)).status).toBe(400); // single choice
    expect((await put(['deadbeef'], 4)).status).toBe(400);
    const foreignQ = await api(
      'PUT',
      `/api/attempts/${first.body.id}/answers/00000000-0000-4000-8000-000000000000`,
      {
        token: p.token,
        body: { optionIds: [o1.id] },
      },
    );
    expect(foreignQ.status).toBe(404);
    const extra = await api('PUT', `/api/attempts/${first.body.id}/answers/${q.id}`, {
      token: p.token,
      body: { optionIds: [o1.id], correct: true },
    });
    expect(extra.status).toBe(400);
  });

  it('keeps the highest seq when many autosaves of one question race (batched writes)', async () => {
    const { org, round } = await openRound();
    const p = await participant(org.unitId);
    const a = (await start(p.token, round.id)).body;
    const q = a.questions[0];
    const seqs = Array.from({ length: 30 }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
    const acks = await Promise.all(
      seqs.map((seq) =>
        api('PUT', `/api/attempts/${a.id}/answers/${q.id}`, {
          token: p.token,
          body: { optionIds: [q.options[seq % q.options.length].id], seq },
        }).then((r) => ({ seq, r })),
      ),
    );
    for (const { seq, r } of acks) {
      expect(r.status).toBe(200);
      expect(r.body.seq).toBeGreaterThanOrEqual(seq);
    }
    const after = await api('GET', `/api/attempts/${a.id}`, { token: p.token });
    expect(after.body.answers[q.id]).toEqual({
      optionIds: [q.options[30 % q.options.length].id],
      seq: 30,
    });
  });

  it('refuses an incomplete submit, then gives 100 duplicate submits one result', async () => {
    const { org, round } = await openRound();
    const p = await participant(org.unitId);
    const a = (await start(p.token, round.id)).body;
    const answers = rightOptions(a);
    const incomplete = await api('POST', `/api/attempts/${a.id}/submit`, {
      token: p.token,
      body: { prediction: 5, answers: answers.slice(0, 2) },
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.code).toBe('attempt_incomplete');
    const noPrediction = await api('POST', `/api/attempts/${a.id}/submit`, {
      token: p.token,
      body: { answers },
    });
    expect(noPrediction.body.error.code).toBe('attempt_incomplete');
    const all = await Promise.all(
      Array.from({ length: 100 }, () =>
        api('POST', `/api/attempts/${a.id}/submit`, {
          token: p.token,
          body: { prediction: 5, answers },
        }),
      ),
    );
    expect(all.every((r) => r.status === 200)).toBe(true);
    const distinct = new Set(all.map((r) => JSON.stringify(r.body)));
    expect(distinct.size).toBe(1);
    expect(all[0]!.body).toMatchObject({ correctCount: 3, total: 3, status: 'submitted' });
    const board = await api('GET', `/api/rounds/${round.id}/leaderboard`, { token: org.token });
    expect(board.body.total).toBe(1);
    expect(board.body.rows[0].attemptsUsed).toBe(1);
    const late = await api('PUT', `/api/attempts/${a.id}/answers/${answers[0]!.questionId}`, {
      token: p.token,
      body: { optionIds: answers[0]!.optionIds },
    });
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe('attempt_closed');
    const again = await start(p.token, round.id);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('max_attempts_reached');
  });

  it('keeps out people of other units and excluded persons', async () => {
    const { org, contest, round } = await openRound();
    const outsider = await freshOrganiser();
    const stranger = await participant(outsider.unitId);
    expect((await start(stranger.token, round.id)).status).toBe(404);
    const staff = await participant(org.unitId);
    await api('PATCH', `/api/contests/${contest.id}`, {
      token: org.token,
      body: {
        excludedPersons: [{ fullName: 'Người ra đề', phone: staff.phone, role: 'Người ra đề' }],
      },
    });
    const refused = await start(staff.token, round.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_eligible');
  });
});

describe('Results', () => {
  it('finalises once closed: actual, prediction tie-break, prizes, re-finalise with a reason, public list', async () => {
    // Everything slow (accounts, questions) is made before the short round opens, so a busy
    // machine cannot close it before the three entries are in.
    const org = await freshOrganiser();
    const people = await Promise.all(
      [0, 1, 2].map((i) => participant(org.unitId, { fullName: `Thí sinh ${'ABC'[i]}` })),
    );
    await publishedQuestions(org.token, 6);
    const contest = await createContest(org.token, org.unitId);
    await api('PATCH', `/api/contests/${contest.id}`, {
      token: org.token,
      body: {
        prizeTable: [
          { rank: 'Giải Nhất', count: 1 },
          { rank: 'Giải Nhì', count: 1 },
        ],
      },
    });
    const round = await createRound(
      org.token,
      contest.id,
      { blueprint: [{ area: 'the_che', count: 2 }] },
      { closesInMs: 600_000 },
    );
    await publish(org.token, contest.id);
    // All three answer everything right; predictions of perfect_count: 9, 3 (exact), 1.
    for (const [i, p] of people.entries()) {
      const a = (await start(p.token, round.id)).body;
      const res = await api('POST', `/api/attempts/${a.id}/submit`, {
        token: p.token,
        body: { prediction: [9, 3, 1][i], answers: rightOptions(a) },
      });
      expect(res.status).toBe(200);
    }
    const tooEarly = await api('POST', `/api/rounds/${round.id}/finalize`, {
      token: org.token,
      body: {},
    });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error.code).toBe('round_not_closed');
    // The organiser ends the round once the three are in (a round left to close on its own a few
    // seconds later closed before they had submitted on a busy machine); finalising is refused
    // until the close and its grace window have passed on the server's clock.
    const closed = await api('PATCH', `/api/rounds/${round.id}`, {
      token: org.token,
      body: { closesAt: new Date(Date.now() - 30_000).toISOString(), reason: 'Kết thúc sớm' },
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    let fin = tooEarly;
    await expect
      .poll(
        async () =>
          (fin = await api('POST', `/api/rounds/${round.id}/finalize`, {
            token: org.token,
            body: {},
          })).status,
        { timeout: 30_000, interval: 250 },
      )
      .not.toBe(409);
    expect(fin.status, JSON.stringify(fin.body)).toBe(200);
    expect(fin.body.actual).toBe(3);
    expect(fin.body.rows.map((r: { fullName: string }) => r.fullName)).toEqual([
      'Thí sinh B',
      'Thí sinh C',
      'Thí sinh A',
    ]);
    expect(fin.body.rows.map((r: { predictionError: number }) => r.predictionError)).toEqual([
      0, 2, 6,
    ]);
    expect(
      fin.body.prizes.map((p: { prize: string; fullName: string }) => `${p.prize}:${p.fullName}`),
    ).toEqual(['Giải Nhất:Thí sinh B', 'Giải Nhì:Thí sinh C']);
    const again = await api('POST', `/api/rounds/${round.id}/finalize`, {
      token: org.token,
      body: {},
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('reason_required');
    const re = await api('POST', `/api/rounds/${round.id}/finalize`, {
      token: org.token,
      body: { reason: 'Rà soát lại theo đề nghị của Ban Giám khảo' },
    });
    expect(re.body.version).toBe(2);
    expect(re.body.rows).toEqual(fin.body.rows); // reproducible from stored data

    // Disqualifying the winner (reason required, audited) takes effect on re-finalising.
    const noReason = await api('POST', `/api/rounds/${round.id}/disqualifications`, {
      token: org.token,
      body: { userId: people[1]!.id },
    });
    expect(noReason.status).toBe(400);
    const dq = await api('POST', `/api/rounds/${round.id}/disqualifications`, {
      token: org.token,
      body: { userId: people[1]!.id, reason: 'Thi hộ, đã xác minh' },
    });
    expect(dq.status).toBe(200);
    const third = await api('POST', `/api/rounds/${round.id}/finalize`, {
      token: org.token,
      body: { reason: 'Loại bài thi hộ' },
    });
    expect(third.body.version).toBe(3);
    expect(third.body.actual).toBe(2);
    expect(third.body.rows.map((r: { fullName: string }) => r.fullName)).toEqual([
      'Thí sinh C', // actual is now 2: C's prediction (1) is off by 1, A's (9) by 7
      'Thí sinh A',
    ]);
    const reinstate = await api(
      'DELETE',
      `/api/rounds/${round.id}/disqualifications/${people[1]!.id}`,
      {
        token: org.token,
      },
    );
    expect(reinstate.status).toBe(200);
    const fourth = await api('POST', `/api/rounds/${round.id}/finalize`, {
      token: org.token,
      body: { reason: 'Khôi phục sau khiếu nại' },
    });
    expect(fourth.body.rows).toEqual(fin.body.rows);

    // Finalised is not published: the winners stay off the public pages (which may still change
    // after complaints) until the organisers publish the contest's results.
    const unpublished = await api('GET', `/api/public/rounds/${round.id}/results`);
    expect(unpublished.status).toBe(404);
    const page = await api('GET', `/api/public/contests/${contest.slug}`);
    expect(page.body.rounds[0].results).toBeNull();
    for (const status of ['closed', 'results_published']) {
      const moved = await api('PATCH', `/api/contests/${contest.id}`, {
        token: org.token,
        body: { status },
      });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
    const pub = await api('GET', `/api/public/rounds/${round.id}/results`);
    expect(pub.status).toBe(200);
    const published = await api('GET', `/api/public/contests/${contest.slug}`);
    expect(published.body.rounds[0].results.winners).toEqual(pub.body.winners);
    expect(pub.body.winners[0]).toEqual({
      prize: 'Giải Nhất',
      fullName: 'Thí sinh B',
      unitName: expect.any(String),
      track: 'staff',
    });
    const pubText = JSON.stringify(pub.body);
    for (const p of people) {
      expect(pubText).not.toContain(p.phone);
      expect(pubText).not.toContain(p.id);
    }
    const review = await api('GET', `/api/me/attempts`, { token: people[0]!.token });
    const readReview = () =>
      api('GET', `/api/attempts/${review.body[0].id}`, { token: people[0]!.token });
    // attempts read a round at most 2 s old: the review opens that long after the early close
    await expect
      .poll(async () => (await readReview()).body.reviewOpen, { timeout: 10_000 })
      .toBe(true);
    const full = await readReview();
    expect(full.body.questions[0].explanation).toContain('Giải thích bí mật');
    const xlsx = await fetch(`${baseUrl()}/api/rounds/${round.id}/winners.xlsx`, {
      headers: { authorization: `Bearer ${org.token}` },
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    // Biểu 02 is an official form of the organising unit: header, title block, winners, signatures.
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const firsts: unknown[] = [];
    wb.worksheets[0]!.eachRow((row, n) => (firsts[n] = row.getCell(1).value));
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(firsts).toContain('BIỂU 02. DANH SÁCH CÁ NHÂN ĐOẠT GIẢI');
    expect(firsts).toContain('Đợt thi: Tuần thi thứ nhất');
    expect(firsts.some((v) => String(v).startsWith('Thời gian thi: từ '))).toBe(true);
    expect(firsts.some((v) => String(v).startsWith('Kết quả chốt lúc '))).toBe(true);
    const firstWinner = firsts.indexOf(1);
    expect(sheet.getRow(firstWinner).getCell(3).value).toBe('Thí sinh B');
    // The organiser set no layout: the names are left as dotted lines to sign over.
    expect(String(sheet.getRow(sheet.rowCount).getCell(1).value)).toMatch(/^…+$/);
    expect(sheet.getRow(sheet.rowCount - 3).getCell(1).value).toBe('NGƯỜI LẬP BIỂU');
    const pdf = await fetch(`${baseUrl()}/api/rounds/${round.id}/winners.pdf`, {
      headers: { authorization: `Bearer ${org.token}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('bieu-02-danh-sach-doat-giai');
    const stats = await api('GET', `/api/questions/stats?roundId=${round.id}`, {
      token: org.token,
    });
    expect(stats.status).toBe(200);
    expect(stats.body.length).toBeGreaterThan(0);
    expect(stats.body[0]).toMatchObject({ answered: expect.any(Number), facility: 1 });
  });
});

describe('Live leaderboard', () => {
  const connect = (token?: string) => connectSocket(baseUrl(), token);

  it('refuses a handshake without a valid token', async () => {
    await expect(connect('not-a-token')).rejects.toThrow('unauthenticated');
    await expect(connect()).rejects.toThrow('unauthenticated');
  });

  it('pushes the new top and the watcher’s own rank after a submission, without contact data', async () => {
    const { org, round } = await openRound();
    const watcher = await participant(org.unitId, { fullName: 'Người xem Bảng' });
    const runner = await participant(org.unitId, { fullName: 'Người thi Nhanh' });
    const s = await connect(watcher.token);
    try {
      const bad = await s.emitWithAck('leaderboard:watch', { roundId: round.id, hack: 1 });
      expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
      const ack = await s.emitWithAck('leaderboard:watch', { roundId: round.id, limit: 10 });
      expect(ack.ok).toBe(true);
      expect(ack.data.total).toBe(0);
      expect(ack.data.predictionPending).toBe(true);
      const updated = new Promise<any>((resolve) => s.on('leaderboard:updated', resolve));
      const a = (await start(runner.token, round.id)).body;
      await api('POST', `/api/attempts/${a.id}/submit`, {
        token: runner.token,
        body: { prediction: 1, answers: rightOptions(a) },
      });
      const update = await updated;
      expect(update.top[0]).toMatchObject({
        rank: 1,
        fullName: 'Người thi Nhanh',
        correctCount: 3,
      });
      expect(update.version).toBeGreaterThan(ack.data.version);
      expect(update.me).toBeNull();
      expect(JSON.stringify(update)).not.toContain(runner.phone);
    } finally {
      s.close();
    }
    // The runner watching gets their own rank.
    const r = await connect(runner.token);
    try {
      const ack = await r.emitWithAck('leaderboard:watch', { roundId: round.id });
      expect(ack.data.me).toMatchObject({ rank: 1, correctCount: 3 });
    } finally {
      r.close();
    }
  });

  it('does not let someone outside the eligible units watch', async () => {
    const { round } = await openRound();
    const outsider = await freshOrganiser();
    const p = await participant(outsider.unitId);
    const s = await connect(p.token);
    try {
      const ack = await s.emitWithAck('leaderboard:watch', { roundId: round.id });
      expect(ack).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      s.close();
    }
  });

  it('answers refusals in the language of the handshake, like HTTP', async () => {
    const p = await participant((await freshOrganiser()).unitId);
    const refusals = async (lang?: string) => {
      const s = await connectSocket(baseUrl(), p.token, { lang });
      try {
        return [
          await s.emitWithAck('leaderboard:watch', { roundId: randomUUID() }),
          await s.emitWithAck('participation:watch', { contestId: 'x' }),
        ];
      } finally {
        s.close();
      }
    };
    expect(await refusals('en-US,en;q=0.9,vi;q=0.5')).toEqual([
      { ok: false, error: { code: 'not_found', message: 'Not found.' } },
      { ok: false, error: { code: 'validation_failed', message: 'The request is not valid.' } },
    ]);
    expect(await refusals()).toEqual([
      { ok: false, error: { code: 'not_found', message: 'Không tìm thấy dữ liệu.' } },
      { ok: false, error: { code: 'validation_failed', message: 'Dữ liệu không hợp lệ.' } },
    ]);
  });
});

describe('Demo contest', () => {
  it('shows a newcomer a finalised week with winners, an open week with a live board, and two upcoming', async () => {
    const token = await login('thisinh01@demo.local');
    const rounds = await api('GET', '/api/me/rounds', { token });
    const demo = rounds.body.filter(
      (r: { contestTitle: string }) =>
        r.contestTitle === 'Hội thi trực tuyến tìm hiểu công tác cải cách hành chính năm 2025',
    );
    expect(demo.map((r: { phase: string }) => r.phase)).toEqual([
      'finalized',
      'open',
      'upcoming',
      'upcoming',
    ]);
    // The week's winners are frozen for the organisers; the public sees them only once the
    // contest's results are published, which the running demo contest has not reached.
    const results = await api('GET', `/api/rounds/${demo[0].id}/results`, {
      token: await adminToken(),
    });
    expect(results.status).toBe(200);
    expect(results.body.prizes).toHaveLength(16);
    const pub = await api('GET', `/api/public/rounds/${demo[0].id}/results`);
    expect(pub.status).toBe(404);
    const board = await api('GET', `/api/rounds/${demo[1].id}/leaderboard?limit=5`, { token });
    expect(board.body.total).toBeGreaterThan(10);
    expect(board.body.rows[0].rank).toBe(1);
    const frozen = await api('GET', `/api/rounds/${demo[0].id}/leaderboard?limit=500`, { token });
    expect(frozen.body.finalized).toBe(true);
    expect(frozen.body.total).toBeGreaterThan(200);
    expect(frozen.body.actual).toBeGreaterThan(0);
  });
});
