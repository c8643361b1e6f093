import { z } from 'zod';
import { AuditPageSchema } from './audit/audit.schema.js';
import { AuthResultSchema, UserSchema } from './auth/auth.schema.js';
import {
  AttemptStandingSchema,
  ParticipantHomeSchema,
  RoundBriefingSchema,
} from './attempts/journey.schema.js';
import {
  AttemptSchema,
  FinalizeResultSchema,
  ItemStatSchema,
  LeaderboardSchema,
  MyAttemptSchema,
  ParticipantRoundSchema,
  PrizeAwardSchema,
  PublicResultsSchema,
  SavedAnswerSchema,
  SubmitResultSchema,
} from './attempts/attempts.schema.js';
import {
  BlueprintCheckSchema,
  ContestSchema,
  DisqualificationSchema,
  RoundSchema,
  RulesPageSchema,
} from './contests/contests.schema.js';
import { OrganizerOverviewSchema } from './contests/overview.schema.js';
import { ContestShareSchema, PublicContestSchema } from './contests/public-contest.schema.js';
import { HealthSchema, LivenessSchema } from './health.schema.js';
import {
  AreaSchema,
  BulkQuestionResultSchema,
  QuestionImportResultSchema,
  QuestionPageSchema,
  QuestionRevisionSchema,
  QuestionSchema,
} from './questions/questions.schema.js';
import {
  CollectiveRankingSchema,
  ExportJobSchema,
  NonParticipantsSchema,
  OffListSchema,
  ParticipationReportSchema,
  ReportContestSchema,
  SnapshotSummarySchema,
} from './reports/reports.schema.js';
import {
  RosterCandidatesSchema,
  RosterEntrySchema,
  RosterImportResultSchema,
  RosterSchema,
} from './rosters/rosters.schema.js';
import { UnitFormLayoutSchema } from './units/form-layout.schema.js';
import {
  PublicUnitSchema,
  UnitHistorySchema,
  UnitImportResultSchema,
  UnitSchema,
} from './units/units.schema.js';
import { UserPageSchema } from './users/users.schema.js';

/**
 * Every HTTP operation of /api in one table: its method, its path (as the server routes it,
 * below /api, with `:name` parameters) and what a success answers. The server documents each
 * answer in OpenAPI from here, the client builds every URL from here (`apiPath`), and the docs
 * e2e test holds the table, the server's routes and real answers to one another.
 */

/** Download content types, by file format. */
export const DOWNLOAD_CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const;
export type DownloadFormat = keyof typeof DOWNLOAD_CONTENT_TYPES;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a success answers: a JSON body, a file in one of some formats, plain text, or nothing (204). */
export type Answer =
  | { kind: 'json'; schema: z.ZodType }
  | { kind: 'file'; formats: readonly DownloadFormat[] }
  | { kind: 'text'; contentType: string }
  | { kind: 'none' };

export interface ApiRoute<M extends HttpMethod = HttpMethod, P extends string = string> {
  method: M;
  path: P;
  answer: Answer;
}

const json = <S extends z.ZodType>(schema: S) => ({ kind: 'json' as const, schema });
const file = (...formats: DownloadFormat[]) => ({ kind: 'file' as const, formats });
const none = { kind: 'none' as const };
const sheets = file('xlsx', 'csv');
const forms = file('xlsx', 'csv', 'pdf');

function route<M extends HttpMethod, P extends string, A extends Answer>(
  method: M,
  path: P,
  answer: A,
) {
  return { method, path, answer };
}
const get = <P extends string, A extends Answer>(path: P, answer: A) => route('GET', path, answer);
const post = <P extends string, A extends Answer>(path: P, answer: A) =>
  route('POST', path, answer);
const put = <P extends string, A extends Answer>(path: P, answer: A) => route('PUT', path, answer);
const patch = <P extends string, A extends Answer>(path: P, answer: A) =>
  route('PATCH', path, answer);
const del = <P extends string, A extends Answer>(path: P, answer: A) =>
  route('DELETE', path, answer);

