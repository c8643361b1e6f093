import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Health } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth.decorators.js';
import { REDIS, type RedisLike } from './redis.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    @Optional() @Inject(REDIS) private readonly redis?: RedisLike | null,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness with database (and Redis when configured) status' })
  async health(): Promise<Health> {
    const db = await this.ds.query('SELECT 1').then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const out: Health = { status: db === 'up' ? 'ok' : 'degraded', db };
    if (this.redis) {
      out.redis = await this.redis.ping().then(
        () => 'up' as const,
        () => 'down' as const,
      );
      if (out.redis === 'down') out.status = 'degraded';
    }
    return out;
  }
}
