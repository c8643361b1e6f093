import { UnitChangePageSchema, UnitChangeRequestSchema } from '@cchc/contracts';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, api, login, uniqueCode } from '../support/api.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
  rightOptions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';
import { suiteDb } from '../support/participation.js';

/**
 * Issue 15, unit picking: a participant asks to move to another unit from their profile; the
 * focal person of the RECEIVING unit sees the request and approves or rejects it. Approval moves
 * the account (audited), and the person's next attempt counts in the new unit.
 */
let db: pg.Client;
let admin: string;
let org: Awaited<ReturnType<typeof freshOrganiser>>;
let wardA: string; // where the person starts
let wardB: string; // where they ask to go
let reporterA: string;
let reporterB: string;
let contestId: string;
let round1: string;
let round2: string;

async function unit(parentId: string, name: string): Promise<string> {
  const res = await api('POST', '/api/units', {
    token: admin,
    body: { code: uniqueCode('W'), name, kind: 'ward', parentId },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

async function reporter(unitId: string): Promise<string> {
  const email = `bc.${uniqueCode('R').toLowerCase()}@demo.vn`;
  const res = await api('POST', '/api/users', {
    token: admin,
    body: { fullName: 'Đầu Mối Thử', role: 'reporter', unitId, email, password: 'BaoCao@2025' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return login(email, 'BaoCao@2025');
}

async function takePart(token: string, roundId: string) {
  const start = await api('POST', `/api/rounds/${roundId}/attempts`, { token, body: {} });
  expect(start.status, JSON.stringify(start.body)).toBe(201);
  const res = await api('POST', `/api/attempts/${start.body.id}/submit`, {
    token,
    body: { answers: rightOptions(start.body) },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function participants(token: string, unitId: string, roundId: string) {
  const q = new URLSearchParams({ unitId, contestId, roundId });
  const res = await api('GET', `/api/reports/participation?${q}`, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.totals as { participants: number }).participants;
}

const ask = (token: string, body: unknown) => api('POST', '/api/me/unit-change', { token, body });
const pending = async (token: string) => {
  const res = await api('GET', '/api/unit-change-requests?status=pending', { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return UnitChangePageSchema.parse(res.body);
};

beforeAll(async () => {
  db = await suiteDb();
  admin = await adminToken();
  org = await freshOrganiser();
  wardA = await unit(org.unitId, 'Phường Thử A');
  wardB = await unit(org.unitId, 'Phường Thử B');
  reporterA = await reporter(wardA);
  reporterB = await reporter(wardB);
  await publishedQuestions(org.token, 3);
  contestId = (await createContest(org.token, org.unitId)).id;
  const noPrediction = { prediction: { enabled: false, target: 'perfect_count' } };
  round1 = (await createRound(org.token, contestId, { ...noPrediction, title: 'Tuần 1' })).id;
  round2 = (await createRound(org.token, contestId, { ...noPrediction, title: 'Tuần 2' })).id;
  await publish(org.token, contestId);
});

afterAll(async () => {
  await db?.end();
});

describe('unit change requests', () => {
  it('moves an approved person, whose next attempt counts in the new unit, audited', async () => {
    const p = await participant(wardA);
    await takePart(p.token, round1);
    expect(await participants(org.token, wardA, round1)).toBe(1);

    const made = await ask(p.token, { unitId: wardB, note: 'Tôi đã chuyển công tác' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const request = UnitChangeRequestSchema.parse(made.body);
    expect(request).toMatchObject({ status: 'pending', fromUnitId: wardA, toUnitId: wardB });
    expect((await api('GET', '/api/me/unit-change', { token: p.token })).body.request.id).toBe(
      request.id,
    );

    // one pending request per person: a second is refused, the first stays
    const again = await ask(p.token, { unitId: org.unitId });
    expect([again.status, again.body.error.code]).toEqual([409, 'unit_change_pending']);

    // the receiving unit's focal person sees it; the current unit's does not
    expect((await pending(reporterB)).items.map((r) => r.id)).toContain(request.id);
    expect((await pending(reporterA)).items.map((r) => r.id)).not.toContain(request.id);
    const stranger = await api('POST', `/api/unit-change-requests/${request.id}/approve`, {
      token: reporterA,
      body: {},
    });
    expect(stranger.status).toBe(404);
    // a participant cannot decide at all
    const self = await api('POST', `/api/unit-change-requests/${request.id}/approve`, {
      token: p.token,
      body: {},
    });
    expect(self.status).toBe(403);

    const approved = await api('POST', `/api/unit-change-requests/${request.id}/approve`, {
      token: reporterB,
      body: {},
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedAt: expect.any(String) });
    // the same token, just used: the cached sign-in forgot the old unit
    const me = await api('GET', '/api/me', { token: p.token });
    expect(me.body).toMatchObject({ unitId: wardB, unitName: 'Phường Thử B' });

    await takePart(p.token, round2);
    expect(await participants(org.token, wardB, round2)).toBe(1);
    expect(await participants(org.token, wardA, round2)).toBe(0);
    // the attempt made before the move stays where it was made
    expect(await participants(org.token, wardA, round1)).toBe(1);

    const twice = await api('POST', `/api/unit-change-requests/${request.id}/approve`, {
      token: reporterB,
      body: {},
    });
    expect(twice.status).toBe(409);

    const audit = await db.query<{ action: string; actor_id: string; after: { unitId: string } }>(
      `SELECT action, actor_id, after FROM audit_log WHERE target_id = $1 ORDER BY at, action`,
      [p.id],
    );
    const actions = audit.rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['unit_change.request', 'unit_change.approve', 'user.update']),
    );
    const update = audit.rows.find((r) => r.action === 'user.update')!;
    expect(update.after.unitId).toBe(wardB);
    const unitCol = await db.query<{ unit_id: string }>(`SELECT unit_id FROM users WHERE id = $1`, [
      p.id,
    ]);
    expect(unitCol.rows[0]!.unit_id).toBe(wardB);
  });

  it('rejects with a reason and lets a person withdraw; the unit stays', async () => {
    const q = await participant(wardA);
    const first = await ask(q.token, { unitId: wardB });
    expect(first.status).toBe(201);
    const rejected = await api('POST', `/api/unit-change-requests/${first.body.id}/reject`, {
      token: reporterB,
      body: { reason: 'Không có tên trong danh sách của phường' },
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      reason: 'Không có tên trong danh sách của phường',
    });
    const mine = await api('GET', '/api/me/unit-change', { token: q.token });
    expect(mine.body.request).toMatchObject({ id: first.body.id, status: 'rejected' });
    expect((await api('GET', '/api/me', { token: q.token })).body.unitId).toBe(wardA);
    expect((await pending(reporterB)).items.map((r) => r.id)).not.toContain(first.body.id);

    const second = await ask(q.token, { unitId: wardB, note: 'Xin xét lại' });
    expect(second.status).toBe(201);
    const withdrawn = await api('DELETE', '/api/me/unit-change', { token: q.token });
    expect(withdrawn.status).toBe(204);
    expect((await pending(reporterB)).items.map((r) => r.id)).not.toContain(second.body.id);
    const gone = await api('POST', `/api/unit-change-requests/${second.body.id}/approve`, {
      token: reporterB,
      body: {},
    });
    expect(gone.status).toBe(409);
    expect((await api('DELETE', '/api/me/unit-change', { token: q.token })).status).toBe(404);
    expect((await api('GET', '/api/me', { token: q.token })).body.unitId).toBe(wardA);
    const audit = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE target_id = $1`,
      [q.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['unit_change.reject', 'unit_change.withdraw']),
    );
  });

  it('answers bad input with 4xx, never 5xx', async () => {
    const r = await participant(wardA);
    const cases: [string, string, unknown][] = [
      ['POST', '/api/me/unit-change', { unitId: 'not-a-uuid' }],
      ['POST', '/api/me/unit-change', {}],
      ['POST', '/api/me/unit-change', { unitId: wardB, extra: 1 }],
      ['POST', '/api/me/unit-change', { unitId: wardB, note: 'x'.repeat(501) }],
      ['POST', '/api/me/unit-change', { unitId: '00000000-0000-4000-8000-000000000000' }],
      ['POST', '/api/me/unit-change', 'text'],
    ];
    for (const [method, url, body] of cases) {
      const res = await api(method, url, { token: r.token, body });
      expect([url, JSON.stringify(body), res.status]).toEqual([url, JSON.stringify(body), 400]);
    }
    const same = await ask(r.token, { unitId: wardA });
    expect([same.status, same.body.error.code]).toEqual([422, 'unit_change_same_unit']);
    const decide: [string, unknown, number][] = [
      ['/api/unit-change-requests/nope/approve', {}, 404],
      ['/api/unit-change-requests/00000000-0000-4000-8000-000000000000/reject', {}, 404],
      ['/api/unit-change-requests/00000000-0000-4000-8000-000000000000/reject', { reason: 5 }, 400],
    ];
    for (const [url, body, status] of decide) {
      const res = await api('POST', url, { token: reporterB, body });
      expect([url, res.status]).toEqual([url, status]);
    }
    for (const q of ['status=maybe', 'page=0', 'pageSize=1000', 'x=1']) {
      const res = await api('GET', `/api/unit-change-requests?${q}`, { token: reporterB });
      expect([q, res.status]).toEqual([q, 400]);
    }
    // staff do not ask through this route
    expect((await ask(reporterB, { unitId: wardA })).status).toBe(403);
  });
});
