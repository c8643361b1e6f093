import { randomInt } from 'node:crypto';
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LeaderboardUnwatchSchema,
  LeaderboardWatchSchema,
  ParticipationWatchSchema,
} from '@cchc/contracts';
import { z } from 'zod';
import { api, randomIp } from '../support/api.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
} from '../support/contest.js';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';

/**
 * Every route of the OpenAPI document, as every role, with bodies, queries and path parameters
 * shaped by their schemas and then spoiled (NUL, lone surrogates, bidi overrides, huge strings,
 * 2^31, 2^53, 1e308, -0, deep nesting, extra keys, __proto__, wrong types); and every socket
 * event the same way. Nothing may answer 5xx, and the server must stay healthy.
 *
 * FUZZ_SEED replays a run (the seed is printed); FUZZ_CASES sets the HTTP cases (default 10,000).
 * It runs on its own server: as admin it changes data other suites rely on.
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : randomInt(2 ** 31);
const HTTP_CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const SOCKET_CASES_PER_EVENT = Number(process.env.FUZZ_SOCKET_CASES ?? 150);
const CONCURRENCY = 8;

type Role = 'anonymous' | 'participant' | 'reporter' | 'organizer' | 'admin';
const ROLES: Role[] = ['anonymous', 'participant', 'reporter', 'organizer', 'admin'];
const DEMO_LOGIN: Record<Exclude<Role, 'anonymous'>, string> = {
  participant: 'thisinh01@demo.local',
  reporter: 'baocao@demo.local',
  organizer: 'btc@demo.local',
  admin: 'admin@demo.local',
};

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

interface Operation {
  method: string;
  path: string;
  query: Record<string, JsonSchema>;
  /** Path parameters documented with a schema (`kind` and `format` of a report download). */
  pathSchemas: Record<string, JsonSchema>;
  body: 'json' | 'multipart' | null;
  bodySchema: JsonSchema | null;
}

interface Case {
  role: Role;
  method: string;
  url: string;
  body?: string;
  form?: { name: string; content: string; extra: [string, string][] };
}

// ---------------------------------------------------------------- hostile values

const deep = (n: number): unknown => {
  let v: unknown = 'fond';
  for (let i = 0; i < n; i++) v = i % 2 ? { a: v } : [v];
  return v;
};

const HOSTILE_STRINGS = [
  '\u0000',
  'Nguyễn\u0000Văn',
  '\ud800',
  'x\udfffy',
  '\udc00\ud800',
  '\u202egnp.exe\u202d',
  '\u2066\u2067\u2068\u2069',
  '\u0007\u001b[2J',
  '\u0085\u009f',
  '\ufeff\u200b',
  '\uffff\ufffe',
  'Ā'.repeat(5000),
  'a'.repeat(200_000),
  '',
  ' ',
  '-0',
  'NaN',
  'Infinity',
  '1e308',
  '2147483648',
  '9007199254740993',
  '0001-01-01T00:00:00Z',
  '9999-12-31',
  '0001-01-01',
  "'; DROP TABLE users; --",
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  '../../../etc/passwd',
  '%00',
  '__proto__',
  'constructor',
  'null',
  '00000000-0000-0000-0000-000000000000',
];
const HOSTILE_NUMBERS = [
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 53,
  -(2 ** 53),
  2 ** 53 + 2,
  1e308,
  -1e308,
  -0,
  0.5,
  Number.MIN_VALUE,
  -1,
];
const protoPollution = () => {
  // Computed keys make own properties named __proto__ and constructor, as JSON.parse would.
  return {
    ['__proto__']: { admin: true, role: 'admin' },
    ['constructor']: { prototype: { x: 1 } },
  };
};
const HOSTILE_SHAPES: unknown[] = [
  null,
  true,
  false,
  [],
  {},
  [null],
  deep(400),
  deep(4000),
  protoPollution(),
];

