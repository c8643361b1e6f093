import { z } from 'zod';
import { INT4_MAX, UuidSchema, queryInt } from '../common/primitives.js';
import { SourceSchema } from '../questions/questions.schema.js';
import { ParticipantTrackSchema } from '../contests/contests.schema.js';

export const ATTEMPT_STATUSES = ['in_progress', 'submitted', 'expired'] as const;
export const AttemptStatusSchema = z.enum(ATTEMPT_STATUSES);
export type AttemptStatus = z.infer<typeof AttemptStatusSchema>;

const optionIds = z
  .array(z.string().regex(/^[a-f0-9]{8}$/, 'option_id_invalid'))
  .max(6)
  .refine((ids) => new Set(ids).size === ids.length, 'duplicate_option');

export const StartAttemptSchema = z.strictObject({
  deviceHash: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,128}$/)
    .optional()
    .describe('Opaque device fingerprint kept for audit'),
});

export const SaveAnswerSchema = z.strictObject({
  optionIds,
  seq: z
    .int()
    .min(0)
    .max(INT4_MAX)
    .optional()
    .describe('Client sequence number: a write with a lower seq than the stored one is ignored'),
});
export type SaveAnswer = z.input<typeof SaveAnswerSchema>;

export const SubmitAttemptSchema = z.strictObject({
  prediction: z.int().min(0).max(100_000_000).nullable().optional(),
  answers: z
    .array(
      z.strictObject({
        questionId: UuidSchema,
        optionIds,
        seq: z.int().min(0).max(INT4_MAX).optional(),
      }),
    )
    .max(100)
    .optional()
    .describe('Answers not yet autosaved (offline queue); saved before scoring'),
});
export type SubmitAttempt = z.input<typeof SubmitAttemptSchema>;

/** What a participant sees of a question while the round runs: no answer, no explanation. */
export const AttemptQuestionSchema = z.object({
  id: UuidSchema,
  index: z.int(),
  type: z.enum(['single', 'multiple', 'true_false']),
  stem: z.string(),
  options: z.array(z.object({ id: z.string(), text: z.string() })),
});
export type AttemptQuestion = z.infer<typeof AttemptQuestionSchema>;

export const ReviewQuestionSchema = AttemptQuestionSchema.extend({
  correctOptionIds: z.array(z.string()),
  explanation: z.string().nullable(),
  source: SourceSchema.nullable(),
  chosenOptionIds: z.array(z.string()),
  correct: z.boolean(),
});
export type ReviewQuestion = z.infer<typeof ReviewQuestionSchema>;

export const AttemptSchema = z.object({
  id: UuidSchema,
  roundId: UuidSchema,
  contestId: UuidSchema,
  roundTitle: z.string(),
  attemptNo: z.int(),
  status: AttemptStatusSchema,
  startedAt: z.string(),
  deadline: z.string().describe('Server deadline (ISO); count down from serverNow'),
  serverNow: z.string().describe('Server time when this answer was made'),
  submittedAt: z.string().nullable(),
  questions: z.array(z.union([ReviewQuestionSchema, AttemptQuestionSchema])),
  answers: z
    .record(z.string(), z.object({ optionIds: z.array(z.string()), seq: z.int() }))
    .describe('Saved answers by question id'),
  prediction: z.object({ enabled: z.boolean(), prompt: z.string(), value: z.int().nullable() }),
  result: z
    .object({ correctCount: z.int(), total: z.int(), durationMs: z.int() })
    .nullable()
    .describe('After submit'),
  reviewOpen: z.boolean().describe('Correct answers, explanations and sources are included'),
});
export type Attempt = z.infer<typeof AttemptSchema>;

export const SavedAnswerSchema = z.object({ savedAt: z.string(), seq: z.int() });
export const SubmitResultSchema = z.object({
  correctCount: z.int(),
  total: z.int(),
  durationMs: z.int(),
  status: AttemptStatusSchema,
  submittedAt: z.string(),
});
export type SubmitResult = z.infer<typeof SubmitResultSchema>;

