import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { rooms } from '@cchc/contracts';
import { EventBus } from '../common/events.js';
import '../users/user-events.js';
import { RealtimeEmitter } from '../realtime/realtime.emitter.js';
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
  private attached = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly contests: ReportContestsRepository,
    private readonly realtime: RealtimeEmitter,
    events: EventBus,
  ) {
    realtime.onAttach(() => this.attach());
    events.on('attempts.entry-changed', ({ roundId, entry }) => {
      if (entry) this.roundChanged(roundId);
    });
    // a merged duplicate account: its people are counted once now
    events.on('users.merged', ({ roundIds }) => roundIds.forEach((r) => this.roundChanged(r)));
  }

  private attach(): void {
    this.attached = true;
    this.timer = setInterval(
      () => void this.flush().catch((e: unknown) => this.log.error(e)),
      PARTICIPATION_PUSH_MS,
    );
    this.timer.unref();
  }

  roundChanged(roundId: string): void {
    if (this.attached) this.pending.add(roundId);
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async flush(): Promise<void> {
    if (!this.pending.size || !this.attached) return;
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
      this.realtime
        .to(rooms.participation(contestId))
        ?.emit('participation:updated', { contestId, roundIds: ids, emittedAt });
  }
}
