import { z } from 'zod';
import { UuidSchema } from '../common/primitives.js';
import type { Ack } from '../common/errors.js';
import { LeaderboardRowSchema } from '../attempts/attempts.schema.js';

/** Socket.io rooms: one place, so server modules never spell them by hand. */
export const rooms = {
  /** `board` is `<roundId>:<track>`: rankings are per track. */
  leaderboard: (board: string) => `leaderboard:${board}`,
  leaderboardRanked: (board: string) => `leaderboard:${board}:ranked`,
  participation: (contestId: string) => `participation:${contestId}`,
  /** Every socket of a person, and of one session (token): revocations close them. */
  user: (userId: string) => `user:${userId}`,
  session: (sessionId: string) => `session:${sessionId}`,
};

export const LeaderboardWatchSchema = z.strictObject({
  roundId: UuidSchema,
  limit: z.int().min(1).max(100).default(20),
  track: z.enum(['staff', 'citizen']).optional().describe("Default: the round's track"),
});
export type LeaderboardWatch = z.input<typeof LeaderboardWatchSchema>;

export const LeaderboardUnwatchSchema = z.strictObject({ roundId: UuidSchema }).optional();

export const LeaderboardUpdateSchema = z.object({
  roundId: UuidSchema,
  version: z.int().describe('Grows with every change; a client ignores an older one'),
  finalized: z.boolean(),
  predictionPending: z
    .boolean()
    .describe('Before finalising, ties are not yet broken by prediction'),
  total: z.int().describe('Ranked entrants'),
  top: z.array(LeaderboardRowSchema),
  me: z
    .object({ rank: z.int(), correctCount: z.int(), durationMs: z.int(), total: z.int() })
    .nullable(),
  emittedAt: z
    .int()
    .describe('Server epoch ms when this message was sent (push or watch answer): a clock sample'),
});
export type LeaderboardUpdate = z.infer<typeof LeaderboardUpdateSchema>;

export const ParticipationWatchSchema = z.strictObject({ contestId: UuidSchema });
export type ParticipationWatch = z.infer<typeof ParticipationWatchSchema>;

/** A signal, not the figures: a dashboard refetches its own (scoped) report when it comes. */
export const ParticipationUpdateSchema = z.object({
  contestId: UuidSchema,
  roundIds: z.array(UuidSchema).describe('Rounds with new submissions since the last push'),
  emittedAt: z.int(),
});
export type ParticipationUpdate = z.infer<typeof ParticipationUpdateSchema>;

export interface ServerToClientEvents {
  'leaderboard:updated': (update: LeaderboardUpdate) => void;
  'participation:updated': (update: ParticipationUpdate) => void;
  // LIVE MODE, NOT BUILT YET: reserved names for host-paced games. Nothing emits them and their
  // payloads get schemas when live games are built; rounds with mode 'live' are refused.
  'live:state': (state: unknown) => void;
  'live:question': (question: unknown) => void;
  'live:reveal': (reveal: unknown) => void;
  'live:leaderboard': (board: unknown) => void;
  'live:ended': (end: unknown) => void;
}

/**
 * Besides each event's own errors, every ack may answer `rate_limited` (too many events of that
 * kind: wait the seconds the message gives; a socket that keeps on is closed) or
 * `unauthenticated` (the session ended: the server closes the socket and a new handshake with the
 * same token is refused, so the client signs in again instead of reconnecting).
 */
export interface ClientToServerEvents {
  'leaderboard:watch': (req: LeaderboardWatch, ack: (res: Ack<LeaderboardUpdate>) => void) => void;
  'leaderboard:unwatch': (
    req: { roundId: string } | undefined,
    ack?: (res: Ack<null>) => void,
  ) => void;
  'participation:watch': (req: ParticipationWatch, ack: (res: Ack<null>) => void) => void;
  'participation:unwatch': (req: ParticipationWatch, ack?: (res: Ack<null>) => void) => void;
}

export interface SocketData {
  userId: string;
  role: string;
  unitPath: string;
}
