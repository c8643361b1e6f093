import { z } from 'zod';
import {
  CitizenIdSchema,
  IsoDateTimeSchema,
  PhoneSchema,
  UuidSchema,
  lineText,
  nfcMultiLineText,
  nfcText,
} from '../common/primitives.js';
import { SlugSchema } from './slug.js';

export const PARTICIPANT_TRACKS = ['staff', 'citizen'] as const;
export const ParticipantTrackSchema = z.enum(PARTICIPANT_TRACKS);
export type ParticipantTrack = z.infer<typeof ParticipantTrackSchema>;

export const CONTEST_STATUSES = ['draft', 'published', 'closed', 'results_published'] as const;
export const ContestStatusSchema = z.enum(CONTEST_STATUSES);
export type ContestStatus = z.infer<typeof ContestStatusSchema>;

/** Allowed status moves; anything else is refused with invalid_transition. */
export const CONTEST_TRANSITIONS: Record<ContestStatus, ContestStatus[]> = {
  draft: ['published'],
  published: ['closed'],
  closed: ['results_published', 'published'],
  results_published: [],
};

const isoDateTime = IsoDateTimeSchema;

export const PrizeTierSchema = z.strictObject({
  rank: nfcText(1, 60).describe('Prize name, e.g. "Giải Nhất"'),
  count: z.int().min(0).max(1000),
  value: nfcText(0, 120).optional().describe('e.g. "2.000.000 đồng và Giấy khen"'),
});
export type PrizeTier = z.infer<typeof PrizeTierSchema>;

export const DEFAULT_PRIZE_TABLE: PrizeTier[] = [
  { rank: 'Giải Nhất', count: 1 },
  { rank: 'Giải Nhì', count: 1 },
  { rank: 'Giải Ba', count: 1 },
  { rank: 'Giải Khuyến khích', count: 5 },
];

export const ExcludedPersonSchema = z
  .strictObject({
    fullName: nfcText(0, 120).optional(),
    citizenId: CitizenIdSchema.optional(),
    phone: PhoneSchema.optional(),
    role: nfcText(0, 120).optional().describe('BTC, người ra đề, giám khảo, kỹ thuật…'),
  })
  .refine((p) => p.citizenId || p.phone, { message: 'excluded_needs_id' });
export type ExcludedPerson = z.infer<typeof ExcludedPersonSchema>;

const contestFields = {
  title: nfcText(5, 300),
  description: nfcText(0, 5000).optional(),
  eligibleUnitIds: z
    .array(UuidSchema)
    .max(50)
    .optional()
    .describe('Roots of the eligible subtrees; default: the organising unit'),
  tracks: z.array(ParticipantTrackSchema).min(1, 'tracks_required').max(2).optional(),
  legalBasis: nfcText(0, 1000).optional().describe('Kế hoạch số…, Quyết định ban hành thể lệ số…'),
  prizeTable: z.array(PrizeTierSchema).max(20).optional(),
  onePrizePerPersonPerContest: z.boolean().optional(),
  excludedPersons: z.array(ExcludedPersonSchema).max(2000).optional(),
  rulesText: nfcMultiLineText(0, 50000)
    .nullable()
    .optional()
    .describe('Edited rules page; null = generated from the settings'),
};

export const CreateContestSchema = z.strictObject({
  ...contestFields,
  organizerUnitId: UuidSchema,
});
export type CreateContest = z.input<typeof CreateContestSchema>;

export const UpdateContestSchema = z.strictObject({
  title: contestFields.title.optional(),
  description: contestFields.description,
  eligibleUnitIds: contestFields.eligibleUnitIds,
  tracks: contestFields.tracks,
  legalBasis: contestFields.legalBasis,
  prizeTable: contestFields.prizeTable,
  onePrizePerPersonPerContest: contestFields.onePrizePerPersonPerContest,
  excludedPersons: contestFields.excludedPersons,
  rulesText: contestFields.rulesText,
  slug: SlugSchema.optional().describe(
    'New address of the public page (/cuoc-thi/<slug>); earlier addresses keep leading to it',
  ),
  status: ContestStatusSchema.exclude(['draft']).optional(),
});
export type UpdateContest = z.input<typeof UpdateContestSchema>;

export const BlueprintItemSchema = z.strictObject({
  area: lineText().trim().min(2).max(40),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  count: z.int().min(1).max(100),
});
export type BlueprintItem = z.infer<typeof BlueprintItemSchema>;

export const PredictionSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  target: z.enum(['perfect_count', 'participant_count']).default('perfect_count'),
  prompt: nfcText(0, 500).optional(),
});
export type PredictionSettings = z.infer<typeof PredictionSettingsSchema>;

const roundFields = {
  title: nfcText(1, 200),
  // LIVE MODE, NOT BUILT YET: 'live' (host-paced games, SPEC §2) is reserved on the wire for a
  // later issue; until then the server refuses it with `live_mode_unavailable`.
  mode: z
    .enum(['self_paced', 'live'])
    .default('self_paced')
    .describe("'live' is reserved: refused with live_mode_unavailable until live games are built"),
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  durationSec: z.int().min(60).max(7200).default(900).describe('Time allowed for one attempt'),
  maxAttempts: z.int().min(0).max(100).default(1).describe('0 = unlimited'),
  blueprint: z.array(BlueprintItemSchema).min(1).max(30),
  shuffleQuestions: z.boolean().default(true),
  shuffleOptions: z.boolean().default(true),
  track: ParticipantTrackSchema.nullable().optional().describe('null = every track of the contest'),
  prediction: PredictionSettingsSchema.default({ enabled: true, target: 'perfect_count' }),
  reviewAfterClose: z.boolean().default(true),
};

