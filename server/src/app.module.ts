import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AttemptsModule } from './attempts/attempts.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { AppErrorFilter } from './common/error.filter.js';
import type { Actor } from './common/auth.decorators.js';
import { EventsModule } from './common/events.js';
import { safeErrorRecord } from './common/log-safety.js';
import { REDIS, type RedisLike } from './common/redis.js';
import { SheetReaderModule } from './common/sheet-reader.module.js';
import { ENV, type Env } from './config/env.js';
import { ContestsModule } from './contests/contests.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DB_PROCESS, type DbProcess } from './health/db-process.js';
import { HealthModule } from './health/health.module.js';
import { IntegrityModule } from './integrity/integrity.module.js';
import { LeaderboardModule } from './leaderboard/leaderboard.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { routeOf } from './metrics/metrics.service.js';
import { PublicContestsModule } from './public-contests/public-contests.module.js';
import { QuestionBankModule } from './question-bank/question-bank.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ResultsModule } from './results/results.module.js';
import { RostersModule } from './rosters/rosters.module.js';
import { ScopeModule } from './scope/scope.module.js';
import { TestHooksController } from './test-hooks/test-hooks.controller.js';
import { UnitsModule } from './units/units.module.js';
import { UsersModule } from './users/users.module.js';

/** What main.ts made before Nest starts, for every module: the environment, Redis, PostgreSQL. */
@Global()
@Module({})
class RuntimeModule {
  static forRoot(env: Env, redis: RedisLike | null, dbProcess: DbProcess | null): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: ENV, useValue: env },
        { provide: REDIS, useValue: redis },
        { provide: DB_PROCESS, useValue: dbProcess },
      ],
      exports: [ENV, REDIS, DB_PROCESS],
    };
  }
}

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
        RuntimeModule.forRoot(env, redis, dbProcess),
        EventsModule,
        // The features, lowest layer first (docs/architecture.md). Routes do not depend on this
        // order: main.ts registers literal paths before parametric ones (routeResolutionStrategy).
        AuditModule,
        HealthModule,
        MetricsModule,
        ScopeModule,
        UnitsModule,
        UsersModule,
        RostersModule,
        AuthModule,
        RealtimeModule,
        QuestionBankModule,
        ContestsModule,
        AttemptsModule,
        IntegrityModule,
        LeaderboardModule,
        ResultsModule,
        PublicContestsModule,
        ReportsModule,
      ],
      controllers: env.TEST_HOOKS ? [TestHooksController] : [],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
    };
  }
}