export const API = {
  health: {
    status: get('health', json(HealthSchema)),
    ready: get('health/ready', json(HealthSchema)),
    live: get('health/live', json(LivenessSchema)),
    metrics: get('metrics', { kind: 'text', contentType: 'text/plain' }),
  },
  auth: {
    register: post('auth/register', json(AuthResultSchema)),
    login: post('auth/login', json(AuthResultSchema)),
    logout: post('auth/logout', none),
  },
  me: {
    get: get('me', json(UserSchema)),
    update: patch('me', json(UserSchema)),
    changePassword: post('me/password', none),
    rounds: get('me/rounds', json(z.array(ParticipantRoundSchema))),
    briefing: get('me/rounds/:id', json(RoundBriefingSchema)),
    home: get('me/home', json(ParticipantHomeSchema)),
    attempts: get('me/attempts', json(z.array(MyAttemptSchema))),
  },
  users: {
    create: post('users', json(UserSchema)),
    list: get('users', json(UserPageSchema)),
  },
  units: {
    public: get('units/public', json(z.array(PublicUnitSchema))),
    list: get('units', json(z.array(UnitSchema))),
    create: post('units', json(UnitSchema)),
    template: get('units/import/template', sheets),
    import: post('units/import', json(UnitImportResultSchema)),
    get: get('units/:id', json(UnitSchema)),
    history: get('units/:id/history', json(UnitHistorySchema)),
    update: patch('units/:id', json(UnitSchema)),
    merge: post('units/:id/merge', json(UnitSchema)),
    formLayout: get('units/:id/form-layout', json(UnitFormLayoutSchema)),
    saveFormLayout: put('units/:id/form-layout', json(UnitFormLayoutSchema)),
  },
  rosters: {
    list: get('units/:id/roster', json(RosterSchema)),
    template: get('units/:id/roster/template', sheets),
    candidates: get('units/:id/roster/candidates', json(RosterCandidatesSchema)),
    import: post('units/:id/roster/import', json(RosterImportResultSchema)),
    addAccount: post('units/:id/roster/entries', json(RosterEntrySchema)),
    link: put('roster/:entryId/link', json(RosterEntrySchema)),
    unlink: del('roster/:entryId/link', json(RosterEntrySchema)),
  },
  audit: {
    list: get('audit', json(AuditPageSchema)),
  },
  questions: {
    areas: get('question-areas', json(z.array(AreaSchema))),
    createArea: post('question-areas', json(AreaSchema)),
    list: get('questions', json(QuestionPageSchema)),
    create: post('questions', json(QuestionSchema)),
    bulk: post('questions/bulk', json(BulkQuestionResultSchema)),
    template: get('questions/import/template', sheets),
    import: post('questions/import', json(QuestionImportResultSchema)),
    export: get('questions/export', sheets),
    get: get('questions/:id', json(QuestionSchema)),
    revisions: get('questions/:id/revisions', json(z.array(QuestionRevisionSchema))),
    update: patch('questions/:id', json(QuestionSchema)),
    retire: del('questions/:id', json(QuestionSchema)),
    stats: get('questions/stats', json(z.array(ItemStatSchema))),
  },
  contests: {
    list: get('contests', json(z.array(ContestSchema))),
    create: post('contests', json(ContestSchema)),
    get: get('contests/:id', json(ContestSchema)),
    update: patch('contests/:id', json(ContestSchema)),
    rules: get('contests/:id/rules', json(RulesPageSchema)),
    createRound: post('contests/:id/rounds', json(RoundSchema)),
    awards: get('contests/:id/awards', json(z.array(PrizeAwardSchema))),
    share: get('contests/:id/share', json(ContestShareSchema)),
    overview: get('organizer/overview', json(OrganizerOverviewSchema)),
  },
  rounds: {
    blueprintCheck: post('rounds/blueprint-check', json(BlueprintCheckSchema)),
    get: get('rounds/:id', json(RoundSchema)),
    update: patch('rounds/:id', json(RoundSchema)),
    leaderboard: get('rounds/:id/leaderboard', json(LeaderboardSchema)),
    finalize: post('rounds/:id/finalize', json(FinalizeResultSchema)),
    disqualify: post('rounds/:id/disqualifications', json(DisqualificationSchema)),
    reinstate: del('rounds/:id/disqualifications/:userId', json(DisqualificationSchema)),
    results: get('rounds/:id/results', json(FinalizeResultSchema)),
    winners: get('rounds/:id/winners.:format', forms),
  },
  attempts: {
    start: post('rounds/:id/attempts', json(AttemptSchema)),
    get: get('attempts/:id', json(AttemptSchema)),
    standing: get('attempts/:id/standing', json(AttemptStandingSchema)),
    saveAnswer: put('attempts/:id/answers/:questionId', json(SavedAnswerSchema)),
    submit: post('attempts/:id/submit', json(SubmitResultSchema)),
  },
  public: {
    contest: get('public/contests/:slug', json(PublicContestSchema)),
    roundResults: get('public/rounds/:id/results', json(PublicResultsSchema)),
  },
  reports: {
    contests: get('reports/contests', json(z.array(ReportContestSchema))),
    participation: get('reports/participation', json(ParticipationReportSchema)),
    nonParticipants: get('reports/non-participants', json(NonParticipantsSchema)),
    offList: get('reports/off-list', json(OffListSchema)),
    collective: get('reports/collective', json(CollectiveRankingSchema)),
    createSnapshot: post('reports/snapshots', json(SnapshotSummarySchema)),
    snapshots: get('reports/snapshots', json(z.array(SnapshotSummarySchema))),
    snapshot: get('reports/snapshots/:id', json(ParticipationReportSchema)),
    snapshotExport: get('reports/snapshots/:id/export', forms),
    download: get('reports/:kind.:format', forms),
    startExport: post('reports/exports', json(ExportJobSchema)),
    exportJob: get('reports/exports/:id', json(ExportJobSchema)),
    exportFile: get('reports/exports/:id/file', forms),
  },
} as const satisfies Record<string, Record<string, ApiRoute>>;

/** Every route of the table, flat. */
export const API_ROUTES: readonly ApiRoute[] = Object.values(API).flatMap((group) =>
  Object.values(group),
);

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
 * The URL of a route: `apiPath(API.units.get, { id })` → `/api/units/<id>`. Each parameter is
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
