import type { API } from '@cchc/contracts';
import type { z } from 'zod';
import type { AttemptsController } from './attempts/attempts.controller.js';
import type { AuditController } from './audit/audit.controller.js';
import type { AuthController, MeController } from './auth/auth.controller.js';
import type { ContestsController } from './contests/contests.controller.js';
import type { OverviewController } from './contests/overview.controller.js';
import type { IntegrityController } from './integrity/integrity.controller.js';
import type { HealthController } from './health/health.controller.js';
import type { ResultsController } from './results/results.controller.js';
import type { PublicContestsController } from './public-contests/public-contests.controller.js';
import type { QuestionsController } from './question-bank/questions.controller.js';
import type { ReportsController } from './reports/reports.controller.js';
import type { RostersController } from './rosters/rosters.controller.js';
import type { FormLayoutController } from './units/form-layout.controller.js';
import type { UnitsController } from './units/units.controller.js';
import type {
  MyUnitChangeController,
  UnitChangeRequestsController,
} from './users/unit-change.controller.js';
import type { UsersController } from './users/users.controller.js';

/**
 * Compile-time only: each handler's return type fits the JSON answer contracts document for its
 * route (API in contracts/src/api.ts), so the OpenAPI document and the typed client cannot drift
 * from what the server sends. A mismatch fails `tsc` here with the route, the schema's type and
 * the handler's.
 */
type Returned<C, K extends keyof C> = C[K] extends (...args: never[]) => infer R
  ? Awaited<R>
  : never;
type Fits<Route, C, K extends keyof C> = Route extends {
  answer: { schema: infer S extends z.ZodType };
}
  ? [Returned<C, K>] extends [z.input<S>]
    ? true
    : { route: Route; documented: z.input<S>; returned: Returned<C, K> }
  : { route: Route; error: 'no JSON answer documented' };
type Each<T extends readonly true[]> = T;
type A = typeof API;

