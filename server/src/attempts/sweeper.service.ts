import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { ENV, type Env } from '../config/env.js';
import { AttemptsService } from './attempts.service.js';

/**
 * Auto-submits attempts whose deadline + grace has passed, with the answers saved in time.
 * Safe with several processes: each sweep locks rows with SKIP LOCKED and closes an attempt only
 * while it is still in progress, so one attempt is closed exactly once.
 */
@Injectable()
export class SweeperService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(SweeperService.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly attempts: AttemptsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onApplicationBootstrap() {
    if (this.env.SWEEP_INTERVAL_MS <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.env.SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick() {
    if (this.running) return;
    this.running = true;
    try {
      await this.sweepAll();
    } catch (e) {
      this.log.error(e);
    } finally {
      this.running = false;
    }
  }

  /** Sweeps until nothing is left; returns how many attempts this process closed. */
  async sweepAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.attempts.sweep(`sweeper:${process.pid}`);
      total += n;
      if (n < 500) return total;
    }
  }
}
