import { UserMergePreviewSchema, UserMergeResultSchema } from '@cchc/contracts';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminToken,
  api,
  baseUrl,
  login,
  randomIp,
  uniqueCitizenId,
  uniquePhone,
} from '../support/api.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';
import { suiteDb } from '../support/participation.js';
import { closedAfter, connectSocket } from '../support/sockets.js';

/**
 * Issue 14, Must show 3: a person who self-registered a second account and took part with it
 * is merged into their staff-list account. Their attempts move, the better attempt of the two
 * counts in a round that allows one, the board ranks them once, the participation report
 * counts them once and as on the list, and the duplicate can no longer sign in.
 */
type Question = { id: string; options: { id: string; text: string }[] };
type Attempt = { id: string; questions: Question[] };

let db: pg.Client;
let org: Awaited<ReturnType<typeof freshOrganiser>>;
let contestId: string;
let roundA: string; // both accounts submitted: the duplicate's attempt is the better one
let roundB: string; // both had an attempt open: refused until one is closed

beforeAll(async () => {
  db = await suiteDb();
  org = await freshOrganiser();
  await publishedQuestions(org.token, 3);
  const contest = await createContest(org.token, org.unitId);
  contestId = contest.id;
  const noPrediction = {
    blueprint: [{ area: 'the_che', count: 3 }],
    prediction: { enabled: false, target: 'perfect_count' },
  };
  roundA = (await createRound(org.token, contestId, { ...noPrediction, title: 'Tuần A' })).id;
  roundB = (await createRound(org.token, contestId, { ...noPrediction, title: 'Tuần B' })).id;
  await publish(org.token, contestId);
});

afterAll(async () => {
  await db?.end();
});

async function start(token: string, roundId: string): Promise<Attempt> {
  const res = await api('POST', `/api/rounds/${roundId}/attempts`, { token, body: {} });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Attempt;
}

