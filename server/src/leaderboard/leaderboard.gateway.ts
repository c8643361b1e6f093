import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
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
} from '@cchc/contracts';
import { AppError } from '../common/app-error.js';
import type { Actor } from '../common/auth.decorators.js';
import type { IoServer, IoSocket } from '../common/io-server.js';
import { ERROR_MESSAGES, format, pickLang } from '../common/messages.js';
import { AuthService } from '../auth/auth.service.js';
import { SessionRevocations, type Revocation } from '../auth/session-revocations.js';
import { ContestsService } from '../contests/contests.service.js';
import { ParticipationNotifier } from '../reports/participation-notifier.js';
import { ReportContestsRepository } from '../reports/participation.repository.js';
import { LeaderboardService } from './leaderboard.service.js';
import { SocketRateLimiter } from './socket-rate-limiter.js';
import { MetricsService } from '../metrics/metrics.service.js';

const EVENTS = [
  'leaderboard:watch',
  'leaderboard:unwatch',
  'participation:watch',
  'participation:unwatch',
] as const satisfies readonly (keyof ClientToServerEvents)[];

const handshakeToken = (socket: Pick<IoSocket, 'handshake'>): unknown =>
  (socket.handshake.auth as { token?: unknown } | undefined)?.token;

/** An error as an ack, in the language of the handshake. */
function fail(socket: IoSocket, e: unknown): Ack<never> {
  const error = e instanceof AppError ? e : new AppError('internal_error');
  const lang = pickLang(socket.handshake.headers['accept-language']);
  return {
    ok: false,
    error: { code: error.code, message: format(ERROR_MESSAGES[error.code][lang], error.params) },
  };
}

/** Socket.io on /socket.io: the handshake must carry a valid token (`auth: { token }`). */
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class LeaderboardGateway
  implements OnGatewayInit<IoServer>, OnGatewayConnection<IoSocket>, OnGatewayDisconnect<IoSocket>
{
  private readonly log = new Logger(LeaderboardGateway.name);

  constructor(
    private readonly auth: AuthService,
    private readonly contests: ContestsService,
    private readonly leaderboard: LeaderboardService,
    private readonly participation: ParticipationNotifier,
    private readonly reportContests: ReportContestsRepository,
    private readonly revocations: SessionRevocations,
    private readonly limiter: SocketRateLimiter,
    private readonly metrics: MetricsService,
  ) {}

  afterInit(server: IoServer): void {
    server.use((socket, next) => {
      const token = handshakeToken(socket);
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
    this.leaderboard.attach(server);
    this.participation.attach(server);
    // Every process hears every revocation (SessionRevocations), so each closes its own sockets.
    this.revocations.onRevoked((r) => this.disconnectRevoked(server, r));
  }

  async handleConnection(socket: IoSocket): Promise<void> {
    this.metrics.socketConnected();
    this.limitEvents(socket);
    const { actor } = socket.data;
    await socket.join([rooms.user(actor.id), rooms.session(actor.sessionId)]);
  }

  handleDisconnect(socket: IoSocket): void {
    this.metrics.socketDisconnected();
    this.limiter.forget(socket.id, [...EVENTS, 'other']);
  }

  private disconnectRevoked(server: IoServer, r: Revocation): void {
    if (r.kind === 'session') {
      server.local.in(rooms.session(r.sessionId)).disconnectSockets(true);
      return;
    }
    const sockets = server.local.in(rooms.user(r.userId));
    (r.exceptSessionId
      ? sockets.except(rooms.session(r.exceptSessionId))
      : sockets
    ).disconnectSockets(true);
  }

  /**
   * Every event passes the rate limits before any handler, in the socket's own middleware: a
   * refusal is answered there and then, so a flood costs next to nothing, and the refusals are
   * written before the socket is closed (the events still queued on it are dropped unread).
   */
  private limitEvents(socket: IoSocket): void {
    socket.use((packet, next) => {
      const [name] = packet;
      const ack: unknown = packet[packet.length - 1];
      const event = EVENTS.find((e) => e === name) ?? 'other';
      // a rate in real time, not a rule: the adjustable test clock must not refill the buckets
      const admission = this.limiter.admit(socket.id, socket.data.userId, event, Date.now());
      if (admission.ok) return next();
      if (typeof ack === 'function')
        ack(fail(socket, new AppError('rate_limited', undefined, { seconds: admission.waitSec })));
      if (admission.disconnect && socket.connected) {
        this.log.warn(`socket event flood (${event}) from user ${socket.data.userId}: closed`);
        socket.disconnect(true);
      }
    });
  }

  /** Every handler runs here: the session may have expired or been revoked since the handshake. */
  private async authenticated<T>(
    socket: IoSocket,
    handle: (actor: Actor) => Promise<Ack<T>>,
  ): Promise<Ack<T>> {
    try {
      const token = handshakeToken(socket);
      const actor = typeof token === 'string' ? await this.auth.authenticate(token) : null;
      if (!actor) {
        this.closeAfterAck(socket);
        return fail(socket, new AppError('unauthenticated'));
      }
      socket.data.actor = actor;
      return await handle(actor);
    } catch (e) {
      if (!(e instanceof AppError)) this.log.error(e instanceof Error ? e.message : String(e));
      return fail(socket, e);
    }
  }

  /** The refusal is written before the socket closes, so the client learns why. */
  private closeAfterAck(socket: IoSocket): void {
    setImmediate(() => socket.disconnect(true));
  }

  @SubscribeMessage('leaderboard:watch')
  watch(
    @ConnectedSocket() socket: IoSocket,
    @MessageBody() body: unknown,
  ): Promise<Ack<LeaderboardUpdate>> {
    return this.authenticated(socket, async (actor) => {
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
  }

  @SubscribeMessage('leaderboard:unwatch')
  unwatch(@ConnectedSocket() socket: IoSocket, @MessageBody() body: unknown): Promise<Ack<null>> {
    return this.authenticated(socket, async () => {
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

  /** Dashboards of reporters and organisers hear when a contest's participation moves. */
  @SubscribeMessage('participation:watch')
  watchParticipation(
    @ConnectedSocket() socket: IoSocket,
    @MessageBody() body: unknown,
  ): Promise<Ack<null>> {
    return this.authenticated(socket, async (actor) => {
      const parsed = ParticipationWatchSchema.safeParse(body);
      if (!parsed.success) throw new AppError('validation_failed');
      if (actor.role === 'participant') throw new AppError('forbidden');
      const contest = await this.reportContests.find(
        actor.role === 'admin' ? null : actor.unitPath,
        parsed.data.contestId,
      );
      if (!contest) throw new AppError('not_found');
      await socket.join(rooms.participation(contest.id));
      return { ok: true, data: null };
    });
  }

  @SubscribeMessage('participation:unwatch')
  unwatchParticipation(
    @ConnectedSocket() socket: IoSocket,
    @MessageBody() body: unknown,
  ): Promise<Ack<null>> {
    return this.authenticated(socket, async () => {
      const parsed = ParticipationWatchSchema.safeParse(body);
      if (!parsed.success) throw new AppError('validation_failed');
      await socket.leave(rooms.participation(parsed.data.contestId));
      return { ok: true, data: null };
    });
  }
}
