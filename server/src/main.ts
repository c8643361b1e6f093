import { setTimeout as sleep } from 'node:timers/promises';
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { APP_OPTIONS } from './app-options.js';
import { documentAnswers } from './common/openapi.js';
import { noStoreByDefault } from './common/no-store.js';
import { QuietStartupLogger } from './common/startup-log.js';
import { clientDistDir } from './config/client-dist.js';
import { EnvError, parseEnv, type Env } from './config/env.js';
import { openDatabase, seedIfEmpty } from './database/bootstrap.js';
import { reportOutages, type RedisLike } from './common/redis.js';
import { MetricsService } from './metrics/metrics.service.js';
import { CONTEST_PAGE_ROUTES } from './public-contests/contest-pages.controller.js';
import { AdminAccounts, adminFromEnv } from './users/admin-accounts.service.js';
import { serveClient } from './web/client-files.js';
import { compressResponses } from './web/compress-responses.js';
import { securityHeaders } from './web/security-headers.js';

const say = (m: string) => process.stdout.write(`[cchc] ${m}\n`);

async function connectRedis(env: Env): Promise<RedisLike | null> {
  if (!env.REDIS_URL) return null;
  const { Redis } = await import('ioredis');
  const client = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: true });
  reportOutages(client, 'main', say);
  await client.connect();
  return client;
}

/** With Redis, socket.io processes share rooms and emits through the official adapter. */
class RedisIoAdapter extends IoAdapter {
  constructor(
    app: NestExpressApplication,
    private readonly redisUrl: string,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    const pub = new Redis(this.redisUrl);
    const sub = pub.duplicate();
    reportOutages(pub, 'socket.io publisher', say);
    reportOutages(sub, 'socket.io subscriber', say);
    server.adapter(createAdapter(pub, sub));
    return server;
  }
}

async function bootstrap() {
  let env: Env;
  try {
    env = parseEnv();
  } catch (e) {
    if (e instanceof EnvError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const started = Date.now();
  // Under the startup lock with the migrations: processes starting together on an empty
  // database load the demo data (when wanted) once and create one first admin.
  const db = await openDatabase(env, say, {
    afterMigrations: async (ds) => {
      await seedIfEmpty(env, ds, say);
      await new AdminAccounts(ds).ensureFirstAdmin(adminFromEnv(env), say);
    },
  });
  let redis: RedisLike | null = null;
  try {
    redis = await connectRedis(env);
  } catch (e) {
    await db.close(env.SHUTDOWN_TIMEOUT_MS);
    throw e;
  }

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(env, db.ds, redis, db.embedded),
    APP_OPTIONS,
  );
  const logger = new QuietStartupLogger(app.get(Logger));
  app.useLogger(logger);
  app.useWebSocketAdapter(
    env.REDIS_URL ? new RedisIoAdapter(app, env.REDIS_URL) : new IoAdapter(app),
  );
  app.set('trust proxy', env.TRUST_PROXY);
  app.use(app.get(MetricsService).http);
  let closing = false;
  // While draining, every answer closes its connection: keep-alive clients under load would
  // otherwise keep reusing theirs and hold the HTTP server open until the shutdown timeout.
  app.use((_req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (closing) res.setHeader('Connection', 'close');
    next();
  });
  app.use('/api', noStoreByDefault);
  app.use(compressResponses());
  app.use(express.json({ limit: '1mb' }));
  app.use(securityHeaders(env));
  app.setGlobalPrefix('api', { exclude: CONTEST_PAGE_ROUTES });

  const docConfig = new DocumentBuilder()
    .setTitle('Hội thi CCHC API')
    .setDescription(
      'Public API v1 of the Hội thi CCHC platform (see SPEC §6). Errors: { error: { code, message, details? } }.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup(
    'api/docs',
    app,
    () => documentAnswers(SwaggerModule.createDocument(app, docConfig)),
    {
      jsonDocumentUrl: 'api/docs/openapi.json',
    },
  );

  const clientDist = clientDistDir(env);
  if (existsSync(path.join(clientDist, 'index.html'))) {
    serveClient(app, clientDist);
  } else {
    say(`No built client in ${clientDist}: run "npm run build" to serve the UI.`);
  }

  await app.listen(env.PORT, env.HOST);
  const url = await app.getUrl();
  say(
    `Hội thi CCHC is up at ${url.replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost')} (${Date.now() - started} ms)`,
  );
  say(
    [
      `${logger.routes} API routes`,
      `database: ${db.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}`,
      `Redis: ${env.REDIS_URL ? 'on' : 'off'}`,
      `metrics: /api/metrics (${env.METRICS_TOKEN ? 'bearer token' : 'open: keep it on the internal network'})`,
      `log level: ${env.LOG_LEVEL}`,
    ].join('; '),
  );

  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal}: finishing requests in flight, then stopping`);
    const budget = env.SHUTDOWN_TIMEOUT_MS;
    const until = Date.now() + budget;
    const force = setTimeout(() => {
      say('Shutdown took too long; exiting');
      process.exit(1); // the exit hook still stops PostgreSQL (immediate shutdown)
    }, budget);
    force.unref();
    // Half the time drains HTTP and sockets; the rest stops the pool and PostgreSQL, which must
    // stop within the timeout even when it crashed or is being restarted.
    const drain = setTimeout(() => app.getHttpServer().closeAllConnections(), budget / 2);
    drain.unref();
    void (async () => {
      try {
        await Promise.race([app.close(), sleep(budget / 2, undefined, { ref: false })]);
        await Promise.race([redis?.quit(), sleep(1000, undefined, { ref: false })]);
      } catch (e) {
        say(`Shutdown: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        await db.close(Math.max(until - Date.now() - 500, 1000));
        say('Stopped (database closed).');
        process.exit(0);
      }
    })();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

bootstrap().catch((e: unknown) => {
  process.stderr.write(
    `[cchc] failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exit(1);
});