/** Strings of any UTF-16 code units, lone surrogates and control characters included. */
const codeUnitString = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_SHAPES) },
  { weight: 2, arbitrary: codeUnitString },
  { weight: 1, arbitrary: fc.double() },
);

// ---------------------------------------------------------------- schema-shaped values

interface Pools {
  ids: string[];
  /** The real id of each kind: a field or path named after it gets it most of the time. */
  byKind: Record<'unit' | 'contest' | 'round' | 'question' | 'attempt' | 'user', string>;
}

const KINDS = [
  'question',
  'attempt',
  'contest',
  'round',
  'user',
  'unit',
  'parent',
  'into',
] as const;

/** A uuid of the kind a field or path segment names ("organizerUnitId", "rounds/{id}"). */
function uuidFor(pools: Pools, hint = ''): fc.Arbitrary<string> {
  const word = KINDS.find((k) => hint.toLowerCase().includes(k));
  const kind = word === 'parent' || word === 'into' ? 'unit' : word;
  const any = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pools.ids) }, fc.uuid());
  return kind ? fc.oneof({ weight: 4, arbitrary: fc.constant(pools.byKind[kind]) }, any) : any;
}

function valueOf(
  schema: JsonSchema,
  pools: Pools,
  hostile: number,
  depth = 0,
  key = '',
): fc.Arbitrary<unknown> {
  const valid = validOf(schema, pools, hostile, depth, key);
  if (hostile === 0) return valid;
  return fc.oneof(
    { weight: 10 - hostile, arbitrary: valid },
    { weight: hostile, arbitrary: hostileLeaf },
  );
}

function validOf(
  schema: JsonSchema,
  pools: Pools,
  hostile: number,
  depth: number,
  key: string,
): fc.Arbitrary<unknown> {
  const inner = (s: JsonSchema, k = key) => valueOf(s, pools, hostile, depth + 1, k);
  const base = ((): fc.Arbitrary<unknown> => {
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    if (schema.const !== undefined) return fc.constant(schema.const);
    const alts = schema.anyOf ?? schema.oneOf;
    if (alts?.length) return fc.oneof(...alts.map((a) => inner(a)));
    if (schema.allOf?.length) return inner(schema.allOf[0]!);
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'string':
        return stringOf(schema, pools, key);
      case 'integer':
        return fc.integer({
          min: Math.max(schema.minimum ?? -1000, -(2 ** 31)),
          max: Math.min(schema.maximum ?? 100_000, 2 ** 31 - 1),
        });
      case 'number':
        return fc.double({
          min: schema.minimum ?? -1e6,
          max: schema.maximum ?? 1e6,
          noNaN: true,
          noDefaultInfinity: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'array':
        if (depth > 6) return fc.constant([]);
        return fc.array(inner(schema.items ?? {}), {
          minLength: Math.min(schema.minItems ?? 0, 4),
          maxLength: Math.min(schema.maxItems ?? 4, 4),
        });
      case 'object':
        return objectOf(schema, inner, depth);
      case undefined: // no type given: any JSON value
      default:
        return fc.oneof(
          fc.string({ maxLength: 10 }),
          fc.integer(),
          fc.boolean(),
          fc.constant(null),
        );
    }
  })();
  return schema.nullable ? fc.option(base, { nil: null }) : base;
}

function stringOf(schema: JsonSchema, pools: Pools, key: string): fc.Arbitrary<unknown> {
  switch (schema.format) {
    case 'uuid':
      return uuidFor(pools, key);
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    case undefined: // no format: the pattern, else plain strings, below
      break;
  }
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern));
    } catch {
      /* a pattern fast-check cannot read: plain strings below */
    }
  }
  return fc.string({
    unit: 'grapheme',
    minLength: Math.min(schema.minLength ?? 0, 20),
    maxLength: Math.max(Math.min(schema.maxLength ?? 40, 40), Math.min(schema.minLength ?? 0, 20)),
  });
}

