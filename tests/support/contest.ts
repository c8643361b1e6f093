import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { api, randomIp, uniquePhone } from './api.js';

type Base = { base?: string };

/** `n` published questions in `area`, owned by the organiser's unit; returns their ids. */
export async function publishedQuestions(
  token: string,
  n: number,
  opts: Base & { area?: string; type?: 'single' | 'multiple' } = {},
): Promise<string[]> {
  const tag = randomUUID().slice(0, 8);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const multiple = opts.type === 'multiple';
    const res = await api('POST', '/api/questions', {
      base: opts.base,
      token,
      body: {
        area: opts.area ?? 'the_che',
        difficulty: ((i % 3) + 1) as 1 | 2 | 3,
        type: multiple ? 'multiple' : 'single',
        stem: `Câu hỏi thử ${tag} số ${i + 1}: cơ quan nào chủ trì cải cách hành chính?`,
        options: [
          { text: `Phương án đúng ${i}`, correct: true },
          { text: `Phương án sai A ${i}`, correct: multiple },
          { text: `Phương án sai B ${i}`, correct: false },
          { text: `Phương án sai C ${i}`, correct: false },
        ],
        explanation: `Giải thích bí mật ${tag}`,
        source: { document: 'Nghị quyết 76/NQ-CP', date: '15/7/2021', article: 'Điều 1' },
        status: 'published',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids.push(res.body.id);
  }
  return ids;
}

export async function createContest(
  token: string,
  unitId: string,
  extra: Record<string, unknown> = {},
  opts: Base = {},
) {
  const res = await api('POST', '/api/contests', {
    base: opts.base,
    token,
    body: {
      title: `Hội thi thử CCHC ${randomUUID().slice(0, 6)}`,
      organizerUnitId: unitId,
      ...extra,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; status: string; title: string; slug: string; shortCode: string };
}

/** A round open from one minute ago until `closesInMs` from now. */
export async function createRound(
  token: string,
  contestId: string,
  extra: Record<string, unknown> = {},
  opts: Base & { closesInMs?: number; now?: number } = {},
) {
  const now = opts.now ?? Date.now();
  const res = await api('POST', `/api/contests/${contestId}/rounds`, {
    base: opts.base,
    token,
    body: {
      title: 'Tuần thi thứ nhất',
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + (opts.closesInMs ?? 3_600_000)).toISOString(),
      durationSec: 600,
      maxAttempts: 1,
      blueprint: [{ area: 'the_che', count: 3 }],
      prediction: { enabled: true, target: 'perfect_count' },
      ...extra,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

export async function publish(token: string, contestId: string, opts: Base = {}) {
  const res = await api('PATCH', `/api/contests/${contestId}`, {
    base: opts.base,
    token,
    body: { status: 'published' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** Registers a participant in `unitId`; returns the token, user id and contact data. */
export async function participant(unitId: string, opts: Base & { fullName?: string } = {}) {
  const phone = uniquePhone();
  const res = await api('POST', '/api/auth/register', {
    base: opts.base,
    ip: randomIp(),
    body: {
      fullName: opts.fullName ?? `Nguyễn Thị Thử ${phone.slice(-4)}`,
      phone,
      email: `ts${phone}@thu.vn`,
      unitId,
      password: 'ThiSinh@2025',
      consent: true,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { token: res.body.accessToken as string, id: res.body.user.id as string, phone };
}

/** The first option of every question is right in `publishedQuestions`: pick it by text. */
export function rightOptions(attempt: {
  questions: { id: string; options: { id: string; text: string }[] }[];
}) {
  return attempt.questions.map((q) => ({
    questionId: q.id,
    optionIds: q.options.filter((o) => o.text.startsWith('Phương án đúng')).map((o) => o.id),
  }));
}
