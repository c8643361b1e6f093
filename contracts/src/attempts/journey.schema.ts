import { z } from 'zod';
import { UuidSchema } from '../common/primitives.js';
import { ParticipantRoundSchema } from './attempts.schema.js';

/**
 * Where a person stands in a round. Before finalisation it is the live leaderboard's rank
 * (correct answers, time, submission): provisional, the prediction step is still pending
 * (SPEC §3). After it, the frozen ranking.
 */
export const StandingSchema = z.object({
  finalized: z.boolean().describe('true: the frozen ranking; false: the live, provisional one'),
  rank: z
    .int()
    .nullable()
    .describe('Null when the person has no ranked entry (none yet, disqualified or excluded)'),
  ranked: z.int().describe('Entrants ranked in the same track'),
  predictionPending: z
    .boolean()
    .describe('Ties are not yet broken by the prediction: the round is not finalised'),
});
export type Standing = z.infer<typeof StandingSchema>;

export const PredictionRecapSchema = z.object({
  target: z.enum(['perfect_count', 'participant_count']),
  prompt: z.string().describe('The question as asked (empty = the default wording)'),
  value: z.int().nullable().describe('What this attempt predicted'),
  actual: z.int().nullable().describe('Frozen when the round is finalised; null before'),
  error: z.int().nullable().describe('|value − actual| once the round is finalised'),
});
export type PredictionRecap = z.infer<typeof PredictionRecapSchema>;

/** GET /api/attempts/:id/standing — the owner's own figures only, no one else's data. */
export const AttemptStandingSchema = z.object({
  attemptId: UuidSchema,
  roundId: UuidSchema,
  counted: z
    .boolean()
    .describe("This attempt is the person's counted one in the round (best of their attempts)"),
  standing: StandingSchema.describe("The person's counted entry"),
  prediction: PredictionRecapSchema.nullable().describe('Null when the round asks no prediction'),
});
export type AttemptStanding = z.infer<typeof AttemptStandingSchema>;

/** A counted result of mine, for the home page. */
export const MyResultSchema = z.object({
  roundId: UuidSchema,
  roundTitle: z.string(),
  contestTitle: z.string(),
  attemptId: UuidSchema.describe('The counted attempt'),
  correctCount: z.int(),
  total: z.int(),
  durationMs: z.int(),
  submittedAt: z.string(),
  reviewOpen: z.boolean().describe('Answers and explanations can be read now'),
  standing: StandingSchema,
});
export type MyResult = z.infer<typeof MyResultSchema>;

/** GET /api/me/home — what a participant's home page shows, with the server's time. */
export const ParticipantHomeSchema = z.object({
  serverNow: z.string().describe('Server time: count down from it, never from the device clock'),
  rounds: z.array(ParticipantRoundSchema).describe('As GET /api/me/rounds'),
  results: z
    .array(MyResultSchema)
    .describe('My latest counted results, newest first (at most HOME_LIST_MAX)'),
});
export type ParticipantHome = z.infer<typeof ParticipantHomeSchema>;

/** GET /api/me/rounds/:id — the start screen, shown before the clock starts. */
export const RoundBriefingSchema = z.object({
  serverNow: z.string().describe('Server time: the time left is counted from it'),
  round: ParticipantRoundSchema,
});
export type RoundBriefing = z.infer<typeof RoundBriefingSchema>;