function objectOf(
  schema: JsonSchema,
  inner: (s: JsonSchema, key?: string) => fc.Arbitrary<unknown>,
  depth: number,
): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant({});
  const props = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(props).map(([k, s]) => [
      k,
      NAMED[k] ? fc.oneof({ weight: 8, arbitrary: NAMED[k] }, inner(s, k)) : inner(s, k),
    ]),
  );
  const record = fc.record(model, {
    requiredKeys: (schema.required ?? []).filter((k) => k in props),
  });
  if (!Object.keys(props).length && schema.additionalProperties) {
    const values =
      typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
    return fc.dictionary(fc.string({ maxLength: 12 }), inner(values), { maxKeys: 4 });
  }
  return record;
}

/**
 * Fields whose schema says only "string" but whose rules want a shape (a phone, a CCCD): well
 * formed values let a body pass them and reach the fields behind.
 */
const NAMED: Record<string, fc.Arbitrary<unknown>> = {
  phone: fc.integer({ min: 0, max: 99_999_999 }).map((n) => `09${String(n).padStart(8, '0')}`),
  citizenId: fc
    .integer({ min: 0, max: 99_999_999 })
    .map((n) => `0010${String(n).padStart(8, '0')}`),
  password: fc.constant('MatKhau@2025'),
  newPassword: fc.constant('MatKhau@2026'),
  consent: fc.constant(true),
};

type Path = (string | number)[];

/** The paths of every scalar in a value. */
function leaves(v: unknown, at: Path = []): Path[] {
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) =>
      leaves(x, [...at, Array.isArray(v) ? Number(k) : k]),
    );
  return [at];
}

function replaceAt(v: unknown, path: Path, leaf: unknown): unknown {
  if (!path.length) return leaf;
  const [head, ...rest] = path;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = replaceAt(copy[head!], rest, leaf);
  return copy;
}

/** What PostgreSQL cannot store, slipped into a valid string: its length and shape stay valid. */
const UNSTORABLE = ['\u0000', '\ud800', '\udfff', '\u0007', '\u001b', '\u0085', '\ufffe'];

/** A valid value with exactly one scalar spoiled: the bad field is the only reason to refuse. */
function spoilOneLeaf(value: unknown): fc.Arbitrary<unknown> {
  const paths = leaves(value);
  if (!paths.length) return hostileLeaf;
  return fc
    .tuple(fc.nat({ max: paths.length - 1 }), hostileLeaf, fc.constantFrom(...UNSTORABLE), fc.nat())
    .map(([i, hostile, bad, at]) => {
      const path = paths[i]!;
      const old = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
      const leaf =
        typeof old === 'string' && old.length && at % 2
          ? old.slice(0, at % old.length) + bad + old.slice((at % old.length) + 1)
          : hostile;
      return replaceAt(value, path, leaf);
    });
}

/** Extra keys, missing keys, prototype keys: the shape of an object spoiled. */
function spoilShape(value: unknown): fc.Arbitrary<unknown> {
  const obj = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  return fc.oneof(
    fc
      .tuple(fc.constantFrom('__proto__', 'constructor', 'role', 'isAdmin', 'id', 'x'), hostileLeaf)
      .map(([k, v]) => {
        const out: Record<string, unknown> = { ...(obj as object) };
        Object.defineProperty(out, k, {
          value: v,
          enumerable: true,
          configurable: true,
          writable: true,
        });
        return out;
      }),
    fc.constant(Object.fromEntries(Object.entries(obj as object).slice(1))),
    fc.constantFrom(...HOSTILE_SHAPES),
  );
}

function bodyOf(schema: JsonSchema, pools: Pools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 2, arbitrary: valueOf(schema, pools, 0) },
    { weight: 5, arbitrary: valueOf(schema, pools, 0).chain(spoilOneLeaf) },
    { weight: 2, arbitrary: valueOf(schema, pools, 2) },
    { weight: 2, arbitrary: valueOf(schema, pools, 0).chain(spoilShape) },
  );
}

// ---------------------------------------------------------------- URLs and requests

