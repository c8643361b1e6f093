import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../common/events.js';
import '../users/user-events.js';
import { RostersRepository } from './rosters.repository.js';

/**
 * An account whose phone or CCCD changed is linked to an unlinked current staff-list entry with
 * the new one, as a newly registered account is, in the change's own transaction (users runs the
 * step). An account already on a current list keeps its entry.
 */
@Injectable()
export class AccountContactsStep implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly repo: RostersRepository,
  ) {}

  onModuleInit(): void {
    this.events.step('users.contacts-changing', async ({ em, user }) => {
      if (await this.repo.hasCurrentEntry(em, user.id)) return;
      await this.repo.linkNewAccount(em, user);
    });
  }
}