export const MyAttemptSchema = z.object({
  id: UuidSchema,
  roundId: UuidSchema,
  roundTitle: z.string(),
  contestId: UuidSchema,
  contestTitle: z.string(),
  attemptNo: z.int(),
  status: AttemptStatusSchema,
  startedAt: z.string(),
  deadline: z.string(),
  submittedAt: z.string().nullable(),
  correctCount: z.int().nullable(),
  total: z.int(),
  durationMs: z.int().nullable(),
  prediction: z.int().nullable(),
});
export type MyAttempt = z.infer<typeof MyAttemptSchema>;

/** A round as a participant sees it on the home screen. */
export const ParticipantRoundSchema = z.object({
  id: UuidSchema,
  contestId: UuidSchema,
  contestTitle: z.string(),
  title: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  durationSec: z.int(),
  questionCount: z.int(),
  maxAttempts: z.int(),
  attemptsUsed: z.int(),
  openAttemptId: UuidSchema.nullable(),
  phase: z.enum(['upcoming', 'open', 'closed', 'finalized']),
  eligible: z.boolean(),
  ineligibleReason: z
    .enum(['unit', 'track', 'excluded'])
    .nullable()
    .describe(
      'unit: outside the eligible units; track: other track; excluded: on the excluded list',
    ),
  reviewOpen: z.boolean(),
  bestAttemptId: UuidSchema.nullable(),
  predictionEnabled: z
    .boolean()
    .describe('An attempt ends with a prediction question (a tie-break once the round is final)'),
});
export type ParticipantRound = z.infer<typeof ParticipantRoundSchema>;

export const LeaderboardRowSchema = z.object({
  rank: z.int(),
  userId: UuidSchema,
  fullName: z.string(),
  unitName: z.string(),
  track: ParticipantTrackSchema,
  correctCount: z.int(),
  total: z.int(),
  durationMs: z.int(),
  prediction: z.int().nullable(),
  predictionError: z.int().nullable(),
  submittedAt: z.string(),
  attemptsUsed: z.int(),
});
export type LeaderboardRow = z.infer<typeof LeaderboardRowSchema>;

export const LeaderboardSchema = z.object({
  roundId: UuidSchema,
  finalized: z.boolean(),
  actual: z.int().nullable(),
  track: ParticipantTrackSchema.nullable(),
  total: z.int(),
  rows: z.array(LeaderboardRowSchema),
});
export type Leaderboard = z.infer<typeof LeaderboardSchema>;

export const LeaderboardQuerySchema = z.strictObject({
  limit: queryInt().min(1).max(500).default(50),
  offset: queryInt().min(0).default(0),
  unitId: UuidSchema.optional(),
  track: ParticipantTrackSchema.optional(),
});

export const PrizeAwardSchema = z.object({
  prize: z.string(),
  rank: z.int(),
  userId: UuidSchema,
  fullName: z.string(),
  unitName: z.string(),
  track: ParticipantTrackSchema,
});
export type PrizeAward = z.infer<typeof PrizeAwardSchema>;

export const FinalizeResultSchema = z.object({
  roundId: UuidSchema,
  version: z.int(),
  actual: z.int().nullable(),
  actualByTrack: z.record(z.string(), z.int()),
  rows: z.array(LeaderboardRowSchema),
  prizes: z.array(PrizeAwardSchema),
  finalizedAt: z.string(),
  reason: z.string().nullable(),
});
export type FinalizeResult = z.infer<typeof FinalizeResultSchema>;

/** Public results: name, unit and prize only. */
export const PublicResultsSchema = z.object({
  contestTitle: z.string(),
  roundTitle: z.string(),
  finalizedAt: z.string(),
  winners: z.array(
    z.object({ prize: z.string(), fullName: z.string(), unitName: z.string(), track: z.string() }),
  ),
});
export type PublicResults = z.infer<typeof PublicResultsSchema>;

export const ItemStatSchema = z.object({
  questionId: UuidSchema,
  stem: z.string(),
  area: z.string(),
  difficulty: z.int(),
  answered: z.int(),
  facility: z.number().nullable().describe('Share of entrants who got it right (0–1)'),
  discrimination: z
    .number()
    .nullable()
    .describe('Facility in the top 27% minus facility in the bottom 27% (−1–1)'),
});
export type ItemStat = z.infer<typeof ItemStatSchema>;
export const ItemStatsQuerySchema = z.strictObject({ roundId: UuidSchema });