/** encodeURIComponent, except that a lone surrogate is sent as its (invalid) CESU-8 bytes. */
function encode(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(ch);
  }
  return out;
}

const asText = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : typeof v === 'number' && Object.is(v, -0)
      ? '-0'
      : (JSON.stringify(v) ?? '');

function pathParamOf(pools: Pools, hint: string, schema?: JsonSchema): fc.Arbitrary<string> {
  // An enumerated parameter (a report's kind, a file format) mostly takes a value it allows.
  if (schema?.enum?.length)
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...schema.enum.map(String)) },
      { weight: 2, arbitrary: hostileLeaf.map(asText) },
    );
  return fc.oneof(
    { weight: 5, arbitrary: uuidFor(pools, hint) },
    { weight: 3, arbitrary: hostileLeaf.map(asText) },
    { weight: 1, arbitrary: codeUnitString },
  );
}

function queryOf(op: Operation, pools: Pools): fc.Arbitrary<string> {
  const params = Object.entries(op.query);
  const valid = ([name, schema]: [string, JsonSchema]) =>
    fc.option(
      valueOf(schema, pools, 0).map((v) => `${name}=${encode(asText(v))}`),
      { nil: '', freq: 2 },
    );
  const parts = fc.tuple(...params.map(valid));
  const badParam = fc.oneof(
    { weight: 6, arbitrary: hostileLeaf.map((v) => (n: string) => `${n}=${encode(asText(v))}`) },
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...UNSTORABLE)
        .map((b) => (n: string) => `${n}=${encode(`a${b}`)}`),
    },
    // qs reads these as an array and as an object: wrong types in a query string
    { weight: 1, arbitrary: fc.constant((n: string) => `${n}=a&${n}=b`) },
    { weight: 1, arbitrary: fc.constant((n: string) => `${n}[__proto__][x]=1`) },
  );
  // One spoiled parameter among valid ones: it is the only reason to refuse the request.
  const spoiled = params.length
    ? fc
        .tuple(parts, fc.nat({ max: params.length - 1 }), badParam)
        .map(([ps, i, bad]) => ps.map((p, j) => (j === i ? bad(params[i]![0]) : p)))
    : parts;
  const extra = fc.option(
    fc.constantFrom('zz=1', '__proto__[admin]=1', 'constructor[prototype][x]=1', '%00=%00'),
    { nil: '', freq: 4 },
  );
  return fc
    .tuple(fc.oneof({ weight: 1, arbitrary: parts }, { weight: 3, arbitrary: spoiled }), extra)
    .map(([ps, x]) => [...ps, x].filter(Boolean).join('&'));
}

const FILE_NAMES = [
  'a.csv',
  'a.xlsx',
  'a.txt',
  'a.gift',
  'a.aiken',
  '\u0000.csv',
  'x\ud800.csv',
  '..%2f.csv',
];

function caseArb(op: Operation, role: Role, pools: Pools): fc.Arbitrary<Case> {
  // `rounds/{id}`, and `{kind}.{format}` (the segment before names the kind of id).
  const params = [...op.path.matchAll(/([\w-]*)[/.]\{(\w+)\}/g)];
  const names = params.map((m) => m[2]!);
  const path = fc
    .tuple(...params.map((m) => pathParamOf(pools, `${m[1]}/${m[2]}`, op.pathSchemas[m[2]!])))
    .map((values) => names.reduce((p, n, i) => p.replace(`{${n}}`, encode(values[i]!)), op.path));
  const query = queryOf(op, pools);
  const body: fc.Arbitrary<Pick<Case, 'body' | 'form'>> =
    op.body === 'json'
      ? bodyOf(op.bodySchema ?? {}, pools).map((b) => ({ body: JSON.stringify(b) ?? 'null' }))
      : op.body === 'multipart'
        ? fc
            .record({
              name: fc.constantFrom(...FILE_NAMES),
              content: fc.oneof(
                fc.constantFrom(
                  'Mã đơn vị,Tên đơn vị,Loại\nX\u0000,Tên\ud800,commune\n',
                  'Họ và tên,Số CCCD,Số điện thoại\nA\u0000,0123456789012,0912345678\n',
                  'area,difficulty,type,stem,A,B,correct\nthe_che,1,single,Câu\u0000?,Đ,S,A\n',
                  '',
                  'PK\u0003\u0004garbage',
                ),
                codeUnitString,
              ),
              extra: fc.array(
                fc.tuple(
                  fc.constantFrom('dryRun', 'x', '__proto__'),
                  fc.constantFrom(...HOSTILE_STRINGS.slice(0, 12)),
                ),
                { maxLength: 2 },
              ),
            })
            .map((form) => ({ form }))
        : fc.constant({});
  return fc.tuple(path, query, body).map(([p, q, b]) => ({
    role,
    method: op.method,
    url: q ? `${p}?${q}` : p,
    ...b,
  }));
}

