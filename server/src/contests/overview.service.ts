import { Inject, Injectable } from '@nestjs/common';
import type { OrganizerOverview } from '@cchc/contracts';
import type { Actor } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { ENV, type Env } from '../config/env.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { OverviewRepository } from './overview.repository.js';

/** An organiser's home: rounds running now with their entries, what opens next, what to finalise. */
@Injectable()
export class OverviewService {
  constructor(
    private readonly repo: OverviewRepository,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async overview(actor: Actor): Promise<OrganizerOverview> {
    // Organisers see their unit's subtree; an admin sees every contest.
    const subtree = ScopePolicy.subtreeOf(actor);
    const now = this.clock.now();
    const [running, upcoming, toFinalize, byStatus] = await Promise.all([
      this.repo.rounds('running', subtree, now, this.env.HOME_RUNNING_MAX),
      this.repo.rounds('upcoming', subtree, now, this.env.HOME_LIST_MAX),
      this.repo.rounds('toFinalize', subtree, now, this.env.HOME_LIST_MAX),
      this.repo.contestsByStatus(subtree),
    ]);
    return {
      serverNow: now.toISOString(),
      contests: {
        draft: byStatus.get('draft') ?? 0,
        published: byStatus.get('published') ?? 0,
        closed: byStatus.get('closed') ?? 0,
        resultsPublished: byStatus.get('results_published') ?? 0,
      },
      running: running.rows,
      runningTotal: running.total,
      upcoming: upcoming.rows,
      toFinalize: toFinalize.rows,
      toFinalizeTotal: toFinalize.total,
    };
  }
}
