import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  rooms,
  type Leaderboard,
  type LeaderboardRow,
  type LeaderboardUpdate,
  type ParticipantTrack,
} from '@cchc/contracts';
import type { Redis } from 'ioredis';
import { AppError } from '../common/app-error.js';
import { EventBus } from '../common/events.js';
import { REDIS, reportOutages, type RedisLike } from '../common/redis.js';
import type { RawEntry } from '../attempts/attempt-events.js';
import {
  compareForListing,
  competitionRanks,
  predictionError,
  type RankingOptions,
} from '../attempts/ranking.js';
import { StandingRepository } from '../attempts/standing.repository.js';
import { RealtimeEmitter, type IoServer } from '../realtime/realtime.emitter.js';
import { LeaderboardRepository, type FrozenRow, type LiveEntry } from './leaderboard.repository.js';
import { MetricsService } from '../metrics/metrics.service.js';
import '../contests/contest-events.js';

export type { RawEntry };

export type { FrozenRow, LiveEntry };

interface Board {
  key: string;
  roundId: string;
  track: ParticipantTrack;
  version: number;
  finalized: boolean;
  multipleAttempts: boolean;
  /** Sorted by the live order (or the frozen ranking once finalised). */
  entries: LiveEntry[];
  ranks: number[];
  frozenRows: FrozenRow[] | null;
  limit: number;
  pending: Map<string, RawEntry>;
  reload: boolean;
  /** The contest has an excluded list: submissions are checked against it before merging. */
  hasExclusions: boolean;
}

// Two pushes a second at most: within a second of a submission, and half the fan-out work of 4/s.
const FLUSH_MS = 500;
const CHANNEL = 'cchc:leaderboard';

/**
 * Live leaderboards. Watched boards live in memory; a committed submission hands over the
 * person's counted entry, and at most every 500 ms the changed entries are merged into place
 * (names read once per person), then one push goes out per board. Never a full recompute or a
 * broadcast per answer. With Redis, processes pass the changed entries to each other and each
 * pushes to its own sockets.
 */
@Injectable()
export class LeaderboardService implements OnModuleDestroy {
  private readonly log = new Logger(LeaderboardService.name);
  private readonly boards = new Map<string, Board>();
  private readonly dirtyRounds = new Map<string, Set<string> | 'all'>();
  private io: IoServer | null = null;
  private timer: NodeJS.Timeout | null = null;
  private sub: Redis | null = null;

  constructor(
    private readonly repo: LeaderboardRepository,
    private readonly standing: StandingRepository,
    @Inject(REDIS) private readonly redis: RedisLike | null,
    private readonly metrics: MetricsService,
    events: EventBus,
    realtime: RealtimeEmitter,
  ) {
    realtime.onAttach((io) => this.attach(io));
    events.on('attempts.entry-changed', ({ roundId, entry }) => this.entryChanged(roundId, entry));
    // people put on (or taken off) a contest's excluded list leave (or rejoin) its boards now
    events.on('contests.exclusions-changed', ({ roundIds }) =>
      roundIds.forEach((id) => this.reload(id)),
    );
  }

  attach(io: IoServer): void {
    this.io = io;
    this.timer = setInterval(
      () => void this.flush().catch((e: unknown) => this.log.error(e)),
      FLUSH_MS,
    );
    this.timer.unref();
    if (this.redis) {
      const pub = this.redis as unknown as Redis;
      this.sub = pub.duplicate();
      reportOutages(this.sub, 'leaderboard', (m) => this.log.warn(m));
      void this.sub.subscribe(CHANNEL);
      this.sub.on('message', (_channel: string, message: string) => {
        const { roundId, entry } = JSON.parse(message) as {
          roundId: string;
          entry: RawEntry | null;
        };
        this.apply(roundId, entry);
      });
    }
  }

