import { z } from 'zod';
import { PublicResultsSchema } from '../attempts/attempts.schema.js';
import { UuidSchema } from '../common/primitives.js';
import {
  ContestStatusSchema,
  ParticipantTrackSchema,
  PrizeTierSchema,
  ROUND_PHASES,
} from './contests.schema.js';
import { SLUG_MAX, SLUG_PATTERN, ShortCodeSchema } from './slug.js';

/**
 * The slug in /cuoc-thi/<slug> as a visitor's browser sends it. Capital letters are read as
 * small ones (the page then answers with its canonical address).
 */
export const PublicContestParamsSchema = z.strictObject({
  slug: z
    .string()
    .max(SLUG_MAX)
    .toLowerCase()
    .pipe(z.string().regex(SLUG_PATTERN))
    .describe('Current or earlier address of the contest'),
});

export const ShortLinkParamsSchema = z.strictObject({ code: ShortCodeSchema });

/** The winners of a round, as every public list shows them: name, unit and prize only. */
export const PublicWinnerSchema = PublicResultsSchema.shape.winners.element;
export type PublicWinner = z.infer<typeof PublicWinnerSchema>;

export const PublicRoundSchema = z.object({
  id: UuidSchema,
  seq: z.int(),
  title: z.string(),
  mode: z.enum(['self_paced', 'live']),
  opensAt: z.string(),
  closesAt: z.string(),
  durationSec: z.int(),
  questionCount: z.int(),
  maxAttempts: z.int().describe('0 = unlimited'),
  track: ParticipantTrackSchema.nullable(),
  phase: z.enum(ROUND_PHASES).describe('By the server clock at the time of the answer'),
  results: z
    .object({ finalizedAt: z.string(), winners: z.array(PublicWinnerSchema) })
    .nullable()
    .describe("The round's winners, once the contest's results are published (results_published)"),
});
export type PublicRound = z.infer<typeof PublicRoundSchema>;

/** Addresses to share a contest by; absolute, from PUBLIC_URL or the address the request used. */
export const ContestLinksSchema = z.object({
  slug: z.string(),
  shortCode: z.string(),
  publicUrl: z.string().describe('Full address of the public page; the QR code encodes it'),
  shortUrl: z.string().describe('Short link that redirects to the public page'),
});
export type ContestLinks = z.infer<typeof ContestLinksSchema>;

/** The public contest page: what anyone may read without signing in. No personal data. */
export const PublicContestSchema = z.object({
  title: z.string(),
  description: z.string().nullable(),
  organizerUnitName: z.string(),
  eligibleUnitNames: z.array(z.string()),
  tracks: z.array(ParticipantTrackSchema),
  legalBasis: z.string().nullable(),
  prizeTable: z.array(PrizeTierSchema),
  status: ContestStatusSchema.exclude(['draft']),
  rulesText: z.string().describe('The thể lệ: edited text, or generated from the settings'),
  rounds: z.array(PublicRoundSchema),
  links: ContestLinksSchema,
});
export type PublicContest = z.infer<typeof PublicContestSchema>;

/** What the organiser sees to share the contest. */
export const ContestShareSchema = ContestLinksSchema.extend({
  isPublic: z.boolean().describe('The public page answers (the contest is no longer a draft)'),
  previousSlugs: z.array(z.string()).describe('Earlier addresses; they still lead to the page'),
  publicUrlConfigured: z
    .boolean()
    .describe('PUBLIC_URL is set; otherwise links use the address the organiser is on'),
});
export type ContestShare = z.infer<typeof ContestShareSchema>;
