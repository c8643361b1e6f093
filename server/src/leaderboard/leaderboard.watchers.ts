import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LeaderboardUnwatchSchema, LeaderboardWatchSchema, rooms } from '@cchc/contracts';
import { AppError } from '../common/app-error.js';
import { ContestsService } from '../contests/contests.service.js';
import { SocketHandlers } from '../realtime/socket-handlers.js';
import { LeaderboardService } from './leaderboard.service.js';

/** `leaderboard:watch` / `leaderboard:unwatch`: a socket joins or leaves a round's board room. */
@Injectable()
export class LeaderboardWatchers implements OnModuleInit {
  constructor(
    private readonly handlers: SocketHandlers,
    private readonly contests: ContestsService,
    private readonly leaderboard: LeaderboardService,
  ) {}

  onModuleInit(): void {
    this.handlers.handle('leaderboard:watch', async (socket, actor, body) => {
      const parsed = LeaderboardWatchSchema.safeParse(body);
      if (!parsed.success) throw new AppError('validation_failed');
      const { roundId, limit, track } = parsed.data;
      const { round, contest } = await this.contests.viewableRound(actor, roundId);
      const board = await this.leaderboard.board(
        roundId,
        track ?? round.track ?? contest.tracks[0] ?? 'staff',
      );
      board.limit = Math.max(board.limit, limit);
      await socket.join(rooms.leaderboard(board.key));
      return { ok: true, data: this.leaderboard.snapshot(board, actor.id) };
    });
    this.handlers.handle('leaderboard:unwatch', async (socket, _actor, body) => {
      const parsed = LeaderboardUnwatchSchema.safeParse(body);
      if (!parsed.success) throw new AppError('validation_failed');
      for (const room of [...socket.rooms]) {
        if (!room.startsWith('leaderboard:')) continue;
        if (!parsed.data || room.startsWith(`leaderboard:${parsed.data.roundId}`))
          await socket.leave(room);
      }
      return { ok: true, data: null };
    });
  }
}
