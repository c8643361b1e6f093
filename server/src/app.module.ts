import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AuditController } from './audit/audit.controller.js';
import { AuditService } from './audit/audit.service.js';
import { AuthController, MeController } from './auth/auth.controller.js';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthService } from './auth/auth.service.js';
import { SessionsRepository } from './auth/sessions.repository.js';
import { LoginRateLimiter } from './auth/login-rate-limiter.js';
import { RegistrationRateLimiter } from './auth/registration-rate-limiter.js';
import { PasswordService } from './auth/password.service.js';
import { ProfileService } from './auth/profile.service.js';
import { SessionRevocations } from './auth/session-revocations.js';
import { AppErrorFilter } from './common/error.filter.js';
import type { Actor } from './common/auth.decorators.js';
import { safeErrorRecord } from './common/log-safety.js';
import { SheetReaderModule } from './common/sheet-reader.module.js';
import { ENV, type Env } from './config/env.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthController } from './health/health.controller.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsService, routeOf } from './metrics/metrics.service.js';
import { DB_PROCESS, type DbProcess } from './health/db-process.js';
import { REDIS, type RedisLike } from './health/redis.js';
import { AttemptsController } from './attempts/attempts.controller.js';
import { AttemptsRepository } from './attempts/attempts.repository.js';
import { AttemptsService } from './attempts/attempts.service.js';
import { SweeperService } from './attempts/sweeper.service.js';
import { AutosaveBatcher } from './attempts/autosave-batcher.js';
import { ContestSlugsRepository } from './contests/contest-slugs.repository.js';
import { ContestSlugsService } from './contests/contest-slugs.service.js';
import { ContestsController } from './contests/contests.controller.js';
import { ContestsRepository } from './contests/contests.repository.js';
import { ContestsService } from './contests/contests.service.js';
import { OverviewController } from './contests/overview.controller.js';
import { OverviewRepository } from './contests/overview.repository.js';
import { OverviewService } from './contests/overview.service.js';
import { LeaderboardGateway } from './leaderboard/leaderboard.gateway.js';
import { LeaderboardRepository } from './leaderboard/leaderboard.repository.js';
import { LeaderboardService } from './leaderboard/leaderboard.service.js';
import { ResultsController } from './leaderboard/results.controller.js';
import { ResultsRepository } from './leaderboard/results.repository.js';
import { ResultsService } from './leaderboard/results.service.js';
import { StandingRepository } from './leaderboard/standing.repository.js';
import { SocketRateLimiter } from './leaderboard/socket-rate-limiter.js';
import { StandingService } from './leaderboard/standing.service.js';
import { ContestPagesController } from './public-contests/contest-pages.controller.js';
import { PublicContestsController } from './public-contests/public-contests.controller.js';
import { PublicContestsRepository } from './public-contests/public-contests.repository.js';
import { PublicContestsService } from './public-contests/public-contests.service.js';
import { SpaShell } from './public-contests/spa-shell.js';
import { TestHooksController } from './test-hooks/test-hooks.controller.js';
import { QuestionImportService } from './question-bank/question-import.service.js';
import { QuestionsController } from './question-bank/questions.controller.js';
import { QuestionsRepository } from './question-bank/questions.repository.js';
import { QuestionsService } from './question-bank/questions.service.js';
import {
  ParticipationRepository,
  ReportContestsRepository,
} from './reports/participation.repository.js';
import { ParticipationService } from './reports/participation.service.js';
import { ReportsController, RoundWinnersController } from './reports/reports.controller.js';
import { ParticipationNotifier } from './reports/participation-notifier.js';
import { SnapshotsRepository } from './reports/snapshots.repository.js';
import { SnapshotsService } from './reports/snapshots.service.js';
import { ReportCache } from './reports/report-cache.js';
import { ReportFilesService } from './reports/report-files.service.js';
import { ExportJobsService } from './reports/exports/export-jobs.js';
import { RostersModule } from './rosters/rosters.module.js';
import { ScopePolicy } from './scope/scope.policy.js';
import { FormLayoutController } from './units/form-layout.controller.js';
import { FormLayoutRepository } from './units/form-layout.repository.js';
import { FormLayoutService } from './units/form-layout.service.js';
import { UnitsImportService } from './units/units-import.service.js';
import { UnitsController } from './units/units.controller.js';
import { UnitsRepository } from './units/units.repository.js';
import { UnitsService } from './units/units.service.js';
import { UsersController } from './users/users.controller.js';
import { UsersRepository } from './users/users.repository.js';
import { UsersService } from './users/users.service.js';

