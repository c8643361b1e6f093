import { readFileSync } from 'node:fs';
import {
  API,
  API_ROUTES,
  DOWNLOAD_CONTENT_TYPES,
  apiPath,
  openApiPath,
  type ApiRoute,
} from '@cchc/contracts';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { api, login } from '../support/api.js';
import {
  createRound,
  participant,
  publish,
  publishedQuestions,
  rightOptions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';

type Operation = {
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
type Doc = { paths: Record<string, Record<string, Operation>> };

/** Pages outside /api, left out of the document on purpose (ApiExcludeController). */
const PAGES_OUTSIDE_API = ['GET /cuoc-thi/:slug', 'GET /c/:code'];

const key = (r: Pick<ApiRoute, 'method' | 'path'>) => `${r.method} ${openApiPath(r)}`;
const successOf = (op: Operation) =>
  Object.entries(op.responses).find(([status]) => status.startsWith('2'));
// The server writes its schemas with these options (server/src/common/zod.ts).
const documented = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'output', unrepresentable: 'any' });

let doc: Doc;
beforeAll(async () => {
  const r = await api('GET', '/api/docs/openapi.json');
  expect(r.status).toBe(200);
  doc = r.body as Doc;
});

describe('OpenAPI', () => {
  it('lists every route the server maps, each with the answer contracts give it', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    // The document and the contracts route table name the same operations…
    expect([...operations].sort()).toEqual(API_ROUTES.map(key).sort());
    // …and they are every route Nest mapped but the pages outside /api (the start-up line
    // counts each route the router explorer mapped).
    const log = readFileSync(inject('serverLog'), 'utf8');
    const mapped = Number(/\[cchc\] (\d+) API routes/.exec(log)?.[1]);
    expect(mapped).toBe(operations.length + PAGES_OUTSIDE_API.length);

    for (const r of API_ROUTES) {
      const op = doc.paths[openApiPath(r)]![r.method.toLowerCase()]!;
      const success = successOf(op);
      expect(success, key(r)).toBeDefined();
      const [status, response] = success!;
      const answer = r.answer;
      switch (answer.kind) {
        case 'json':
          expect(response.content?.['application/json']?.schema, key(r)).toEqual(
            documented(answer.schema),
          );
          break;
        case 'file':
          expect(Object.keys(response.content ?? {}).sort(), key(r)).toEqual(
            answer.formats.map((f) => DOWNLOAD_CONTENT_TYPES[f]).sort(),
          );
          for (const media of Object.values(response.content ?? {}))
            expect(media.schema).toEqual({ type: 'string', format: 'binary' });
          break;
        case 'text':
          expect(Object.keys(response.content ?? {}), key(r)).toEqual([answer.contentType]);
          break;
        case 'none':
          expect([status, response.content], key(r)).toEqual(['204', undefined]);
          break;
      }
    }
  });

  it('documents request bodies from the shared schemas', () => {
    const register = doc.paths['/api/auth/register']!.post!.requestBody!.content[
      'application/json'
    ]!.schema as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(register.properties)).toEqual(
      expect.arrayContaining([
        'fullName',
        'phone',
        'email',
        'citizenId',
        'unitId',
        'password',
        'consent',
      ]),
    );
    expect(register.required).toEqual(
      expect.arrayContaining(['fullName', 'phone', 'unitId', 'password', 'consent']),
    );
  });

  it('serves the Swagger UI', async () => {
    const html = await api('GET', '/api/docs');
    expect(html.status).toBe(200);
    expect(String(html.body)).toContain('swagger');
  });

  it('answers real requests with bodies that fit their documented schema', async () => {
    const admin = await login('admin@demo.local');
    const thisinh = await login('thisinh01@demo.local');
    const checked = new Set<string>();
    /** Calls a route, expects `status`, and parses the body with the route's contracts schema. */
    async function fits(
      r: ApiRoute,
      url: string,
      opts: { token?: string; body?: unknown; status?: number } = {},
    ) {
      const res = await api(r.method, url, { token: opts.token, body: opts.body });
      expect([url, res.status]).toEqual([url, opts.status ?? 200]);
      if (r.answer.kind !== 'json') throw new Error(`${key(r)} answers no JSON`);
      const parsed = r.answer.schema.safeParse(res.body);
      expect(parsed.error?.issues, url).toBeUndefined();
      checked.add(key(r));
      return res.body;
    }

    await fits(API.health.status, apiPath(API.health.status));
    await fits(API.health.live, apiPath(API.health.live));
    await fits(API.auth.login, apiPath(API.auth.login), {
      body: { username: 'btc@demo.local', password: 'Demo@2025' },
    });
    // the shared server has no SMTP_URL: no email reset on offer
    expect(await fits(API.auth.options, apiPath(API.auth.options))).toEqual({ emailReset: false });
    await fits(API.me.get, apiPath(API.me.get), { token: admin });
    await fits(API.users.list, apiPath(API.users.list), { token: admin });
    await fits(API.units.public, apiPath(API.units.public));
    const units = (await fits(API.units.list, apiPath(API.units.list), { token: admin })) as {
      id: string;
    }[];
    const unit = { id: units[0]!.id };
    await fits(API.units.get, apiPath(API.units.get, unit), { token: admin });
    await fits(API.units.history, apiPath(API.units.history, unit), { token: admin });
    await fits(API.units.formLayout, apiPath(API.units.formLayout, unit), { token: admin });
    await fits(API.rosters.list, apiPath(API.rosters.list, unit), { token: admin });
    await fits(API.rosters.candidates, apiPath(API.rosters.candidates, unit), { token: admin });
    await fits(API.audit.list, apiPath(API.audit.list), { token: admin });
    await fits(API.questions.areas, apiPath(API.questions.areas), { token: admin });
    const questions = (await fits(API.questions.list, apiPath(API.questions.list), {
      token: admin,
    })) as { items: { id: string }[] };
    const question = { id: questions.items[0]!.id };
    await fits(API.questions.get, apiPath(API.questions.get, question), { token: admin });
    await fits(API.questions.revisions, apiPath(API.questions.revisions, question), {
      token: admin,
    });
    const contests = (await fits(API.contests.list, apiPath(API.contests.list), {
      token: admin,
    })) as { id: string; rounds: { id: string; phase: string }[] }[];
    const demo = contests.find((c) => c.rounds.some((r) => r.phase === 'finalized'))!;
    const contest = { id: demo.id };
    const finalized = { id: demo.rounds.find((r) => r.phase === 'finalized')!.id };
    await fits(API.contests.get, apiPath(API.contests.get, contest), { token: admin });
    await fits(API.contests.rules, apiPath(API.contests.rules, contest), { token: admin });
    await fits(API.contests.awards, apiPath(API.contests.awards, contest), { token: admin });
    const share = (await fits(API.contests.share, apiPath(API.contests.share, contest), {
      token: admin,
    })) as { slug: string };
    await fits(API.public.contest, apiPath(API.public.contest, { slug: share.slug }));
    await fits(API.contests.overview, apiPath(API.contests.overview), { token: admin });
    await fits(API.rounds.get, apiPath(API.rounds.get, finalized), { token: admin });
    await fits(API.rounds.leaderboard, apiPath(API.rounds.leaderboard, finalized), {
      token: admin,
    });
    await fits(API.rounds.results, apiPath(API.rounds.results, finalized), { token: admin });
    await fits(API.questions.stats, `${apiPath(API.questions.stats)}?roundId=${finalized.id}`, {
      token: admin,
    });
    const myRounds = (await fits(API.me.rounds, apiPath(API.me.rounds), {
      token: thisinh,
    })) as { id: string }[];
    await fits(API.me.home, apiPath(API.me.home), { token: thisinh });
    await fits(API.me.attempts, apiPath(API.me.attempts), { token: thisinh });
    await fits(API.me.briefing, apiPath(API.me.briefing, { id: myRounds[0]!.id }), {
      token: thisinh,
    });
    await fits(API.reports.contests, apiPath(API.reports.contests), { token: admin });
    const report = `?contestId=${contest.id}`;
    await fits(API.reports.participation, apiPath(API.reports.participation) + report, {
      token: admin,
    });
    await fits(API.reports.nonParticipants, apiPath(API.reports.nonParticipants) + report, {
      token: admin,
    });
    await fits(API.reports.offList, apiPath(API.reports.offList) + report, { token: admin });
    await fits(API.reports.collective, apiPath(API.reports.collective) + report, {
      token: admin,
    });
    await fits(API.reports.snapshots, apiPath(API.reports.snapshots), { token: admin });

    // An attempt from start to standing, in a contest of its own (the demo one stays as it is).
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 3);
    const created = (await fits(API.contests.create, apiPath(API.contests.create), {
      token: org.token,
      body: { title: 'Hội thi thử tài liệu API', organizerUnitId: org.unitId },
      status: 201,
    })) as { id: string };
    const round = await createRound(org.token, created.id);
    await publish(org.token, created.id);
    const taker = await participant(org.unitId);
    const attempt = (await fits(API.attempts.start, apiPath(API.attempts.start, round), {
      token: taker.token,
      body: {},
      status: 201,
    })) as { id: string; questions: { id: string; options: { id: string; text: string }[] }[] };
    const first = attempt.questions[0]!;
    await fits(API.attempts.get, apiPath(API.attempts.get, attempt), { token: taker.token });
    await fits(
      API.attempts.saveAnswer,
      apiPath(API.attempts.saveAnswer, { id: attempt.id, questionId: first.id }),
      { token: taker.token, body: { optionIds: [first.options[0]!.id], seq: 1 } },
    );
    await fits(API.attempts.submit, apiPath(API.attempts.submit, attempt), {
      token: taker.token,
      body: { prediction: 1, answers: rightOptions(attempt) },
    });
    await fits(API.attempts.standing, apiPath(API.attempts.standing, attempt), {
      token: taker.token,
    });
    const contestOf = { id: created.id };
    await fits(API.contests.integrity, apiPath(API.contests.integrity, contestOf), {
      token: org.token,
    });
    await fits(API.contests.integrityDecide, apiPath(API.contests.integrityDecide, contestOf), {
      token: org.token,
      body: { accountId: taker.id, decision: 'keep' },
    });
    // a unit change asked by the participant who just took part, rejected by the admin
    const publicUnits = (await api('GET', '/api/units/public')).body as { id: string }[];
    const elsewhere = publicUnits.find((u) => u.id !== org.unitId)!.id;
    const moved = (await fits(API.me.requestUnitChange, apiPath(API.me.requestUnitChange), {
      token: taker.token,
      body: { unitId: elsewhere },
      status: 201,
    })) as { id: string };
    await fits(API.me.unitChange, apiPath(API.me.unitChange), { token: taker.token });
    await fits(API.unitChanges.list, apiPath(API.unitChanges.list), { token: admin });
    await fits(API.unitChanges.reject, apiPath(API.unitChanges.reject, moved), {
      token: admin,
      body: { reason: 'Thử tài liệu API' },
    });

    // A sample from every feature of the table, not a token one.
    const groups = Object.entries(API)
      .filter(([, routes]) => Object.values(routes).some((r) => checked.has(key(r))))
      .map(([group]) => group);
    expect(groups).toEqual(Object.keys(API));
    expect(checked.size).toBeGreaterThanOrEqual(44);
  });

  it('sends downloads with the content type it documents', async () => {
    const admin = await login('admin@demo.local');
    const types = (r: ApiRoute) =>
      r.answer.kind === 'file' ? r.answer.formats.map((f) => DOWNLOAD_CONTENT_TYPES[f]) : [];
    for (const [r, url] of [
      [API.units.template, `${apiPath(API.units.template)}?format=csv`],
      [API.questions.template, apiPath(API.questions.template)],
    ] as const) {
      const res = await fetch(`${inject('baseUrl')}${url}`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      expect(types(r)).toContain(res.headers.get('content-type'));
    }
  });

  it('health reports the database', async () => {
    const r = await api('GET', '/api/health');
    expect(r.body).toEqual({ status: 'ok', db: 'up' });
    const ready = await api('GET', '/api/health/ready');
    expect([ready.status, ready.body]).toEqual([200, { status: 'ok', db: 'up' }]);
    const live = await api('GET', '/api/health/live');
    expect([live.status, live.body]).toEqual([200, { status: 'ok' }]);
  });
});
