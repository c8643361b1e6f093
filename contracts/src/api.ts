import { z } from 'zod';
import { AuditPageSchema } from './audit/audit.schema.js';
import {
  AuthOptionsSchema,
  AuthResultSchema,
  ForgotPasswordResultSchema,
  UserSchema,
} from './auth/auth.schema.js';
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
import { IntegrityReviewSchema } from './integrity/integrity.schema.js';
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
  RosterAccountlessSchema,
  RosterAccountsProgressSchema,
  RosterAccountsResultSchema,
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
import {
  BulkUsersResultSchema,
  OneTimeCodeSchema,
  UserMergePreviewSchema,
  UserMergeResultSchema,
  UserPageSchema,
} from './users/users.schema.js';
import {
  MyUnitChangeSchema,
  UnitChangePageSchema,
  UnitChangeRequestSchema,
} from './users/unit-change.schema.js';

import { ROUTES, type Route } from './routes.js';

/** Download content types, by file format. */
export const DOWNLOAD_CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const;
export type DownloadFormat = keyof typeof DOWNLOAD_CONTENT_TYPES;

/** What a success answers: a JSON body, a file in one of some formats, plain text, or nothing (204). */
export type Answer =
  | { kind: 'json'; schema: z.ZodType }
  | { kind: 'file'; formats: readonly DownloadFormat[] }
  | { kind: 'text'; contentType: string }
  | { kind: 'none' };

export type ApiRoute = Route & { answer: Answer };

const json = <S extends z.ZodType>(schema: S) => ({ kind: 'json' as const, schema });
const file = (...formats: DownloadFormat[]) => ({ kind: 'file' as const, formats });
const none = { kind: 'none' as const };
const sheets = file('xlsx', 'csv');
const forms = file('xlsx', 'csv', 'pdf');

type Routes = typeof ROUTES;
/** One answer for each route of ROUTES, no more, no fewer (the compiler checks both). */
type AnswerTable = { [G in keyof Routes]: { [K in keyof Routes[G]]: Answer } };

/**
 * What each operation of ROUTES answers on success: the server documents these in OpenAPI and
 * the docs e2e test checks real answers against them. Apart from routes.ts so that the client's
 * URLs come without the schemas.
 */