const checkWindow = (r: { opensAt?: string; closesAt?: string }, ctx: z.RefinementCtx) => {
  if (r.opensAt && r.closesAt && Date.parse(r.closesAt) <= Date.parse(r.opensAt))
    ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'closes_before_opens' });
};

export const CreateRoundSchema = z.strictObject(roundFields).superRefine(checkWindow);
export type CreateRound = z.input<typeof CreateRoundSchema>;

export const UpdateRoundSchema = z
  .strictObject({
    title: roundFields.title.optional(),
    opensAt: isoDateTime.optional(),
    closesAt: isoDateTime.optional(),
    durationSec: z.int().min(60).max(7200).optional(),
    maxAttempts: z.int().min(0).max(100).optional(),
    blueprint: roundFields.blueprint.optional(),
    shuffleQuestions: z.boolean().optional(),
    shuffleOptions: z.boolean().optional(),
    track: roundFields.track,
    prediction: PredictionSettingsSchema.optional(),
    reviewAfterClose: z.boolean().optional(),
    reason: nfcText(0, 500)
      .optional()
      .describe('Why a round that already has attempts is changed (kept in the audit log)'),
  })
  .superRefine(checkWindow);
export type UpdateRound = z.input<typeof UpdateRoundSchema>;

export const ROUND_PHASES = ['upcoming', 'open', 'closed', 'finalized'] as const;
export type RoundPhase = (typeof ROUND_PHASES)[number];

export const RoundSchema = z.object({
  id: UuidSchema,
  contestId: UuidSchema,
  seq: z.int(),
  title: z.string(),
  mode: z.enum(['self_paced', 'live']),
  opensAt: z.string(),
  closesAt: z.string(),
  durationSec: z.int(),
  maxAttempts: z.int(),
  blueprint: z.array(BlueprintItemSchema),
  questionCount: z.int(),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  track: ParticipantTrackSchema.nullable(),
  prediction: PredictionSettingsSchema,
  reviewAfterClose: z.boolean(),
  graceMs: z.int(),
  phase: z.enum(ROUND_PHASES),
  finalizedAt: z.string().nullable(),
  actual: z.record(z.string(), z.int()).nullable().describe('Frozen actual value per track'),
  attemptCount: z.int(),
});
export type Round = z.infer<typeof RoundSchema>;

export const ContestSchema = z.object({
  id: UuidSchema,
  title: z.string(),
  slug: z.string().describe('Address of the public page: /cuoc-thi/<slug>'),
  shortCode: z.string().describe('Short link: /c/<shortCode>'),
  description: z.string().nullable(),
  organizerUnitId: UuidSchema,
  organizerUnitName: z.string(),
  eligibleUnitIds: z.array(UuidSchema),
  eligibleUnitNames: z.array(z.string()),
  tracks: z.array(ParticipantTrackSchema),
  legalBasis: z.string().nullable(),
  prizeTable: z.array(PrizeTierSchema),
  onePrizePerPersonPerContest: z.boolean(),
  excludedPersons: z.array(z.any()).describe('Organisers only; empty for participants'),
  rulesText: z.string().nullable(),
  status: ContestStatusSchema,
  rounds: z.array(RoundSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contest = z.infer<typeof ContestSchema>;

export const ContestListQuerySchema = z.strictObject({
  status: ContestStatusSchema.optional(),
});

export const BlueprintCheckSchema = z.object({
  ok: z.boolean().describe('The bank can supply every line'),
  items: z.array(
    z.object({
      area: z.string(),
      areaName: z.string(),
      difficulty: z.int().nullable(),
      count: z.int(),
      available: z.int(),
      enough: z.boolean(),
      lowVariety: z
        .boolean()
        .describe('Fewer than 5× the questions drawn: answers shared between entrants will match'),
    }),
  ),
});
export type BlueprintCheck = z.infer<typeof BlueprintCheckSchema>;

export const BlueprintCheckRequestSchema = z.strictObject({
  organizerUnitId: UuidSchema,
  blueprint: z.array(BlueprintItemSchema).min(1).max(30),
  track: ParticipantTrackSchema.nullable().optional(),
});

export const FinalizeRoundSchema = z.strictObject({
  reason: nfcText(0, 500)
    .optional()
    .describe('Required to re-finalise a round that already has results'),
});

export const RulesPageSchema = z.object({
  contestId: UuidSchema,
  generated: z.boolean(),
  text: z.string().describe('Plain text with blank-line paragraphs'),
});
export type RulesPage = z.infer<typeof RulesPageSchema>;

export const DisqualifySchema = z.strictObject({
  userId: UuidSchema,
  reason: nfcText(5, 500).describe('Why the entry is excluded from ranking and prizes (audited)'),
});
export type Disqualify = z.input<typeof DisqualifySchema>;

export const DisqualificationSchema = z.object({
  userId: UuidSchema,
  disqualified: z.boolean(),
  reason: z.string().nullable().describe('Null once the entry is reinstated'),
});
export type Disqualification = z.infer<typeof DisqualificationSchema>;
