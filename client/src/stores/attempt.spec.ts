import type { Attempt, User } from '@cchc/contracts';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The answer queue and the session live in localStorage: a memory one stands in for it.
const stored = vi.hoisted(() => {
  const data = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    },
  });
  return data;
});

import { queueKey } from './answer-queue';
import { useAttemptStore } from './attempt';
import { useAuthStore } from './auth';

const ATTEMPT_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const ROUND_ID = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const QUESTIONS = ['q1', 'q2', 'q3'].map((id, index) => ({
  id,
  index,
  type: 'single' as const,
  stem: `Câu hỏi ${index + 1}`,
  options: [
    { id: `${id}-a`, text: 'Phương án A' },
    { id: `${id}-b`, text: 'Phương án B' },
  ],
}));

const person = (id: string, fullName: string, phone: string): User => ({
  id,
  fullName,
  role: 'participant',
  unitId: null,
  unitName: null,
  phone,
  email: null,
  citizenId: null,
  active: true,
  createdAt: '2025-06-01T08:00:00+07:00',
});
const OWNER = person('11111111-1111-4111-8111-111111111111', 'Nguyễn Thị Hoa', '0912345678');
const OTHER = person('22222222-2222-4222-8222-222222222222', 'Lê Văn Bình', '0987654321');
const PASSWORD = 'MatKhau@2025';

/**
 * The attempt endpoints as the server answers them, in memory: tokens can be revoked, the
 * deadline can pass, and every request is recorded.
 */
class FakeServer {
  tokens = new Map<string, User>();
  answers = new Map<string, { optionIds: string[]; seq: number }>();
  status: Attempt['status'] = 'in_progress';
  deadlinePassed = false;
  /** Answers to refuse as invalid, by question id. */
  invalid = new Set<string>();
  /** Refuse every write as "not your attempt", whoever asks (a server that lost the owner). */
  refuseEveryone = false;
  requests: string[] = [];
  private issued = 0;

  fetch = vi.fn(async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    this.requests.push(`${method} ${url}`);
    const token = new Headers(init.headers).get('Authorization')?.replace(/^Bearer /, '');
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    return this.route(method, url, token ? this.tokens.get(token) : undefined, body);
  });

  revokeAll() {
    this.tokens.clear();
  }

  issue(user: User): string {
    const token = `token-${++this.issued}`;
    this.tokens.set(token, user);
    return token;
  }

  private route(method: string, url: string, user: User | undefined, body: unknown) {
    if (url === '/api/auth/login') {
      const { username, password } = body as { username: string; password: string };
      const who = [OWNER, OTHER].find((u) => u.phone === username);
      if (!who || password !== PASSWORD) return refuse(401, 'invalid_credentials');
      return reply(200, { accessToken: this.issue(who), user: who });
    }
    if (!user) return refuse(401, 'unauthenticated');
    if (url === '/api/auth/logout') return reply(204);
    if (url === `/api/rounds/${ROUND_ID}/attempts` || method === 'GET') {
      return reply(200, this.dto());
    }
    if (user.id !== OWNER.id || this.refuseEveryone) return refuse(403, 'attempt_not_owned');
    const save = /^\/api\/attempts\/[^/]+\/answers\/([^/]+)$/.exec(url);
    if (save) {
      const questionId = save[1]!;
      const { optionIds, seq } = body as { optionIds: string[]; seq: number };
      if (this.status !== 'in_progress') return refuse(422, 'attempt_closed');
      if (this.deadlinePassed) return refuse(422, 'deadline_passed');
      if (this.invalid.has(questionId)) return refuse(400, 'validation_failed');
      const held = this.answers.get(questionId);
      if (!held || held.seq < seq) this.answers.set(questionId, { optionIds, seq });
      return reply(200, {
        savedAt: new Date().toISOString(),
        seq: this.answers.get(questionId)!.seq,
      });
    }
    if (url.endsWith('/submit')) {
      // past the deadline only what was held in time counts, never what the submit carries
      if (!this.deadlinePassed) {
        for (const a of (
          body as { answers: { questionId: string; optionIds: string[]; seq: number }[] }
        ).answers)
          this.answers.set(a.questionId, { optionIds: a.optionIds, seq: a.seq });
      }
      this.status = this.deadlinePassed ? 'expired' : 'submitted';
      return reply(200, { ...this.result(), status: this.status, submittedAt: now() });
    }
    return refuse(404, 'not_found');
  }

  private result() {
    return { correctCount: 0, total: QUESTIONS.length, durationMs: 60_000 };
  }

  private dto(): Attempt {
    const open = this.status === 'in_progress';
    return {
      id: ATTEMPT_ID,
      roundId: ROUND_ID,
      contestId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
      roundTitle: 'Tuần thi thứ nhất',
      attemptNo: 1,
      status: this.status,
      startedAt: now(),
      deadline: new Date(Date.now() + 3_600_000).toISOString(),
      serverNow: now(),
      submittedAt: open ? null : now(),
      questions: QUESTIONS,
      answers: Object.fromEntries(this.answers),
      prediction: { enabled: false, prompt: '', value: null },
      result: open ? null : this.result(),
      reviewOpen: false,
    };
  }
}

