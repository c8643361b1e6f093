import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import { EventBus } from '../common/events.js';
import '../users/user-events.js';
import { AccountMergeRepository } from './account-merge.repository.js';
import './attempt-events.js';
import { AttemptsService } from './attempts.service.js';

/**
 * Merging a duplicate account (users publishes the 'users.merging' step): inside the merge's
 * transaction the source's attempts become the target's and the counted entries of the rounds
 * involved are computed again; after the commit the boards and the participation dashboards of
 * those rounds read afresh, and the attempts cache forgets the source as an owner.
 */
@Injectable()
export class UserMergeStep implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly repo: AccountMergeRepository,
    private readonly attempts: AttemptsService,
  ) {}

  onModuleInit(): void {
    this.events.step('users.merging', async ({ em, sourceId, targetId, details, roundIds }) => {
      const clashes = await this.repo.openClashes(em, sourceId, targetId);
      if (clashes.length)
        throw new AppError('merge_open_attempts', undefined, { rounds: clashes.join(', ') });
      const { moved, roundIds: rounds } = await this.repo.moveAttempts(em, sourceId, targetId);
      details.movedAttempts = moved;
      details.recountedEntries = await this.repo.recountEntries(em, sourceId, targetId, rounds);
      roundIds.push(...rounds);
    });
    this.events.on('users.merged', ({ sourceId, roundIds }) => {
      this.attempts.forgetOwner(sourceId);
      for (const roundId of roundIds)
        this.events.publish('attempts.entry-changed', { roundId, entry: null });
    });
  }
}