// ---------------------------------------------------------------- the run

let server: RunningServer;
const tokens: Partial<Record<Role, string>> = {};
/** A second session of each role, for the logout route: the first one must live on. */
const logoutTokens: Partial<Record<Role, string>> = {};
const pools = { ids: [] } as unknown as Pools;

async function loginAs(role: Exclude<Role, 'anonymous'>): Promise<string> {
  const r = await api('POST', '/api/auth/login', {
    base: server.baseUrl,
    ip: randomIp(),
    body: { username: DEMO_LOGIN[role], password: 'Demo@2025' },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.accessToken as string;
}

async function send(c: Case): Promise<number> {
  const headers: Record<string, string> = { 'x-forwarded-for': randomIp() };
  const token = (c.url.startsWith('/api/auth/logout') ? logoutTokens : tokens)[c.role];
  if (token) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (c.form) {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(c.form.content)]), c.form.name);
    for (const [k, v] of c.form.extra) form.append(k, v);
    body = form;
  } else if (c.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = c.body;
  }
  const res = await fetch(`${server.baseUrl}${c.url}`, {
    method: c.method,
    headers,
    body,
    signal: AbortSignal.timeout(30_000),
  });
  await res.arrayBuffer();
  return res.status;
}

async function pool<T>(items: T[], worker: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await worker(items[next++]!);
    }),
  );
}

function operations(doc: { paths: Record<string, Record<string, any>> }): Operation[] {
  const ops: Operation[] = [];
  const paramsIn = (where: 'query' | 'path', op: any) =>
    Object.fromEntries(
      ((op?.parameters ?? []) as { in: string; name: string; schema?: JsonSchema }[])
        .filter((p) => p.in === where)
        .map((p) => [p.name, p.schema ?? { type: 'string' }]),
    );
  const queryParams = (op: any) => paramsIn('query', op);
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {};
      let query = queryParams(op);
      // The report downloads take the query of their JSON report, which OpenAPI lists there.
      if (path === '/api/reports/{kind}.{format}') {
        for (const kind of ['participation', 'non-participants', 'collective'])
          query = { ...queryParams(doc.paths[`/api/reports/${kind}`]?.get), ...query };
      }
      ops.push({
        method: method.toUpperCase(),
        path,
        query,
        pathSchemas: paramsIn('path', op),
        body: content['application/json']
          ? 'json'
          : content['multipart/form-data']
            ? 'multipart'
            : null,
        bodySchema: content['application/json']?.schema ?? null,
      });
    }
  }
  return ops;
}