const now = () => new Date().toISOString();
const reply = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
const refuse = (status: number, code: string) => reply(status, { error: { code, message: code } });
/** Lets every request in flight and everything waiting on it run to the end. */
async function settle() {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

let server: FakeServer;
beforeEach(() => {
  stored.clear();
  server = new FakeServer();
  vi.stubGlobal('fetch', server.fetch);
  setActivePinia(createPinia());
});
afterEach(() => {
  useAttemptStore().leave();
  vi.unstubAllGlobals();
});

/** The owner signs in and opens the round's attempt, as the attempt page does. */
async function takingAttempt() {
  await useAuthStore().login({ username: OWNER.phone!, password: PASSWORD });
  const store = useAttemptStore();
  await store.open(ROUND_ID);
  return store;
}

async function choose(store: ReturnType<typeof useAttemptStore>, index: number, option = 'a') {
  const q = QUESTIONS[index]!;
  store.toggleOption(q, `${q.id}-${option}`);
  await settle();
}

/** What the re-login dialog does: the owner's login, then the attempt goes on. */
async function logInAgain(store: ReturnType<typeof useAttemptStore>, who = OWNER) {
  await useAuthStore().reauthenticate({ username: who.phone!, password: PASSWORD }, OWNER.id);
  await store.resume();
  await settle();
}

describe('useAttemptStore when the session ends during an attempt', () => {
  it('keeps the answers given after the session ended, never calls them saved, and saves them all after the owner logs in again', async () => {
    const store = await takingAttempt();
    await choose(store, 0);
    expect(store.saveState).toBe('saved');

    server.revokeAll(); // logged out elsewhere, password changed, token expired
    await choose(store, 1);
    expect(store.sessionProblem).toBe('expired');
    expect(store.saveState).toBe('signed_out');
    expect(store.pendingCount).toBe(1);
    const asked = server.requests.length;
    await choose(store, 2);
    expect(store.pendingCount).toBe(2);
    expect(server.requests).toHaveLength(asked); // nothing is sent while signed out
    expect(server.answers.has('q2')).toBe(false);

    await logInAgain(store);
    expect(store.sessionProblem).toBeNull();
    expect(store.pendingCount).toBe(0);
    expect(store.saveState).toBe('saved');
    expect([...server.answers.keys()].sort()).toEqual(['q1', 'q2', 'q3']);
    expect(store.phase).toBe('running');
  });

  it('keeps the answers waiting through a reload while signed out, and sends them after the login', async () => {
    const first = await takingAttempt();
    await choose(first, 0);
    server.revokeAll();
    await choose(first, 1);
    expect(first.pendingCount).toBe(1);
    first.leave();

    // the page is loaded again: a new app, the owner logs in on the login page
    setActivePinia(createPinia());
    const store = await takingAttempt();
    await settle();
    expect(server.answers.get('q2')?.optionIds).toEqual(['q2-a']);
    expect(store.pendingCount).toBe(0);
    expect(store.isAnswered('q2')).toBe(true);
  });

  it('a submit refused because the session ended waits for the login, then goes through', async () => {
    const store = await takingAttempt();
    await choose(store, 0);
    await choose(store, 1);
    server.revokeAll();
    await choose(store, 2);
    await store.submit();
    await settle();
    expect(store.phase).toBe('running');
    expect(store.submitWanted).toBe(true);
    expect(store.canSubmit).toBe(false);

    await logInAgain(store);
    expect(store.phase).toBe('done');
    expect(store.result?.status).toBe('submitted');
    expect([...server.answers.keys()].sort()).toEqual(['q1', 'q2', 'q3']);
    expect(store.counted).toBeNull(); // submitted in time: everything counted, nothing to explain
  });

  it('when time ran out while signed out, says after the login which answers counted and which did not', async () => {
    const store = await takingAttempt();
    await choose(store, 0);
    await choose(store, 1);
    server.revokeAll();
    await choose(store, 1, 'b'); // a change of a saved answer
    await choose(store, 2);
    server.deadlinePassed = true;

    await logInAgain(store);
    expect(store.phase).toBe('done');
    expect(store.result?.status).toBe('expired');
    expect(store.counted).toEqual({ counted: [1], earlierCounted: [2], lost: [3] });
    expect(server.answers.get('q2')?.optionIds).toEqual(['q2-a']);
    // the local copy goes once the person has been told
    expect(stored.has(queueKey(ATTEMPT_ID))).toBe(false);
  });

  it('a device signed in as someone else in another tab: the answers wait for the owner, then are saved', async () => {
    const store = await takingAttempt();
    await choose(store, 0);
    // another tab logged in as someone else: this tab's requests now carry their token
    localStorage.setItem('cchc.token', server.issue(OTHER));
    await choose(store, 1);
    expect(store.sessionProblem).toBe('other_account');
    expect(store.pendingCount).toBe(1);
    expect(server.answers.has('q2')).toBe(false);

    await logInAgain(store);
    expect(server.answers.get('q2')?.optionIds).toEqual(['q2-a']);
    expect(store.saveState).toBe('saved');
  });

  it('logging in as someone else in the dialog sends nothing under their name', async () => {
    const store = await takingAttempt();
    server.revokeAll();
    await choose(store, 0);
    const asked = server.requests.length;
    await expect(
      useAuthStore().reauthenticate({ username: OTHER.phone!, password: PASSWORD }, OWNER.id),
    ).rejects.toMatchObject({ name: 'WrongAccountError', fullName: OTHER.fullName });
    await settle();
    // their login, then their token revoked: no answer of this attempt went with it
    expect(server.requests.slice(asked)).toEqual(['POST /api/auth/login', 'POST /api/auth/logout']);
    expect(store.sessionProblem).toBe('expired');
    expect(store.pendingCount).toBe(1);
  });

  it('stops asking when the server refuses the attempt even to the owner just logged in', async () => {
    const store = await takingAttempt();
    server.refuseEveryone = true;
    await choose(store, 0);
    expect(store.sessionProblem).toBe('other_account');
    await logInAgain(store);
    expect(store.ownerRefused).toBe(true);
    const asked = server.requests.length;
    await settle();
    expect(server.requests).toHaveLength(asked);
    expect(store.pendingCount).toBe(1); // still on the device
  });

  it('an answer the server refuses for good is named, not reported as saved', async () => {
    const store = await takingAttempt();
    server.invalid.add('q2');
    await choose(store, 0);
    await choose(store, 1);
    expect(store.saveState).toBe('refused');
    expect(store.refusedNumbers).toEqual([2]);

    server.invalid.clear();
    await choose(store, 1, 'b');
    expect(store.refusedNumbers).toEqual([]);
    expect(store.saveState).toBe('saved');
  });
});
