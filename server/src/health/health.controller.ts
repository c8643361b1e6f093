import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Health, Liveness } from '@cchc/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth.decorators.js';
import { ENV, type Env } from '../config/env.js';
import { DB_PROCESS, type DbProcess } from './db-process.js';
import { REDIS, type RedisLike } from '../common/redis.js';

/** Resolves to 'down' when the check fails or takes longer than `ms`. */
function probe(check: () => Promise<unknown>, ms: number): Promise<'up' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'down'>((resolve) => (timer = setTimeout(() => resolve('down'), ms)));
  const done = check().then(
    () => 'up' as const,
    () => 'down' as const,
  );
  return Promise.race([done, late]).finally(() => clearTimeout(timer));
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    @Inject(ENV) private readonly env: Env,
    @Optional() @Inject(REDIS) private readonly redis?: RedisLike | null,
    @Optional() @Inject(DB_PROCESS) private readonly dbProcess?: DbProcess | null,
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary:
      'Status: 200 ok (or degraded when Redis is down); 503 unavailable while the database is unreachable (e.g. the embedded PostgreSQL is being restarted)',
  })
  async health(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const out = await this.check();
    if (out.db === 'down') res.status(503);
    return out;
  }

  @Public()
  @Get('ready')
  @ApiOperation({
    summary: 'Readiness: 200 when PostgreSQL (and Redis when configured) answer, else 503',
  })
  async ready(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const out = await this.check();
    if (out.status !== 'ok') res.status(503);
    return out;
  }

  private async check(): Promise<Health> {
    const ms = this.env.HEALTH_TIMEOUT_MS;
    // A postmaster known to be down is not asked: the pool would wait on a refused connection.
    const db =
      this.dbProcess && !this.dbProcess.isRunning()
        ? 'down'
        : await probe(() => this.ds.query('SELECT 1'), ms);
    const out: Health = { status: db === 'up' ? 'ok' : 'unavailable', db };
    if (this.redis) {
      const redis = this.redis;
      // A client known to be reconnecting is not asked: its ping would wait in the offline
      // queue until the timeout, and readiness must answer at once.
      out.redis = redis.status === 'ready' ? await probe(() => redis.ping(), ms) : 'down';
      if (out.redis === 'down' && out.status === 'ok') out.status = 'degraded';
    }
    return out;
  }

  @Public()
  @Get('live')
  @ApiOperation({ summary: 'Liveness: 200 while the process answers, whatever the database' })
  live(): Liveness {
    return { status: 'ok' };
  }
}
