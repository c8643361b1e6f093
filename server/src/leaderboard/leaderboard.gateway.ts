import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import {
  ParticipationWatchSchema,
  LeaderboardUnwatchSchema,
  LeaderboardWatchSchema,
  rooms,
  type Ack,
  type ClientToServerEvents,
  type LeaderboardUpdate,
  type ServerToClientEvents,
  type SocketData,
} from '@cchc/contracts';
import type { Server, Socket } from 'socket.io';
import { AppError } from '../common/app-error.js';
import type { Actor } from '../common/auth.decorators.js';
import { ERROR_MESSAGES } from '../common/messages.js';
import { AuthService } from '../auth/auth.service.js';
import { ContestsService } from '../contests/contests.service.js';
import { ParticipationNotifier } from '../reports/participation-notifier.js';
import { ReportContestsRepository } from '../reports/participation.repository.js';
import { LeaderboardService } from './leaderboard.service.js';

type IoServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData & { actor: Actor }
>;
type IoSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData & { actor: Actor }
>;

function fail(e: unknown): Ack<never> {
  if (e instanceof AppError)
    return { ok: false, error: { code: e.code, message: ERROR_MESSAGES[e.code].vi } };
  return {
    ok: false,
    error: { code: 'internal_error', message: ERROR_MESSAGES.internal_error.vi },
  };
}

/** Socket.io on /socket.io: the handshake must carry a valid token (`auth: { token }`). */
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class LeaderboardGateway implements OnGatewayInit<IoServer> {
  private readonly log = new Logger(LeaderboardGateway.name);

  constructor(
    private readonly auth: AuthService,
    private readonly contests: ContestsService,
    private readonly leaderboard: LeaderboardService,
    private readonly participation: ParticipationNotifier,
    private readonly reportContests: ReportContestsRepository,
  ) {}

  afterInit(server: IoServer): void {
    server.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (typeof token !== 'string' || token.length > 200)
        return next(new Error('unauthenticated'));
      this.auth
        .authenticate(token)
        .then((actor) => {
          if (!actor) return next(new Error('unauthenticated'));
          socket.data = { actor, userId: actor.id, role: actor.role, unitPath: actor.unitPath };
          next();
        })
        .catch((e: unknown) => {
          this.log.error(e);
          next(new Error('internal_error'));
        });
    });
    this.leaderboard.attach(server as unknown as Server);
    this.participation.attach(server as unknown as Server);
  }

  @SubscribeMessage('leaderboard:watch')
  async watch(
    @ConnectedSocket() socket: IoSocket,
    @MessageBody() body: unknown,
  ): Promise<Ack<LeaderboardUpdate>> {
    try {
      const parsed = LeaderboardWatchSchema.safeParse(body);
      if (!parsed.success) throw new AppError('validation_failed');
      const { roundId, limit, track } = parsed.data;
      const { round, contest } = await this.contests.viewableRound(socket.data.actor, roundId);
      const board = await this.leaderboard.board(
        roundId,
        track ?? round.track ?? contest.tracks[0] ?? 'staff',
      );
      board.limit = Math.max(board.limit, limit);
      await socket.join(rooms.leaderboard(board.key));
      return { ok: true, data: this.leaderboard.snapshot(board, socket.data.userId) };
    } catch (e) {
      return fail(e);
    }
  }

  @SubscribeMessage('leaderboard:unwatch')
  async unwatch(
    @ConnectedSocket() socket: IoSocket,
    @MessageBody() body: unknown,
  ): Promise<Ack<null>> {
    const parsed = LeaderboardUnwatchSchema.safeParse(body);
    if (!parsed.success) return fail(new AppError('validation_failed'));
    for (const room of [...socket.rooms]) {
      if (!room.startsWith('leaderboard:')) continue;
      if (!parsed.data || room.startsWith(`leaderboard:${parsed.data.roundId}`))
        await socket.leave(room);
    }
    return { ok: true, data: null };
  }

  /** Dashboards of reporters and organisers hear when a contest's participation moves. */
  @SubscribeMessage('participation:watch')
  async watchParticipation(
    @ConnectedSocket() socket: IoSocket,
    @MessageBody() body: unknown,
  ): Promise<Ack<null>> {
    try {
      const parsed = ParticipationWatchSchema.safeParse(body);
      if (!parsed.success) throw new AppError('validation_failed');
      const { actor } = socket.data;
      if (actor.role === 'participant') throw new AppError('forbidden');
      const contest = await this.reportContests.find(
        actor.role === 'admin' ? null : actor.unitPath,
        parsed.data.contestId,
      );
      if (!contest) throw new AppError('not_found');
      await socket.join(rooms.participation(contest.id));
      return { ok: true, data: null };
    } catch (e) {
      return fail(e);
    }
  }

  @SubscribeMessage('participation:unwatch')
  async unwatchParticipation(
    @ConnectedSocket() socket: IoSocket,
    @MessageBody() body: unknown,
  ): Promise<Ack<null>> {
    const parsed = ParticipationWatchSchema.safeParse(body);
    if (!parsed.success) return fail(new AppError('validation_failed'));
    await socket.leave(rooms.participation(parsed.data.contestId));
    return { ok: true, data: null };
  }
}