beforeAll(async () => {
  server = await startServer({
    env: {
      // A port of its own for the embedded PostgreSQL, as global-setup does: "any free port"
      // chosen by PostgreSQL could be the one just picked for the HTTP server.
      PG_PORT: String(await freePort()),
      // Thousands of fuzzed logins would lock the demo accounts the roles sign in with.
      LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '1000000',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000000',
      LOGIN_MAX_FAILURES_PER_IP: '1000000',
      // Hostile content, not floods, is what this file sends (socket-flood.spec.ts covers those):
      // events come one after another as fast as they are answered.
      SOCKET_RATE_PER_SEC: '1000',
      SOCKET_BURST: '10000',
      SOCKET_USER_RATE_PER_SEC: '1000',
      SOCKET_USER_BURST: '10000',
    },
  });
  // Logins first: a fuzzed PATCH /api/me may change the email they use.
  for (const role of ROLES) {
    if (role === 'anonymous') continue;
    tokens[role] = await loginAs(role);
    logoutTokens[role] = await loginAs(role);
  }
  // Real ids to aim at, so that spoiled bodies reach the rules behind the first lookups.
  const base = { base: server.baseUrl };
  const me = await api('GET', '/api/me', { ...base, token: tokens.organizer });
  const unitId = me.body.unitId as string;
  const questionIds = await publishedQuestions(tokens.organizer!, 3, base);
  const contest = await createContest(tokens.organizer!, unitId, {}, base);
  const round = await createRound(tokens.organizer!, contest.id, {}, base);
  await publish(tokens.organizer!, contest.id, base);
  const taker = await participant(unitId, base);
  const attempt = await api('POST', `/api/rounds/${round.id}/attempts`, {
    ...base,
    token: taker.token,
    body: {},
  });
  pools.byKind = {
    unit: unitId,
    contest: contest.id,
    round: round.id,
    question: questionIds[0]!,
    attempt: attempt.body.id as string,
    user: taker.id,
  };
  pools.ids = Object.values(pools.byKind);
}, 180_000);

afterAll(async () => {
  if (!server) return;
  const code = await server.stop('SIGTERM');
  if (code !== 0) console.error(`fuzz server exit code ${code}`);
  rmSync(server.dataDir, { recursive: true, force: true });
});

