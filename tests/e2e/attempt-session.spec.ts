import { describe, expect, it } from 'vitest';
import { api, login } from '../support/api.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';

async function openRound() {
  const org = await freshOrganiser();
  await publishedQuestions(org.token, 3);
  const contest = await createContest(org.token, org.unitId);
  const round = await createRound(org.token, contest.id, {
    blueprint: [{ area: 'the_che', count: 3 }],
    prediction: { enabled: false, target: 'perfect_count' },
  });
  await publish(org.token, contest.id);
  return { org, round };
}

async function startAttempt(token: string, roundId: string) {
  const started = await api('POST', `/api/rounds/${roundId}/attempts`, { token, body: {} });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  return started.body as {
    id: string;
    questions: { id: string; options: { id: string }[] }[];
  };
}

const save = (token: string, attemptId: string, questionId: string, optionId: string, seq = 1) =>
  api('PUT', `/api/attempts/${attemptId}/answers/${questionId}`, {
    token,
    body: { optionIds: [optionId], seq },
  });

describe('an attempt whose session ends or changes hands', () => {
  it('refuses an answer sent with a token logged out, at once, although the token was just in use', async () => {
    const { org, round } = await openRound();
    const me = await participant(org.unitId);
    const attempt = await startAttempt(me.token, round.id);
    const [q1, q2] = attempt.questions;
    expect((await save(me.token, attempt.id, q1!.id, q1!.options[0]!.id)).status).toBe(200);

    expect((await api('POST', '/api/auth/logout', { token: me.token })).status).toBe(204);
    const late = await save(me.token, attempt.id, q2!.id, q2!.options[0]!.id);
    expect(late.status).toBe(401);
    expect(late.body.error.code).toBe('unauthenticated');

    // logged in again, the owner finds the first answer only, and may save the second
    const again = await login(me.phone, 'ThiSinh@2025');
    const held = await api('GET', `/api/attempts/${attempt.id}`, { token: again });
    expect(Object.keys(held.body.answers)).toEqual([q1!.id]);
    expect((await save(again, attempt.id, q2!.id, q2!.options[0]!.id)).status).toBe(200);
  });

  it('a password change ends the other sessions at once, also one used a moment before', async () => {
    const { org, round } = await openRound();
    const me = await participant(org.unitId);
    const phoneSession = await login(me.phone, 'ThiSinh@2025');
    const attempt = await startAttempt(phoneSession, round.id);
    const [q1, q2] = attempt.questions;
    expect((await save(phoneSession, attempt.id, q1!.id, q1!.options[0]!.id)).status).toBe(200);

    const changed = await api('POST', '/api/me/password', {
      token: me.token,
      body: { currentPassword: 'ThiSinh@2025', newPassword: 'MatKhauMoi@2026' },
    });
    expect(changed.status).toBe(204);
    expect((await save(phoneSession, attempt.id, q2!.id, q2!.options[0]!.id)).status).toBe(401);
  });

  it('does not take answers or a submit for someone else’s attempt: 403 attempt_not_owned, nothing stored', async () => {
    const { org, round } = await openRound();
    const owner = await participant(org.unitId);
    const other = await participant(org.unitId);
    const attempt = await startAttempt(owner.token, round.id);
    const [q1] = attempt.questions;

    const foreign = await save(other.token, attempt.id, q1!.id, q1!.options[0]!.id);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('attempt_not_owned');
    expect(foreign.body.error.message).toContain('tài khoản');
    const submit = await api('POST', `/api/attempts/${attempt.id}/submit`, {
      token: other.token,
      body: { answers: [{ questionId: q1!.id, optionIds: [q1!.options[0]!.id], seq: 1 }] },
    });
    expect(submit.status).toBe(403);
    expect(submit.body.error.code).toBe('attempt_not_owned');
    // reading it stays impossible for anyone else
    expect((await api('GET', `/api/attempts/${attempt.id}`, { token: other.token })).status).toBe(
      404,
    );

    const held = await api('GET', `/api/attempts/${attempt.id}`, { token: owner.token });
    expect(held.body.status).toBe('in_progress');
    expect(held.body.answers).toEqual({});
  });
});
