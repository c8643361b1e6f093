import { z } from 'zod';
import { IsoDateTimeSchema, UuidSchema, nfcText } from '../common/primitives.js';

/**
 * The DEVICE_ID_HEADER value (routes.ts): a random id the browser keeps in localStorage. The
 * server keeps only a keyed hash of it, taken at sign-in and registration; a value that does
 * not fit is ignored, never refused (a person must not be locked out by their browser storage).
 */
export const DeviceIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,128}$/)
  .describe('Random id the browser keeps for itself (16–128 of A–Z a–z 0–9 _ -)');

export const INTEGRITY_REASON_KINDS = [
  'same_device',
  'same_citizen_id',
  'same_phone',
  'registration_burst',
  'same_name_unit',
] as const;
export const IntegrityReasonKindSchema = z.enum(INTEGRITY_REASON_KINDS);
export type IntegrityReasonKind = z.infer<typeof IntegrityReasonKindSchema>;

export const INTEGRITY_DECISIONS = ['keep', 'exclude'] as const;
export const IntegrityDecisionKindSchema = z.enum(INTEGRITY_DECISIONS);
export type IntegrityDecisionKind = z.infer<typeof IntegrityDecisionKindSchema>;

export const IntegrityReasonSchema = z.strictObject({
  kind: IntegrityReasonKindSchema,
  accountIds: z.array(UuidSchema).describe('The accounts of the group this reason ties together'),
  weak: z.boolean().describe('A weak signal (same name and unit): worth a look, not evidence'),
  detail: z
    .string()
    .nullable()
    .describe(
      'same_citizen_id / same_phone: the shared value, masked; registration_burst: how many registrations from the address in the window',
    ),
});
export type IntegrityReason = z.infer<typeof IntegrityReasonSchema>;

export const IntegrityAccountSchema = z.strictObject({
  id: UuidSchema,
  fullName: z.string(),
  username: z.string().describe('Phone, email or CCCD the person signs in with, masked'),
  unitName: z.string(),
  attempts: z.int().describe("Attempts in the contest's rounds"),
  bestScore: z.int().nullable().describe('Most correct answers in one attempt; null before any'),
  excluded: z.boolean().describe("On the contest's excluded list (not ranked)"),
  decision: IntegrityDecisionKindSchema.nullable(),
  note: z.string().nullable(),
  decidedAt: IsoDateTimeSchema.nullable(),
});
export type IntegrityAccount = z.infer<typeof IntegrityAccountSchema>;

export const IntegrityGroupSchema = z.strictObject({
  id: z.string().describe('Stable while the group has the same accounts'),
  accounts: z.array(IntegrityAccountSchema),
  reasons: z.array(IntegrityReasonSchema),
  weakOnly: z.boolean().describe('Only weak signals tie the group together'),
  reviewed: z.boolean().describe('Every account of the group has a keep or exclude decision'),
});
export type IntegrityGroup = z.infer<typeof IntegrityGroupSchema>;

export const IntegrityReviewSchema = z.strictObject({
  contestId: UuidSchema,
  entrants: z.int().describe("People with an attempt in the contest's rounds"),
  burst: z.strictObject({
    count: z.int().describe('Registrations from one address that make a burst'),
    windowMinutes: z.int().describe('…within this many minutes'),
  }),
  groups: z.array(IntegrityGroupSchema),
});
export type IntegrityReview = z.infer<typeof IntegrityReviewSchema>;

export const IntegrityDecisionSchema = z.strictObject({
  accountId: UuidSchema,
  decision: IntegrityDecisionKindSchema.describe(
    "exclude: the person's CCCD/phone join the contest's excluded list (not ranked); keep: reviewed, stays",
  ),
  note: nfcText(0, 500).optional(),
});
export type IntegrityDecision = z.infer<typeof IntegrityDecisionSchema>;
