/**
 * Every HTTP operation of /api in one table: its method and its path as the server routes it
 * (below /api, with `:name` parameters). The client builds every URL from here (`apiPath`); the
 * server's OpenAPI document takes each operation's answer from `API` (api.ts), and the docs e2e
 * test holds this table and the routes the server maps to one another. No zod here: the client
 * imports this table on its first page.
 */

/**
 * The header the client sends with every request: a random id its browser keeps for itself
 * (DeviceIdSchema checks it). Here, without zod, because the client's first page sends it.
 */
export const DEVICE_ID_HEADER = 'X-Device-Id';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route<M extends HttpMethod = HttpMethod, P extends string = string> {
  method: M;
  path: P;
}

const route =
  <M extends HttpMethod>(method: M) =>
  <P extends string>(path: P): Route<M, P> => ({ method, path });
const get = route('GET');
const post = route('POST');
const put = route('PUT');
const patch = route('PATCH');
const del = route('DELETE');

export const ROUTES = {
  health: {
    status: get('health'),
    ready: get('health/ready'),
    live: get('health/live'),
    metrics: get('metrics'),
  },
  auth: {
    register: post('auth/register'),
    login: post('auth/login'),
    logout: post('auth/logout'),
    activate: post('auth/activate'),
    options: get('auth/options'),
    forgotPassword: post('auth/forgot-password'),
  },
  me: {
    get: get('me'),
    update: patch('me'),
    changePassword: post('me/password'),
    rounds: get('me/rounds'),
    briefing: get('me/rounds/:id'),
    home: get('me/home'),
    attempts: get('me/attempts'),
    unitChange: get('me/unit-change'),
    requestUnitChange: post('me/unit-change'),
    withdrawUnitChange: del('me/unit-change'),
  },
  users: {
    create: post('users'),
    list: get('users'),
    update: patch('users/:id'),
    oneTimeCode: post('users/:id/one-time-code'),
    bulk: post('users/bulk'),
    mergePreview: get('users/:id/merge-into/:otherId'),
    mergeInto: post('users/:id/merge-into/:otherId'),
  },
  unitChanges: {
    list: get('unit-change-requests'),
    approve: post('unit-change-requests/:id/approve'),
    reject: post('unit-change-requests/:id/reject'),
  },
  units: {
    public: get('units/public'),
    list: get('units'),
    create: post('units'),
    template: get('units/import/template'),
    import: post('units/import'),
    get: get('units/:id'),
    history: get('units/:id/history'),
    update: patch('units/:id'),
    merge: post('units/:id/merge'),
    formLayout: get('units/:id/form-layout'),
    saveFormLayout: put('units/:id/form-layout'),
  },
  rosters: {
    list: get('units/:id/roster'),
    template: get('units/:id/roster/template'),
    candidates: get('units/:id/roster/candidates'),
    import: post('units/:id/roster/import'),
    addAccount: post('units/:id/roster/entries'),
    accounts: post('units/:id/roster/accounts'),
    accountsProgress: get('roster/accounts-progress/:progressId'),
    accountless: get('units/:id/roster/accountless'),
    slips: get('roster/slips/:file'),
    link: put('roster/:entryId/link'),
    unlink: del('roster/:entryId/link'),
  },
  audit: {
    list: get('audit'),
  },
  questions: {
    areas: get('question-areas'),
    createArea: post('question-areas'),
    list: get('questions'),
    create: post('questions'),
    bulk: post('questions/bulk'),
    template: get('questions/import/template'),
    import: post('questions/import'),
    export: get('questions/export'),
    get: get('questions/:id'),
    revisions: get('questions/:id/revisions'),
    update: patch('questions/:id'),
    retire: del('questions/:id'),
    stats: get('questions/stats'),
  },
  contests: {
    list: get('contests'),
    create: post('contests'),
    get: get('contests/:id'),
    update: patch('contests/:id'),
    rules: get('contests/:id/rules'),
    createRound: post('contests/:id/rounds'),
    awards: get('contests/:id/awards'),
    share: get('contests/:id/share'),
    integrity: get('contests/:id/integrity'),
    integrityDecide: put('contests/:id/integrity/decisions'),
    overview: get('organizer/overview'),
  },
  rounds: {
    blueprintCheck: post('rounds/blueprint-check'),
    get: get('rounds/:id'),
    update: patch('rounds/:id'),
    leaderboard: get('rounds/:id/leaderboard'),
    finalize: post('rounds/:id/finalize'),
    disqualify: post('rounds/:id/disqualifications'),
    reinstate: del('rounds/:id/disqualifications/:userId'),
    results: get('rounds/:id/results'),
    winners: get('rounds/:id/winners.:format'),
  },
  attempts: {
    start: post('rounds/:id/attempts'),
    get: get('attempts/:id'),
    standing: get('attempts/:id/standing'),
    saveAnswer: put('attempts/:id/answers/:questionId'),
    submit: post('attempts/:id/submit'),
  },
  public: {
    contest: get('public/contests/:slug'),
    roundResults: get('public/rounds/:id/results'),
  },
  reports: {
    contests: get('reports/contests'),
    participation: get('reports/participation'),
    nonParticipants: get('reports/non-participants'),
    offList: get('reports/off-list'),
    collective: get('reports/collective'),
    createSnapshot: post('reports/snapshots'),
    snapshots: get('reports/snapshots'),
    snapshot: get('reports/snapshots/:id'),
    snapshotExport: get('reports/snapshots/:id/export'),
    download: get('reports/:kind.:format'),
    startExport: post('reports/exports'),
    exportJob: get('reports/exports/:id'),
    exportFile: get('reports/exports/:id/file'),
  },
} as const satisfies Record<string, Record<string, Route>>;

// `rounds/:id/winners.:format` → 'id' | 'format'
type Dotless<P extends string> = P extends `${infer A}.${infer B}` ? `${A}/${Dotless<B>}` : P;
type ParamsOf<P extends string> = P extends `${string}:${infer N}/${infer R}`
  ? N | ParamsOf<R>
  : P extends `${string}:${infer N}`
    ? N
    : never;
export type PathParams<P extends string> = { [K in ParamsOf<Dotless<P>>]: string };

const PARAM = /:([A-Za-z_]\w*)/g;

/**
 * The URL of a route: `apiPath(ROUTES.units.get, { id })` → `/api/units/<id>`. Each parameter is
 * URL-encoded; a route without parameters takes none.
 */
export function apiPath<P extends string>(
  r: { path: P },
  ...[params]: ParamsOf<Dotless<P>> extends never ? [] : [PathParams<P>]
): string {
  const values = (params ?? {}) as Record<string, string>;
  return `/api/${r.path.replace(PARAM, (_, name: string) => encodeURIComponent(values[name]!))}`;
}

/** The route as OpenAPI writes its path: `units/:id` → `/api/units/{id}`. */
export const openApiPath = (r: { path: string }): string =>
  `/api/${r.path.replace(PARAM, (_, name: string) => `{${name}}`)}`;
