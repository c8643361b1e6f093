import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../common/events.js';
import { RostersRepository } from './rosters.repository.js';

/** A unit merge moves the staff list in the merge's own transaction (units publishes the step). */
@Injectable()
export class UnitMergeStep implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly repo: RostersRepository,
  ) {}

  onModuleInit(): void {
    this.events.step('units.merging', async ({ em, sourceId, targetId, at, details }) => {
      const roster = await this.repo.moveOnMerge(em, sourceId, targetId, at);
      details.movedRosterEntries = roster.moved;
      details.rosterEntriesAlreadyOnTarget = roster.alreadyOnTarget;
    });
  }
}