/** Tokens, passwords and personal data never reach the logs. */
export const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.accessToken',
  '*.token',
  '*.phone',
  '*.citizenId',
  '*.email',
];

/** The request line's fields after `req` ({id, method, path}); `userId` once signed in. */
function requestOutcome(req: IncomingMessage, res: ServerResponse, ms: number) {
  const r = req as Request & { actor?: Actor };
  return { route: routeOf(r), status: res.statusCode, ms, userId: r.actor?.id };
}

@Module({})
export class AppModule {
  static forRoot(
    env: Env,
    ds: DataSource,
    redis: RedisLike | null,
    dbProcess: DbProcess | null = null,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forDataSource(ds, env.TEST_HOOKS),
        SheetReaderModule.forRoot(env),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: env.LOG_LEVEL,
            redact: { paths: REDACT, censor: '[redacted]' },
            genReqId: (req, res) => {
              const given = req.headers['x-request-id'];
              const id =
                typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
              res.setHeader('X-Request-Id', id);
              return id;
            },
            serializers: {
              // Query strings can carry search terms with personal data: log the path only.
              req: (req: { id: unknown; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                path: req.url.split('?')[0],
              }),
              // Every `logger.error(e)` lands here: a database error by SQLSTATE and names only.
              err: safeErrorRecord,
            },
            // One line per request: route pattern, status, duration and who, never the headers
            // (pino-http's default `res` carried ~900 bytes of them on every line).
            customSuccessObject: (req, res, val: { responseTime: number }) =>
              requestOutcome(req, res, val.responseTime),
            customErrorObject: (req, res, err, val: { responseTime: number }) => ({
              ...requestOutcome(req, res, val.responseTime),
              err,
            }),
            // Probes and scrapes come every few seconds: they would drown the requests people make.
            autoLogging: {
              ignore: (req) => /^\/api\/(health|metrics)(\/|\?|$)/.test(req.url ?? ''),
            },
          },
        }),
        RostersModule,
      ],
      controllers: [
        HealthController,
        MetricsController,
        AuditController,
        AuthController,
        MeController,
        UsersController,
        UnitsController,
        FormLayoutController,
        // Before QuestionsController: GET /questions/stats must not be taken for /questions/:id.
        ResultsController,
        QuestionsController,
        ContestsController,
        OverviewController,
        AttemptsController,
        ReportsController,
        RoundWinnersController,
        PublicContestsController,
        ContestPagesController,
        ...(env.TEST_HOOKS ? [TestHooksController] : []),
      ],
      providers: [
        { provide: ENV, useValue: env },
        { provide: REDIS, useValue: redis },
        { provide: DB_PROCESS, useValue: dbProcess },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        AttemptsRepository,
        AttemptsService,
        AuditService,
        AuthService,
        SessionsRepository,
        AutosaveBatcher,
        ContestsRepository,
        ContestsService,
        ContestSlugsRepository,
        ContestSlugsService,
        LeaderboardGateway,
        LeaderboardRepository,
        LeaderboardService,
        ResultsRepository,
        ResultsService,
        SweeperService,
        LoginRateLimiter,
        MetricsService,
        RegistrationRateLimiter,
        OverviewRepository,
        OverviewService,
        ParticipationNotifier,
        ParticipationRepository,
        ParticipationService,
        PasswordService,
        ProfileService,
        PublicContestsRepository,
        PublicContestsService,
        QuestionImportService,
        QuestionsRepository,
        QuestionsService,
        ReportCache,
        ReportContestsRepository,
        ReportFilesService,
        ExportJobsService,
        FormLayoutRepository,
        FormLayoutService,
        ScopePolicy,
        SessionRevocations,
        SnapshotsRepository,
        SnapshotsService,
        StandingRepository,
        StandingService,
        SocketRateLimiter,
        SpaShell,
        UnitsImportService,
        UnitsRepository,
        UnitsService,
        UsersRepository,
        UsersService,
      ],
    };
  }
}
