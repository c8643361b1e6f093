import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ParticipationWatchSchema, rooms } from '@cchc/contracts';
import { AppError } from '../common/app-error.js';
import { SocketHandlers } from '../realtime/socket-handlers.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { ReportContestsRepository } from './participation.repository.js';

/** Dashboards of reporters and organisers hear when a contest's participation moves. */
@Injectable()
export class ParticipationWatchers implements OnModuleInit {
  constructor(
    private readonly handlers: SocketHandlers,
    private readonly reportContests: ReportContestsRepository,
  ) {}

  onModuleInit(): void {
    this.handlers.handle('participation:watch', async (socket, actor, body) => {
      const parsed = ParticipationWatchSchema.safeParse(body);
      if (!parsed.success) throw new AppError('validation_failed');
      if (actor.role === 'participant') throw new AppError('forbidden');
      const contest = await this.reportContests.find(
        ScopePolicy.subtreeOf(actor),
        parsed.data.contestId,
      );
      if (!contest) throw new AppError('not_found');
      await socket.join(rooms.participation(contest.id));
      return { ok: true, data: null };
    });
    this.handlers.handle('participation:unwatch', async (socket, _actor, body) => {
      const parsed = ParticipationWatchSchema.safeParse(body);
      if (!parsed.success) throw new AppError('validation_failed');
      await socket.leave(rooms.participation(parsed.data.contestId));
      return { ok: true, data: null };
    });
  }
}
