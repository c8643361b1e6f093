import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../common/events.js';
import '../users/user-events.js';
import { RostersRepository } from './rosters.repository.js';

/** An account merge moves the duplicate's staff-list links in the merge's own transaction. */
@Injectable()
export class UserMergeStep implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly repo: RostersRepository,
  ) {}

  onModuleInit(): void {
    this.events.step('users.merging', async ({ em, sourceId, targetId, details }) => {
      const links = await this.repo.moveLinksOnUserMerge(em, sourceId, targetId);
      details.rosterLinksMoved = links.moved;
      details.rosterLinksUnlinked = links.unlinked;
    });
  }
}
