import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { rooms } from '@cchc/contracts';
import type { IoServer } from '../common/io-server.js';
import { ReportContestsRepository } from './participation.repository.js';

/** How often watchers of a contest hear about new submissions, at most. */
export const PARTICIPATION_PUSH_MS = 2000;

/**
 * Tells dashboards that a contest's participation moved. Submissions only mark their round;
 * a timer sends one `participation:updated` per contest per interval (through the Redis
 * adapter when there is one), and each dashboard refetches its own scoped figures.
 */
@Injectable()
export class ParticipationNotifier implements OnModuleDestroy {
  private readonly log = new Logger(ParticipationNotifier.name);
  private readonly pending = new Set<string>();
  private readonly contestOf = new Map<string, string>();
  private io: IoServer | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly contests: ReportContestsRepository) {}

  attach(io: IoServer): void {
    this.io = io;
    this.timer = setInterval(
      () => void this.flush().catch((e: unknown) => this.log.error(e)),
      PARTICIPATION_PUSH_MS,
    );
    this.timer.unref();
  }

  roundChanged(roundId: string): void {
    if (this.io) this.pending.add(roundId);
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async flush(): Promise<void> {
    if (!this.pending.size || !this.io) return;
    const roundIds = [...this.pending];
    this.pending.clear();
    const unknown = roundIds.filter((r) => !this.contestOf.has(r));
    if (unknown.length) {
      for (const [round, contest] of await this.contests.contestsOfRounds(unknown))
        this.contestOf.set(round, contest);
    }
    const byContest = new Map<string, string[]>();
    for (const r of roundIds) {
      const c = this.contestOf.get(r);
      if (c) byContest.set(c, [...(byContest.get(c) ?? []), r]);
    }
    const emittedAt = Date.now();
    for (const [contestId, ids] of byContest)
      this.io
        .to(rooms.participation(contestId))
        .emit('participation:updated', { contestId, roundIds: ids, emittedAt });
  }
}
