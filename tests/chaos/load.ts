import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type pg from 'pg';

/** What the server acknowledged (a 2xx answer), to be found in the database afterwards. */
export interface Acks {
  /** `attemptId:questionId` → the highest acknowledged seq and the options sent with it. */
  saves: Map<string, { attemptId: string; questionId: string; seq: number; optionIds: string[] }>;
  /** attemptId → the score the submit answered (a repeated submit must answer the same). */
  submits: Map<string, number>;
  /** Acknowledged submits of one attempt that answered different scores. */
  conflictingSubmits: number;
  requests: number;
  acked: number;
  failed: number;
  /** Refusals and failures by request kind and answer ("submit 422 attempt_incomplete"). */
  failures: Map<string, number>;
}

interface Participant {
  token: string;
  busy: boolean;
  /** Keeps changing answers and never submits: runs into the deadline, the sweeper closes it. */
  straggler: boolean;
  attempt?: {
    id: string;
    questions: { id: string; options: string[] }[];
    saved: number;
    closed: boolean;
  };
  seq: number;
}

/**
 * Participants straight in the database with one live session each (registering 200 people
 * through the API would spend 200 argon2 hashes of setup time), in the unit of
 * thisinh01@demo.local, sharing its password hash.
 */
export async function insertParticipants(db: pg.Pool, n: number): Promise<string[]> {
  const { rows } = await db.query<{ unit_id: string; password_hash: string }>(
    `SELECT unit_id, password_hash FROM users WHERE email = 'thisinh01@demo.local'`,
  );
  const tpl = rows[0]!;
  const ids = Array.from({ length: n }, () => randomUUID());
  const tokens = ids.map(() => randomBytes(24).toString('base64url'));
  await db.query(
    `INSERT INTO users (id, full_name, role, unit_id, phone, password_hash, is_demo, consent_at)
     SELECT i, 'Thí sinh thử lỗi ' || o, 'participant', $2, '0288' || lpad(($3 + o)::text, 6, '0'),
            $4, false, now()
       FROM unnest($1::uuid[]) WITH ORDINALITY AS x(i, o)`,
    [ids, tpl.unit_id, randomInt(900_000 - n), tpl.password_hash],
  );
  await db.query(
    `INSERT INTO auth_sessions (user_id, token_hash, created_at, expires_at)
     SELECT u, h, now(), now() + interval '1 day' FROM unnest($1::uuid[], $2::text[]) AS x(u, h)`,
    [ids, tokens.map((t) => createHash('sha256').update(t).digest('hex'))],
  );
  return tokens;
}

/**
 * Open-loop load from `tokens.length` participants at `rate` requests per second, each taking
 * attempts of the round one after another: start, autosave every question (some twice), submit.
 * A participant waits for its previous request; a failed request is retried as the next one.
 * Requests go to whatever `target()` answers at the time (the server's address changes across
 * restarts; null while it is down).
 */
export class AttemptLoad {
  readonly acks: Acks = {
    saves: new Map(),
    submits: new Map(),
    conflictingSubmits: 0,
    requests: 0,
    acked: 0,
    failed: 0,
    failures: new Map(),
  };
  private readonly people: Participant[];
  private timer: NodeJS.Timeout | undefined;
  private next = 0;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    tokens: string[],
    private readonly roundId: string,
    private readonly target: () => string | null,
    private readonly rate: number,
  ) {
    this.people = tokens.map((token, i) => ({
      token,
      busy: false,
      seq: 0,
      straggler: i % 10 === 0,
    }));
  }

  start() {
    const tickMs = 25;
    let due = 0;
    let last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      due += ((now - last) / 1000) * this.rate;
      last = now;
      for (let tries = 0; due >= 1 && tries < this.people.length; tries++) {
        const p = this.people[this.next++ % this.people.length]!;
        if (p.busy) continue;
        due -= 1;
        const run = this.step(p).finally(() => this.inFlight.delete(run));
        this.inFlight.add(run);
      }
      due = Math.min(due, this.rate); // a backlog from a pause is not fired all at once
    }, tickMs);
  }

  /** Stops sending and waits for the requests in flight. */
  async stop() {
    clearInterval(this.timer);
    await Promise.all([...this.inFlight]);
  }

  private fail(kind: string, why: string) {
    this.acks.failed++;
    const key = `${kind} ${why}`;
    this.acks.failures.set(key, (this.acks.failures.get(key) ?? 0) + 1);
  }

  private async call(kind: string, method: string, path: string, token: string, body: unknown) {
    const base = this.target();
    if (!base) return null; // while the server restarts, people wait rather than knock
    this.acks.requests++;
    try {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      const json = (await res.json()) as unknown;
      if (!res.ok) {
        this.fail(kind, `${res.status} ${(json as { error?: { code?: string } }).error?.code}`);
        return { status: res.status, body: json };
      }
      this.acks.acked++;
      return { status: res.status, body: json };
    } catch (e) {
      this.fail(kind, (e as Error).name === 'TimeoutError' ? 'timeout' : 'no answer');
      return null;
    }
  }

  private async step(p: Participant) {
    p.busy = true;
    try {
      if (!p.attempt) return await this.startAttempt(p);
      const a = p.attempt;
      // Every question once, then a second answer to the first, then submit (stragglers go on
      // answering until the server refuses: their attempts run past deadline + grace).
      if (!a.closed && (p.straggler || a.saved < a.questions.length + 1))
        return await this.save(p, a);
      return await this.submit(p, a);
    } finally {
      p.busy = false;
    }
  }

  private async startAttempt(p: Participant) {
    const res = await this.call(
      'start',
      'POST',
      `/api/rounds/${this.roundId}/attempts`,
      p.token,
      {},
    );
    if (res?.status !== 201 && res?.status !== 200) return;
    const body = res.body as { id: string; questions: { id: string; options: { id: string }[] }[] };
    p.attempt = {
      id: body.id,
      questions: body.questions.map((q) => ({ id: q.id, options: q.options.map((o) => o.id) })),
      saved: 0,
      closed: false,
    };
  }

  private async save(p: Participant, a: NonNullable<Participant['attempt']>) {
    const q = a.questions[a.saved % a.questions.length]!;
    const optionIds = [q.options[randomInt(q.options.length)]!];
    const seq = ++p.seq;
    const res = await this.call('save', 'PUT', `/api/attempts/${a.id}/answers/${q.id}`, p.token, {
      optionIds,
      seq,
    });
    if (res?.status === 200) {
      const key = `${a.id}:${q.id}`;
      const prev = this.acks.saves.get(key);
      if (!prev || prev.seq < seq)
        this.acks.saves.set(key, { attemptId: a.id, questionId: q.id, seq, optionIds });
      a.saved++;
    } else if (res?.status === 422 || res?.status === 409) {
      a.closed = true; // deadline + grace passed (or closed by the sweeper): go and submit
    }
  }

  private async submit(p: Participant, a: NonNullable<Participant['attempt']>) {
    const res = await this.call('submit', 'POST', `/api/attempts/${a.id}/submit`, p.token, {
      prediction: randomInt(200),
    });
    if (res?.status === 200) {
      const score = (res.body as { correctCount: number }).correctCount;
      const prev = this.acks.submits.get(a.id);
      if (prev !== undefined && prev !== score) this.acks.conflictingSubmits++;
      this.acks.submits.set(a.id, score);
      p.attempt = undefined;
    } else if (res && res.status >= 400 && res.status < 500) {
      p.attempt = undefined; // refused for good (e.g. closed by the sweeper): start another
    }
  }
}