/** Submits with the first `right` questions answered right and the others wrong. */
async function submit(token: string, attempt: Attempt, right: number) {
  const answers = attempt.questions.map((q, i) => ({
    questionId: q.id,
    optionIds: [q.options.find((o) => o.text.startsWith('Phương án đúng') === i < right)!.id],
  }));
  const res = await api('POST', `/api/attempts/${attempt.id}/submit`, {
    token,
    body: { answers },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.status).toBe('submitted');
}

/** An account made from the staff list, on the unit's list, activated with a code. */
async function staffListAccount(fullName: string) {
  const phone = uniquePhone();
  const citizenId = uniqueCitizenId();
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO users (full_name, role, unit_id, phone, citizen_id, password_hash)
     VALUES ($1, 'participant', $2, $3, $4, NULL) RETURNING id`,
    [fullName, org.unitId, phone, citizenId],
  );
  const id = rows[0]!.id;
  await db.query(
    `INSERT INTO roster_entries (unit_id, full_name, name_folded, citizen_id, phone, user_id, linked_by)
     VALUES ($1, $2, lower($2), $3, $4, $5, 'auto')`,
    [org.unitId, fullName, citizenId, phone, id],
  );
  const code = await api('POST', `/api/users/${id}/one-time-code`, { token: org.token });
  expect(code.status, JSON.stringify(code.body)).toBe(201);
  const activated = await api('POST', '/api/auth/activate', {
    ip: randomIp(),
    body: { username: phone, code: code.body.code, password: 'CanBo@2026' },
  });
  expect(activated.status, JSON.stringify(activated.body)).toBe(200);
  return { id, phone, citizenId, token: activated.body.accessToken as string };
}

const merge = (sourceId: string, targetId: string, token = org.token) =>
  api('POST', `/api/users/${sourceId}/merge-into/${targetId}`, { token });

async function board(roundId: string) {
  const res = await api('GET', `/api/rounds/${roundId}/leaderboard?limit=500`, {
    token: org.token,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as {
    total: number;
    rows: { rank: number; userId: string; correctCount: number; attemptsUsed: number }[];
  };
}

async function participation() {
  const q = new URLSearchParams({ unitId: org.unitId, contestId });
  const res = await api('GET', `/api/reports/participation?${q}`, { token: org.token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.totals as { participants: number; offList: number; attempts: number };
}

const attemptsOf = async (userId: string) =>
  (
    await db.query<{ round_id: string; attempt_no: number; status: string }>(
      `SELECT round_id, attempt_no, status FROM attempts WHERE user_id = $1
        ORDER BY round_id, attempt_no`,
      [userId],
    )
  ).rows;

describe('merging a duplicate account into the staff-list one', () => {
  it('moves the attempts, counts the better one, ranks and counts the person once, and retires the duplicate', async () => {
    const listed = await staffListAccount('Trần Thị Gộp');
    // the same person registered again on their own, with another phone and an email
    const dup = await participant(org.unitId, { fullName: 'Trần Thị Gộp' });
    const other = await participant(org.unitId, { fullName: 'Lê Văn Khác' });

    // round A: the duplicate 3 right, the colleague 2, the staff-list account 1
    await submit(dup.token, await start(dup.token, roundA), 3);
    await submit(other.token, await start(other.token, roundA), 2);
    await submit(listed.token, await start(listed.token, roundA), 1);
    // round B: both accounts have an attempt open
    const dupOpen = await start(dup.token, roundB);
    const listedOpen = await start(listed.token, roundB);

    const before = await board(roundA);
    expect(before.rows.map((r) => [r.userId, r.rank])).toEqual([
      [dup.id, 1],
      [other.id, 2],
      [listed.id, 3],
    ]);
    // the duplicate (like the colleague) took part without being on the list: off the list
    expect(await participation()).toMatchObject({ participants: 1, offList: 2 });
    const dupAttempts = await attemptsOf(dup.id);
    const listedAttempts = await attemptsOf(listed.id);

    // side by side before the merge: the confirmation's figures
    const preview = await api('GET', `/api/users/${dup.id}/merge-into/${listed.id}`, {
      token: org.token,
    });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(UserMergePreviewSchema.parse(preview.body)).toMatchObject({
      source: { id: dup.id, attempts: 2, onStaffList: false },
      target: { id: listed.id, attempts: 2, onStaffList: true },
    });

    // both in progress in round B: refused, nothing changed
    const clash = await merge(dup.id, listed.id);
    expect(clash.status, JSON.stringify(clash.body)).toBe(409);
    expect(clash.body.error.code).toBe('merge_open_attempts');
    expect(clash.body.error.message).toContain('Tuần B');
    expect(await attemptsOf(dup.id)).toEqual(dupAttempts);
    expect(await attemptsOf(listed.id)).toEqual(listedAttempts);
    expect((await api('GET', '/api/me', { token: dup.token })).status).toBe(200);

    // the staff-list account closes its attempt in B (none right); the duplicate's stays open
    await submit(listed.token, listedOpen, 0);

    // the duplicate's open socket is closed by the merge
    const socket = await connectSocket(baseUrl(), dup.token);
    let merged: Awaited<ReturnType<typeof merge>> | null = null;
    const closed = await closedAfter(socket, async () => {
      merged = await merge(dup.id, listed.id);
    });
    socket.close();
    expect(merged!.status, JSON.stringify(merged!.body)).toBe(200);
    expect(closed.reason).toBe('io server disconnect');
    expect(UserMergeResultSchema.parse(merged!.body)).toMatchObject({
      movedAttempts: 2,
      rounds: 2,
      movedContacts: ['email'],
      rosterLinksMoved: 0,
      source: { id: dup.id, active: false, email: null },
      target: {
        id: listed.id,
        active: true,
        phone: listed.phone,
        citizenId: listed.citizenId,
        email: `ts${dup.phone}@thu.vn`,
      },
    });

    // every attempt is the staff-list account's now, numbered in the order they were started
    expect(await attemptsOf(dup.id)).toEqual([]);
    const attempts = await attemptsOf(listed.id);
    expect(attempts.filter((a) => a.round_id === roundA).map((a) => a.attempt_no)).toEqual([1, 2]);
    expect(
      attempts.filter((a) => a.round_id === roundB).map((a) => [a.attempt_no, a.status]),
    ).toEqual([
      [1, 'in_progress'], // the duplicate's, started first
      [2, 'submitted'],
    ]);
    const mine = await api('GET', '/api/me/attempts', { token: listed.token });
    expect(mine.status).toBe(200);
    expect((mine.body as unknown[]).length).toBe(4);

    // one row for the person on the board, with the better attempt (the duplicate's 3 right)
    const after = await board(roundA);
    expect(after.total).toBe(2);
    expect(after.rows.map((r) => [r.userId, r.rank, r.correctCount])).toEqual([
      [listed.id, 1, 3],
      [other.id, 2, 2],
    ]);
    expect(after.rows[0]!.attemptsUsed).toBe(2);
    // counted once, as the person on the list: only the colleague is off the list now
    expect(await participation()).toMatchObject({ participants: 1, offList: 1 });

    // the moved open attempt is the staff-list account's to finish, and then it counts
    await submit(listed.token, dupOpen, 2);
    const roundBBoard = await board(roundB);
    expect(roundBBoard.rows.map((r) => [r.userId, r.correctCount])).toEqual([[listed.id, 2]]);

    // the duplicate: its session ended, its sign-in refused with a pointer to the other account
    expect((await api('GET', '/api/me', { token: dup.token })).status).toBe(401);
    const refused = await api('POST', '/api/auth/login', {
      ip: randomIp(),
      body: { username: dup.phone, password: 'ThiSinh@2025' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('account_merged');
    // the email went to the staff-list account, which keeps its own password
    expect(await login(`ts${dup.phone}@thu.vn`, 'CanBo@2026')).toBeTruthy();

    // once merged, not again
    expect((await merge(dup.id, listed.id)).body.error.code).toBe('merge_not_allowed');

    const audit = await db.query<{ actor_id: string; after: Record<string, unknown> }>(
      `SELECT actor_id, after FROM audit_log WHERE action = 'user.merge' AND target_id = $1`,
      [dup.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.after).toMatchObject({
      mergedIntoId: listed.id,
      movedAttempts: 2,
      movedContacts: ['email'],
    });
  });

  it('moves the staff-list link when the target has none', async () => {
    const onList = await staffListAccount('Phạm Văn Liên Kết');
    const plain = await participant(org.unitId, { fullName: 'Phạm Văn Liên Kết' });
    const res = await merge(onList.id, plain.id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ movedAttempts: 0, rounds: 0, rosterLinksMoved: 1 });
    const link = await db.query<{ user_id: string }>(
      `SELECT user_id FROM roster_entries WHERE phone = $1 AND valid_to IS NULL`,
      [onList.phone],
    );
    expect(link.rows.map((r) => r.user_id)).toEqual([plain.id]);
  });

  it('refuses outside the subtree (404), an admin account, and the same account twice', async () => {
    const a = await participant(org.unitId);
    const b = await participant(org.unitId);
    const elsewhere = await freshOrganiser();
    expect((await merge(a.id, b.id, elsewhere.token)).status).toBe(404);
    // a reporter of the demo Mộ Lao ward cannot see this fresh unit either
    const molao = await login('baocao.molao@demo.local');
    expect((await merge(a.id, b.id, molao)).status).toBe(404);

    const admin = await adminToken();
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM users WHERE email = 'admin@demo.local'`,
    );
    const adminId = rows[0]!.id;
    const intoAdmin = await merge(a.id, adminId, admin);
    expect(intoAdmin.status).toBe(422);
    expect(intoAdmin.body.error.code).toBe('merge_not_allowed');
    const previewAdmin = await api('GET', `/api/users/${a.id}/merge-into/${adminId}`, {
      token: admin,
    });
    expect(previewAdmin.body.error.code).toBe('merge_not_allowed');
    expect(
      (await api('GET', `/api/users/${a.id}/merge-into/${b.id}`, { token: elsewhere.token }))
        .status,
    ).toBe(404);
    // for the organiser an admin account is not there at all
    expect((await merge(adminId, a.id)).status).toBe(404);
    expect((await merge(a.id, a.id, admin)).body.error.code).toBe('merge_not_allowed');
    expect((await api('GET', '/api/me', { token: a.token })).status).toBe(200);
  });
});