export type HandlersFitTheirAnswers = Each<
  [
    Fits<A['health']['status'], HealthController, 'health'>,
    Fits<A['health']['ready'], HealthController, 'ready'>,
    Fits<A['health']['live'], HealthController, 'live'>,
    Fits<A['auth']['register'], AuthController, 'register'>,
    Fits<A['auth']['login'], AuthController, 'login'>,
    Fits<A['auth']['options'], AuthController, 'options'>,
    Fits<A['auth']['forgotPassword'], AuthController, 'forgotPassword'>,
    Fits<A['me']['get'], MeController, 'me'>,
    Fits<A['me']['update'], MeController, 'update'>,
    Fits<A['me']['rounds'], AttemptsController, 'myRounds'>,
    Fits<A['me']['briefing'], AttemptsController, 'briefing'>,
    Fits<A['me']['home'], AttemptsController, 'home'>,
    Fits<A['me']['attempts'], AttemptsController, 'myAttempts'>,
    Fits<A['users']['create'], UsersController, 'create'>,
    Fits<A['users']['list'], UsersController, 'list'>,
    Fits<A['users']['bulk'], UsersController, 'bulk'>,
    Fits<A['users']['mergePreview'], UsersController, 'mergePreview'>,
    Fits<A['users']['mergeInto'], UsersController, 'mergeInto'>,
    Fits<A['me']['unitChange'], MyUnitChangeController, 'mine'>,
    Fits<A['me']['requestUnitChange'], MyUnitChangeController, 'request'>,
    Fits<A['unitChanges']['list'], UnitChangeRequestsController, 'list'>,
    Fits<A['unitChanges']['approve'], UnitChangeRequestsController, 'approve'>,
    Fits<A['unitChanges']['reject'], UnitChangeRequestsController, 'reject'>,
    Fits<A['units']['public'], UnitsController, 'listPublic'>,
    Fits<A['units']['list'], UnitsController, 'list'>,
    Fits<A['units']['create'], UnitsController, 'create'>,
    Fits<A['units']['import'], UnitsController, 'import'>,
    Fits<A['units']['get'], UnitsController, 'get'>,
    Fits<A['units']['history'], UnitsController, 'history'>,
    Fits<A['units']['update'], UnitsController, 'update'>,
    Fits<A['units']['merge'], UnitsController, 'merge'>,
    Fits<A['units']['formLayout'], FormLayoutController, 'get'>,
    Fits<A['units']['saveFormLayout'], FormLayoutController, 'save'>,
    Fits<A['rosters']['list'], RostersController, 'list'>,
    Fits<A['rosters']['candidates'], RostersController, 'candidates'>,
    Fits<A['rosters']['import'], RostersController, 'import'>,
    Fits<A['rosters']['addAccount'], RostersController, 'addAccount'>,
    Fits<A['rosters']['accounts'], RostersController, 'createAccounts'>,
    Fits<A['rosters']['accountsProgress'], RostersController, 'accountsProgress'>,
    Fits<A['rosters']['accountless'], RostersController, 'accountless'>,
    Fits<A['rosters']['link'], RostersController, 'link'>,
    Fits<A['rosters']['unlink'], RostersController, 'unlink'>,
    Fits<A['audit']['list'], AuditController, 'list'>,
    Fits<A['questions']['areas'], QuestionsController, 'areas'>,
    Fits<A['questions']['createArea'], QuestionsController, 'createArea'>,
    Fits<A['questions']['list'], QuestionsController, 'list'>,
    Fits<A['questions']['create'], QuestionsController, 'create'>,
    Fits<A['questions']['bulk'], QuestionsController, 'bulk'>,
    Fits<A['questions']['import'], QuestionsController, 'import'>,
    Fits<A['questions']['get'], QuestionsController, 'get'>,
    Fits<A['questions']['revisions'], QuestionsController, 'revisions'>,
    Fits<A['questions']['update'], QuestionsController, 'update'>,
    Fits<A['questions']['retire'], QuestionsController, 'retire'>,
    Fits<A['questions']['stats'], ResultsController, 'stats'>,
    Fits<A['contests']['list'], ContestsController, 'list'>,
    Fits<A['contests']['create'], ContestsController, 'create'>,
    Fits<A['contests']['get'], ContestsController, 'get'>,
    Fits<A['contests']['update'], ContestsController, 'update'>,
    Fits<A['contests']['rules'], ContestsController, 'rules'>,
    Fits<A['contests']['createRound'], ContestsController, 'createRound'>,
    Fits<A['contests']['awards'], ResultsController, 'awards'>,
    Fits<A['contests']['share'], PublicContestsController, 'share'>,
    Fits<A['contests']['integrity'], IntegrityController, 'review'>,
    Fits<A['contests']['integrityDecide'], IntegrityController, 'decide'>,
    Fits<A['contests']['overview'], OverviewController, 'get'>,
    Fits<A['rounds']['blueprintCheck'], ContestsController, 'blueprintCheck'>,
    Fits<A['rounds']['get'], ContestsController, 'getRound'>,
    Fits<A['rounds']['update'], ContestsController, 'updateRound'>,
    Fits<A['rounds']['leaderboard'], ResultsController, 'leaderboard'>,
    Fits<A['rounds']['finalize'], ResultsController, 'finalize'>,
    Fits<A['rounds']['disqualify'], ResultsController, 'disqualify'>,
    Fits<A['rounds']['reinstate'], ResultsController, 'reinstate'>,
    Fits<A['rounds']['results'], ResultsController, 'get'>,
    Fits<A['attempts']['start'], AttemptsController, 'start'>,
    Fits<A['attempts']['get'], AttemptsController, 'get'>,
    Fits<A['attempts']['standing'], AttemptsController, 'standing'>,
    Fits<A['attempts']['saveAnswer'], AttemptsController, 'save'>,
    Fits<A['attempts']['submit'], AttemptsController, 'submit'>,
    Fits<A['public']['contest'], PublicContestsController, 'page'>,
    Fits<A['public']['roundResults'], ResultsController, 'publicResults'>,
    Fits<A['reports']['contests'], ReportsController, 'contests'>,
    Fits<A['reports']['participation'], ReportsController, 'report'>,
    Fits<A['reports']['nonParticipants'], ReportsController, 'nonParticipants'>,
    Fits<A['reports']['offList'], ReportsController, 'offList'>,
    Fits<A['reports']['collective'], ReportsController, 'collective'>,
    Fits<A['reports']['createSnapshot'], ReportsController, 'freeze'>,
    Fits<A['reports']['snapshots'], ReportsController, 'listSnapshots'>,
    Fits<A['reports']['snapshot'], ReportsController, 'snapshot'>,
    Fits<A['reports']['startExport'], ReportsController, 'startExport'>,
    Fits<A['reports']['exportJob'], ReportsController, 'exportJob'>,
  ]
>;