const ANSWERS = {
  health: {
    status: json(HealthSchema),
    ready: json(HealthSchema),
    live: json(LivenessSchema),
    metrics: { kind: 'text', contentType: 'text/plain' },
  },
  auth: {
    register: json(AuthResultSchema),
    login: json(AuthResultSchema),
    logout: none,
    activate: json(AuthResultSchema),
    options: json(AuthOptionsSchema),
    forgotPassword: json(ForgotPasswordResultSchema),
  },
  me: {
    get: json(UserSchema),
    update: json(UserSchema),
    changePassword: none,
    rounds: json(z.array(ParticipantRoundSchema)),
    briefing: json(RoundBriefingSchema),
    home: json(ParticipantHomeSchema),
    attempts: json(z.array(MyAttemptSchema)),
    unitChange: json(MyUnitChangeSchema),
    requestUnitChange: json(UnitChangeRequestSchema),
    withdrawUnitChange: none,
  },
  users: {
    create: json(UserSchema),
    list: json(UserPageSchema),
    update: json(UserSchema),
    oneTimeCode: json(OneTimeCodeSchema),
    bulk: json(BulkUsersResultSchema),
    mergePreview: json(UserMergePreviewSchema),
    mergeInto: json(UserMergeResultSchema),
  },
  unitChanges: {
    list: json(UnitChangePageSchema),
    approve: json(UnitChangeRequestSchema),
    reject: json(UnitChangeRequestSchema),
  },
  units: {
    public: json(z.array(PublicUnitSchema)),
    list: json(z.array(UnitSchema)),
    create: json(UnitSchema),
    template: sheets,
    import: json(UnitImportResultSchema),
    get: json(UnitSchema),
    history: json(UnitHistorySchema),
    update: json(UnitSchema),
    merge: json(UnitSchema),
    formLayout: json(UnitFormLayoutSchema),
    saveFormLayout: json(UnitFormLayoutSchema),
  },
  rosters: {
    list: json(RosterSchema),
    template: sheets,
    candidates: json(RosterCandidatesSchema),
    import: json(RosterImportResultSchema),
    addAccount: json(RosterEntrySchema),
    accounts: json(RosterAccountsResultSchema),
    accountsProgress: json(RosterAccountsProgressSchema),
    accountless: json(RosterAccountlessSchema),
    slips: file('xlsx', 'pdf'),
    link: json(RosterEntrySchema),
    unlink: json(RosterEntrySchema),
  },
  audit: {
    list: json(AuditPageSchema),
  },
  questions: {
    areas: json(z.array(AreaSchema)),
    createArea: json(AreaSchema),
    list: json(QuestionPageSchema),
    create: json(QuestionSchema),
    bulk: json(BulkQuestionResultSchema),
    template: sheets,
    import: json(QuestionImportResultSchema),
    export: sheets,
    get: json(QuestionSchema),
    revisions: json(z.array(QuestionRevisionSchema)),
    update: json(QuestionSchema),
    retire: json(QuestionSchema),
    stats: json(z.array(ItemStatSchema)),
  },
  contests: {
    list: json(z.array(ContestSchema)),
    create: json(ContestSchema),
    get: json(ContestSchema),
    update: json(ContestSchema),
    rules: json(RulesPageSchema),
    createRound: json(RoundSchema),
    awards: json(z.array(PrizeAwardSchema)),
    share: json(ContestShareSchema),
    integrity: json(IntegrityReviewSchema),
    integrityDecide: json(IntegrityReviewSchema),
    overview: json(OrganizerOverviewSchema),
  },
  rounds: {
    blueprintCheck: json(BlueprintCheckSchema),
    get: json(RoundSchema),
    update: json(RoundSchema),
    leaderboard: json(LeaderboardSchema),
    finalize: json(FinalizeResultSchema),
    disqualify: json(DisqualificationSchema),
    reinstate: json(DisqualificationSchema),
    results: json(FinalizeResultSchema),
    winners: forms,
  },
  attempts: {
    start: json(AttemptSchema),
    get: json(AttemptSchema),
    standing: json(AttemptStandingSchema),
    saveAnswer: json(SavedAnswerSchema),
    submit: json(SubmitResultSchema),
  },
  public: {
    contest: json(PublicContestSchema),
    roundResults: json(PublicResultsSchema),
  },
  reports: {
    contests: json(z.array(ReportContestSchema)),
    participation: json(ParticipationReportSchema),
    nonParticipants: json(NonParticipantsSchema),
    offList: json(OffListSchema),
    collective: json(CollectiveRankingSchema),
    createSnapshot: json(SnapshotSummarySchema),
    snapshots: json(z.array(SnapshotSummarySchema)),
    snapshot: json(ParticipationReportSchema),
    snapshotExport: forms,
    download: forms,
    startExport: json(ExportJobSchema),
    exportJob: json(ExportJobSchema),
    exportFile: forms,
  },
} as const satisfies AnswerTable;

type Answers = typeof ANSWERS;
type Api = {
  [G in keyof Routes]: {
    [K in keyof Routes[G]]: Routes[G][K] & {
      answer: K extends keyof Answers[G] ? Answers[G][K] : never;
    };
  };
};

/** ROUTES with their answers: `API.units.get` is `{ method, path, answer }`. */
export const API = Object.fromEntries(
  Object.entries(ROUTES).map(([group, routes]) => [
    group,
    Object.fromEntries(
      Object.entries(routes).map(([name, r]) => [
        name,
        { ...r, answer: (ANSWERS as Record<string, Record<string, Answer>>)[group]![name]! },
      ]),
    ),
  ]),
) as Api;

/** Every route of the table with its answer, flat. */
export const API_ROUTES: readonly ApiRoute[] = Object.values(API).flatMap(
  (group) => Object.values(group) as ApiRoute[],
);
