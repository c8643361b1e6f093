import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { z } from 'zod';
import { AttemptsService } from '../attempts/attempts.service.js';
import { Public } from '../common/auth.decorators.js';
import { ZodPipe } from '../common/zod.js';
import { AdjustableClock, Clock } from '../config/clock.js';

const ClockSchema = z.strictObject({
  at: z.iso
    .datetime({ offset: true })
    .nullable()
    .optional()
    .describe('Freeze the clock here; null = run'),
  offsetMs: z.int().optional(),
});

/**
 * Mounted only with TEST_HOOKS=true (tests/e2e start a separate server for this): lets deadline
 * and sweeper tests stand the server clock exactly on a boundary and trigger a sweep now.
 */
@ApiExcludeController()
@Controller('test')
@Public()
export class TestHooksController {
  constructor(
    private readonly clock: Clock,
    private readonly attempts: AttemptsService,
  ) {}

  @Post('clock')
  @HttpCode(200)
  setClock(@Body(new ZodPipe(ClockSchema)) body: z.output<typeof ClockSchema>) {
    (this.clock as AdjustableClock).set({
      at: body.at === undefined ? undefined : body.at === null ? null : Date.parse(body.at),
      offsetMs: body.offsetMs,
    });
    return { now: this.clock.now().toISOString() };
  }

  @Post('sweep')
  @HttpCode(200)
  async sweep() {
    return { closed: await this.attempts.sweep(`test-sweep:${process.pid}`) };
  }
}