  async onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
    await this.sub?.quit().catch(() => undefined);
  }

  /** Heard after a submission or auto-submit commits, with the entry as stored. */
  entryChanged(roundId: string, entry: RawEntry | null): void {
    if (this.redis)
      void (this.redis as unknown as Redis).publish(CHANNEL, JSON.stringify({ roundId, entry }));
    else this.apply(roundId, entry);
  }

  /** Called after a (re-)finalisation or a disqualification: boards are read afresh. */
  reload(roundId: string): void {
    this.entryChanged(roundId, null);
  }

  private apply(roundId: string, entry: RawEntry | null): void {
    for (const b of this.boards.values()) {
      if (b.roundId !== roundId) continue;
      if (entry === null || entry.disqualified) b.reload = true;
      else if (entry.track === b.track) b.pending.set(entry.userId, entry);
    }
  }

  private boardKey(roundId: string, track: ParticipantTrack) {
    return `${roundId}:${track}`;
  }

  async board(roundId: string, track: ParticipantTrack): Promise<Board> {
    const key = this.boardKey(roundId, track);
    let b = this.boards.get(key);
    if (!b) {
      b = {
        key,
        roundId,
        track,
        version: 0,
        finalized: false,
        multipleAttempts: false,
        entries: [],
        ranks: [],
        frozenRows: null,
        limit: 20,
        pending: new Map(),
        reload: true,
        hasExclusions: false,
      };
      this.boards.set(key, b);
    }
    if (b.reload) await this.load(b);
    return b;
  }

  private async load(b: Board): Promise<void> {
    b.reload = false;
    b.pending.clear();
    const round = await this.standing.rankingFacts(b.roundId);
    if (!round) throw new AppError('not_found');
    b.multipleAttempts = round.maxAttempts !== 1;
    b.version++;
    if (round.finalizedAt) {
      b.finalized = true;
      b.frozenRows = (await this.frozenRows(b.roundId)).filter((r) => r.track === b.track);
      b.entries = [];
      b.ranks = [];
      return;
    }
    b.hasExclusions = await this.repo.hasExclusions(b.roundId);
    b.entries = (await this.repo.liveEntries(b.roundId, b.track)).sort((x, y) =>
      this.liveCompare(b, x, y),
    );
    this.rerank(b);
  }

  /** The live order: the ranking with the prediction step pending, ties by user id. */
  private liveCompare(b: Board, x: LiveEntry, y: LiveEntry): number {
    return compareForListing(x, y, liveOptions(b));
  }

  private rerank(b: Board): void {
    b.ranks = competitionRanks(b.entries, liveOptions(b));
  }

  frozenRows(roundId: string): Promise<FrozenRow[]> {
    return this.repo.frozenRows(roundId);
  }

  private readonly people = new Map<
    string,
    { fullName: string; unitName: string; unitPath: string }
  >();

  /** Moves the entries submitted since the last push into place: O(n) merge, no full sort. */
  private async refresh(b: Board, changedRaw: RawEntry[]): Promise<void> {
    if (b.reload || b.finalized) return this.load(b);
    if (b.hasExclusions && changedRaw.length > 0) {
      // an attempt started before its owner was excluded may still be submitted: not ranked
      const out = await this.repo.excludedAmong(
        b.roundId,
        changedRaw.map((e) => e.userId),
      );
      if (out.size > 0) changedRaw = changedRaw.filter((e) => !out.has(e.userId));
    }
    if (changedRaw.length === 0) return;
    const unknown = changedRaw.filter((e) => !this.people.has(e.userId)).map((e) => e.userId);
    if (unknown.length) {
      const rows = await this.repo.people(unknown);
      if (this.people.size > 200_000) this.people.clear();
      for (const { id, ...p } of rows) this.people.set(id, p);
    }
    const changed: LiveEntry[] = changedRaw.map((e) => {
      const p = this.people.get(e.userId) ?? { fullName: '', unitName: '', unitPath: '' };
      const { unitId: _u, ...rest } = e;
      return { ...rest, ...p };
    });
    const ids = new Set(changed.map((c) => c.userId));
    const kept = b.entries.filter((e) => !ids.has(e.userId));
    changed.sort((x, y) => this.liveCompare(b, x, y));
    const merged: LiveEntry[] = [];
    let i = 0;
    let j = 0;
    while (i < kept.length || j < changed.length) {
      if (
        j >= changed.length ||
        (i < kept.length && this.liveCompare(b, kept[i]!, changed[j]!) <= 0)
      )
        merged.push(kept[i++]!);
      else merged.push(changed[j++]!);
    }
    b.entries = merged;
    this.rerank(b);
    b.version++;
  }

  private async flush(): Promise<void> {
    if (!this.io) return;
    for (const b of this.boards.values()) {
      if (b.pending.size === 0 && !b.reload) continue;
      const changed = [...b.pending.values()];
      b.pending.clear();
      const room = rooms.leaderboard(b.key);
      const watchers = this.io.sockets.adapter.rooms.get(room);
      if (!watchers || watchers.size === 0) {
        this.boards.delete(b.key); // nobody watches here any more: load afresh next time
        continue;
      }
      const before = b.version;
      await this.refresh(b, changed);
      if (b.version === before) continue;
      this.push(b, watchers);
    }
  }

  /** One serialised broadcast for watchers without an entry, one message each for ranked ones. */
  private push(b: Board, watchers: Set<string>): void {
    const io = this.io!;
    const base = this.snapshot(b, null);
    const rankedRoom = rooms.leaderboardRanked(b.key);
    const position = this.positions(b);
    for (const id of watchers) {
      const s = io.sockets.sockets.get(id);
      if (s && position.has(s.data.userId) && !s.rooms.has(rankedRoom)) void s.join(rankedRoom);
    }
    io.local.to(rooms.leaderboard(b.key)).except(rankedRoom).emit('leaderboard:updated', base);
    this.metrics.leaderboardPushed();
    const ranked = io.sockets.adapter.rooms.get(rankedRoom);
    for (const id of ranked ?? []) {
      const s = io.sockets.sockets.get(id);
      if (!s) continue;
      s.emit('leaderboard:updated', { ...base, me: this.me(b, position, s.data.userId) });
    }
  }

  private positions(b: Board): Map<string, number> {
    if (b.frozenRows) return new Map(b.frozenRows.map((r, i) => [r.userId, i]));
    return new Map(b.entries.map((e, i) => [e.userId, i]));
  }

  private me(b: Board, position: Map<string, number>, userId: string): LeaderboardUpdate['me'] {
    const i = position.get(userId);
    if (i === undefined) return null;
    if (b.frozenRows) {
      const r = b.frozenRows[i]!;
      return {
        rank: r.rank,
        correctCount: r.correctCount,
        durationMs: r.durationMs,
        total: r.total,
      };
    }
    const e = b.entries[i]!;
    return {
      rank: b.ranks[i]!,
      correctCount: e.correctCount,
      durationMs: e.durationMs,
      total: e.total,
    };
  }

  snapshot(b: Board, userId: string | null): LeaderboardUpdate {
    const top: LeaderboardRow[] = b.frozenRows
      ? b.frozenRows.slice(0, b.limit).map(stripFrozen)
      : b.entries.slice(0, b.limit).map((e, i) => liveRow(e, b.ranks[i]!));
    return {
      roundId: b.roundId,
      version: b.version,
      finalized: b.finalized,
      predictionPending: !b.finalized,
      total: b.frozenRows ? b.frozenRows.length : b.entries.length,
      top,
      me: userId ? this.me(b, this.positions(b), userId) : null,
      emittedAt: Date.now(),
    };
  }

  /** HTTP leaderboard: the frozen ranking once finalised, else SQL over the counted entries. */
  async leaderboard(
    roundId: string,
    q: { limit: number; offset: number; track?: ParticipantTrack; unitPath?: string },
    defaultTrack: ParticipantTrack | null,
  ): Promise<Leaderboard> {
    const round = await this.standing.rankingFacts(roundId);
    if (!round) throw new AppError('not_found');
    const track = q.track ?? defaultTrack;
    if (round.finalizedAt) {
      const all = (await this.frozenRows(roundId)).filter(
        (r) => (!track || r.track === track) && (!q.unitPath || r.unitPath.startsWith(q.unitPath)),
      );
      return {
        roundId,
        finalized: true,
        actual: track ? (round.actual?.[track] ?? null) : null,
        track,
        total: all.length,
        rows: all.slice(q.offset, q.offset + q.limit).map(stripFrozen),
      };
    }
    // The live order (prediction step pending), the same steps as the in-memory boards.
    const live = { actual: null, multipleAttempts: round.maxAttempts !== 1 };
    const page = await this.repo.livePage(
      roundId,
      { track, unitPath: q.unitPath, limit: q.limit, offset: q.offset },
      live,
    );
    return {
      roundId,
      finalized: false,
      actual: null,
      track,
      total: page.total,
      rows: page.rows.map((r) => liveRow(r, r.rank)),
    };
  }

  watchersOf(roundId: string): number {
    let n = 0;
    for (const b of this.boards.values())
      if (b.roundId === roundId)
        n += this.io?.sockets.adapter.rooms.get(rooms.leaderboard(b.key))?.size ?? 0;
    return n;
  }
}

const liveOptions = (b: Board): RankingOptions => ({
  actual: null,
  multipleAttempts: b.multipleAttempts,
});

function liveRow(e: LiveEntry, rank: number): LeaderboardRow {
  return {
    rank,
    userId: e.userId,
    fullName: e.fullName,
    unitName: e.unitName,
    track: e.track as ParticipantTrack,
    correctCount: e.correctCount,
    total: e.total,
    durationMs: e.durationMs,
    prediction: null, // not shown while the prediction step is pending
    predictionError: predictionError(null, null),
    submittedAt: new Date(e.submittedAt).toISOString(),
    attemptsUsed: e.attemptsUsed,
  };
}

function stripFrozen(r: FrozenRow): LeaderboardRow {
  const { unitPath: _p, disqualified: _d, ...row } = r;
  return row;
}
