import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AppError } from '../common/app-error.js';
import { Public } from '../common/auth.decorators.js';
import { ENV, type Env } from '../config/env.js';
import { MetricsService } from './metrics.service.js';

// Hashes of equal length, so the comparison takes the same time whatever the guess.
const digest = (s: string) => createHash('sha256').update(s).digest();

@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  private readonly token: Buffer | null;

  constructor(
    private readonly metrics: MetricsService,
    @Inject(ENV) env: Env,
  ) {
    this.token = env.METRICS_TOKEN ? digest(env.METRICS_TOKEN) : null;
  }

  // Outside the users' sign-in: a scraper has no account. Without METRICS_TOKEN it is meant for
  // the internal network only (README: keep /api/metrics off the public proxy).
  @Public()
  @Get()
  @ApiOperation({
    summary:
      'Prometheus text format; with METRICS_TOKEN set, requires Authorization: Bearer <token>',
  })
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    if (this.token) {
      const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
      if (!timingSafeEqual(digest(given), this.token)) throw new AppError('unauthenticated');
    }
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    return this.metrics.render();
  }
}