describe('generated hostile input never gets a 5xx', () => {
  it(`every route × every role (seed ${SEED})`, async () => {
    console.log(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    const doc = await api('GET', '/api/docs/openapi.json', { base: server.baseUrl });
    const ops = operations(doc.body);
    expect(ops.length).toBeGreaterThan(50);
    const perPair = Math.ceil(HTTP_CASES / (ops.length * ROLES.length));
    const statuses = new Map<number, number>();
    const perRoute = new Map<string, number>();
    const failures: { case: Case; status: number | string }[] = [];
    let seed = SEED;
    for (const op of ops) {
      const cases = ROLES.flatMap((role) =>
        fc.sample(caseArb(op, role, pools), { seed: seed++, numRuns: perPair }),
      );
      await pool(cases, async (c) => {
        let status: number | string;
        try {
          status = await send(c);
        } catch (e) {
          // Node refuses a request line over 16 KB (431) and closes the connection while a
          // client still sends its body: fetch then sees a reset, not the status.
          status = c.url.length > 16 * 1024 && c.method !== 'GET' ? 431 : `no answer: ${String(e)}`;
        }
        if (typeof status === 'number') statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (typeof status !== 'number' || status >= 500) failures.push({ case: c, status });
      });
      perRoute.set(`${op.method} ${op.path}`, cases.length);
    }
    const total = [...perRoute.values()].reduce((a, b) => a + b, 0);
    console.log(
      `fuzz: ${total} HTTP cases over ${ops.length} routes × ${ROLES.length} roles (${perPair} per pair)\n` +
        `status histogram: ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}\n` +
        `cases per route: ${[...perRoute].map(([r, n]) => `${r}=${n}`).join(', ')}`,
    );
    if (failures.length)
      console.log(
        `server log (end):\n${server.output().slice(-4000)}\n` +
          failures
            .slice(0, 20)
            .map(
              (f) =>
                `${f.status} ${f.case.role} ${f.case.method} ${f.case.url.slice(0, 200)} ${f.case.body?.slice(0, 300) ?? ''}`,
            )
            .join('\n'),
      );
    expect(failures.map((f) => `${f.status} ${f.case.method} ${f.case.url.slice(0, 120)}`)).toEqual(
      [],
    );
    expect(total).toBeGreaterThanOrEqual(HTTP_CASES);
    const health = await api('GET', '/api/health', { base: server.baseUrl });
    expect(health.status).toBe(200);
  }, 600_000);

  it('every socket event, as every role that can connect', async () => {
    const events: [string, z.ZodType][] = [
      ['leaderboard:watch', LeaderboardWatchSchema],
      ['leaderboard:unwatch', LeaderboardUnwatchSchema],
      ['participation:watch', ParticipationWatchSchema],
      ['participation:unwatch', ParticipationWatchSchema],
    ];
    const acks = new Map<string, number>();
    const failures: string[] = [];
    let seed = SEED;
    let reconnects = 0;
    for (const role of ROLES) {
      let socket = await connect(tokens[role]);
      if (!socket) {
        // Without a token the handshake is refused: that is the answer for anonymous.
        expect(role).toBe('anonymous');
        continue;
      }
      for (const [event, schema] of events) {
        const jsonSchema = z.toJSONSchema(schema, {
          target: 'openapi-3.0',
          io: 'input',
          unrepresentable: 'any',
        }) as JsonSchema;
        const payloads = fc.sample(bodyOf(jsonSchema, pools), {
          seed: seed++,
          numRuns: SOCKET_CASES_PER_EVENT,
        });
        for (const payload of payloads) {
          const ack = await emit(socket, event, payload);
          const key = ack === 'none' ? 'no ack' : ack.ok ? 'ok' : ack.error.code;
          acks.set(key, (acks.get(key) ?? 0) + 1);
          if (ack === 'none' || (!ack.ok && ack.error.code === 'internal_error'))
            failures.push(`${role} ${event} ${key} ${JSON.stringify(payload)?.slice(0, 200)}`);
          // A server may cut a socket that floods it; the next client must still get in.
          if (!socket.connected) {
            reconnects++;
            socket = await connect(tokens[role]);
            if (!socket) throw new Error(`${role} could not connect again after ${event}`);
          }
        }
      }
      // Unknown events, binary and oversized frames, no payload at all: no answer, no crash.
      for (const [event, payload] of [
        ['no:such-event', { roundId: pools.ids[2] }],
        ['__proto__', {}],
        ['leaderboard:watch', Buffer.from([0, 0xff, 0xfe])],
        ['leaderboard:watch', 'x'.repeat(500_000)],
        ['leaderboard:watch', undefined],
      ] as [string, unknown][]) {
        socket.emit(event, payload);
      }
      socket.disconnect();
    }
    // Hostile handshake tokens are refused at the door.
    for (const token of ['\u0000', '\ud800', 'x'.repeat(199), `${tokens.admin}\u0000`, '{}']) {
      const socket = await connect(token);
      if (socket) failures.push(`handshake with ${JSON.stringify(token).slice(0, 40)} accepted`);
      socket?.disconnect();
    }
    console.log(
      `socket fuzz: ${[...acks.values()].reduce((a, b) => a + b, 0)} events, acks ${JSON.stringify(Object.fromEntries(acks))}, reconnects ${reconnects}`,
    );
    expect(failures).toEqual([]);
    expect((await api('GET', '/api/health', { base: server.baseUrl })).status).toBe(200);
  }, 300_000);
});

type AckResult = { ok: true } | { ok: false; error: { code: string } };

function connect(token: string | undefined): Promise<Socket | null> {
  return new Promise((resolve) => {
    const s = io(server.baseUrl, {
      path: '/socket.io',
      auth: token ? { token } : {},
      transports: ['websocket'],
      reconnection: false,
    });
    s.on('connect', () => resolve(s));
    s.on('connect_error', () => resolve(null));
  });
}

/** The ack, or 'none' when the server answers nothing within 2 s (an unknown event). */
function emit(socket: Socket, event: string, payload: unknown): Promise<AckResult | 'none'> {
  return socket
    .timeout(2000)
    .emitWithAck(event, payload)
    .then((ack: AckResult) => ack)
    .catch(() => 'none' as const);
}
