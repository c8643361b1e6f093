import { z } from 'zod';
import {
  EmailSchema,
  PhoneSchema,
  UuidSchema,
  lineText,
  nfcText,
  queryInt,
} from '../common/primitives.js';
import { ImportRowErrorSchema } from '../units/units.schema.js';

/**
 * CCCD in a staff list: 12 digits once spaces, dots and dashes typed between groups are
 * removed. Excel drops leading zeros of numbers, so an 11-digit value gets its own message.
 */
export const RosterCitizenIdSchema = lineText()
  .transform((s) => s.replace(/[\s.-]/g, ''))
  .superRefine((s, ctx) => {
    if (/^\d{12}$/.test(s)) return;
    ctx.addIssue({
      code: 'custom',
      message: /^\d{9,11}$/.test(s) ? 'citizen_id_leading_zero' : 'citizen_id_invalid',
    });
  })
  .describe('CCCD: 12 digits');

/** One row of a staff list file (.xlsx/.csv): họ tên, CCCD, số điện thoại, email, chức vụ. */
export const RosterImportRowSchema = z
  .strictObject({
    fullName: nfcText(2, 120),
    citizenId: RosterCitizenIdSchema.optional(),
    phone: PhoneSchema.optional(),
    email: EmailSchema.optional(),
    position: nfcText(1, 120).optional(),
  })
  .refine((r) => r.citizenId !== undefined || r.phone !== undefined, {
    message: 'roster_identity_required',
    path: ['citizenId'],
  });
export type RosterImportRow = z.infer<typeof RosterImportRowSchema>;

export const RosterImportQuerySchema = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  mode: z
    .enum(['replace', 'append'])
    .default('replace')
    .describe('replace: people missing from the file leave the list; append: only add/update'),
});

export const RosterDuplicateSchema = z.object({
  row: z.int().describe('Row in the file (0 when found on an existing entry)'),
  field: z.enum(['citizenId', 'phone']),
  value: z.string().describe('Masked'),
  unitId: UuidSchema,
  unitName: z.string(),
});
export type RosterDuplicate = z.infer<typeof RosterDuplicateSchema>;

export const RosterImportResultSchema = z.object({
  dryRun: z.boolean(),
  mode: z.enum(['replace', 'append']),
  created: z.int(),
  updated: z.int().describe('Entries already on the list whose data changed'),
  unchanged: z.int().describe('Entries already on the list, identical in the file'),
  removed: z.int().describe('Entries that leave the list (replace mode)'),
  linked: z.int().describe('Entries matched to registered accounts by CCCD or phone'),
  duplicates: z
    .array(RosterDuplicateSchema)
    .describe('People who are also on the roster of another unit of the tree (warning)'),
  errors: z.array(ImportRowErrorSchema),
  total: z.int().describe('Entries on the list after the import (as it would be, on a dry run)'),
});
export type RosterImportResult = z.infer<typeof RosterImportResultSchema>;

export const RosterEntrySchema = z.object({
  id: UuidSchema,
  unitId: UuidSchema,
  fullName: z.string(),
  citizenId: z.string().nullable().describe('Masked except the last 3 digits'),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  position: z.string().nullable(),
  user: z
    .object({ id: UuidSchema, fullName: z.string(), linkedBy: z.enum(['auto', 'manual']) })
    .nullable(),
  duplicateIn: z.array(z.object({ unitId: UuidSchema, unitName: z.string() })),
  addedAt: z.string(),
});
export type RosterEntry = z.infer<typeof RosterEntrySchema>;

export const RosterQuerySchema = z.strictObject({
  search: lineText().trim().max(100).optional(),
  linked: z.enum(['true', 'false']).optional(),
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(500).default(100),
});

export const RosterSchema = z.object({
  unitId: UuidSchema,
  total: z.int().describe('People on the current list'),
  linked: z.int().describe('Of them, linked to an account'),
  matching: z.int().describe('Entries matching search/linked (for paging)'),
  rows: z.array(RosterEntrySchema),
});
export type Roster = z.infer<typeof RosterSchema>;

export const RosterLinkSchema = z.strictObject({
  userId: UuidSchema.describe('A participant account of the same subtree'),
});
export type RosterLink = z.infer<typeof RosterLinkSchema>;

/** Puts a person who took part without being on a list onto the unit's staff list, linked. */
export const RosterAddAccountSchema = z.strictObject({
  userId: UuidSchema.describe('A participant account of the unit’s subtree, on no current list'),
  position: lineText().trim().max(200).optional().describe('Chức vụ, if known'),
});
export type RosterAddAccount = z.infer<typeof RosterAddAccountSchema>;

/** Accounts for the staff list: which current entries without an account get one. */
export const RosterAccountsSchema = z.strictObject({
  entryIds: z
    .array(UuidSchema)
    .max(50_000)
    .optional()
    .describe('Only these current entries (of the unit, or of its subtree with subtree: true)'),
  subtree: z.boolean().optional().describe('The whole subtree of the unit, not the unit alone'),
  progressId: UuidSchema.optional().describe(
    'Made by the client: while the call runs, GET roster/accounts-progress/:progressId tells how far it is',
  ),
});
export type RosterAccounts = z.infer<typeof RosterAccountsSchema>;

export const RosterAccountsResultSchema = z.object({
  created: z.int().describe('Accounts created, each with an activation code on the slips'),
  skipped: z
    .int()
    .describe(
      'Entries given no new account: linked to an existing account with the same phone or CCCD, or whose phone/CCCD another entry of this call already took',
    ),
  slips: z.object({
    pdfUrl: z.string().describe('The login slips (A4 PDF), for the caller only, for a short time'),
    xlsxUrl: z.string().describe('The same rows as .xlsx for mail merge'),
  }),
});
export type RosterAccountsResult = z.infer<typeof RosterAccountsResultSchema>;

/** How far a POST units/:id/roster/accounts with a progressId is (its caller only). */
export const RosterAccountsProgressSchema = z.object({
  phase: z
    .enum(['accounts', 'slips', 'done', 'failed'])
    .describe('Creating accounts, rendering the slips, finished, or stopped by an error'),
  done: z.int().describe('Entries handled so far (accounts made or skipped)'),
  total: z.int().describe('Entries without an account when the call began'),
});
export type RosterAccountsProgress = z.infer<typeof RosterAccountsProgressSchema>;

export const RosterAccountlessQuerySchema = z.strictObject({
  subtree: z
    .enum(['true', 'false'])
    .optional()
    .describe('Count the whole subtree (default: the unit)'),
});

export const RosterAccountlessSchema = z.object({
  count: z.int().describe('Current staff-list entries without an account (unit or subtree)'),
  activationCodeDays: z
    .int()
    .describe('How long the codes made now stay valid (ACTIVATION_CODE_DAYS)'),
  slipFilesMinutes: z
    .int()
    .describe('How long the slip files stay downloadable by their maker (SLIP_FILES_MINUTES)'),
});
export type RosterAccountless = z.infer<typeof RosterAccountlessSchema>;

export const RosterCandidatesQuerySchema = z.strictObject({
  search: lineText().trim().max(100).optional().describe('Name (accents ignored) or phone digits'),
});

/** A participant account that may be linked by hand to a roster entry. */
export const RosterCandidateSchema = z.object({
  id: UuidSchema,
  fullName: z.string(),
  phone: z.string().nullable().describe('Masked except the last 3 digits'),
  unitName: z.string(),
});
export type RosterCandidate = z.infer<typeof RosterCandidateSchema>;
export const RosterCandidatesSchema = z.array(RosterCandidateSchema);

export const RosterTemplateQuerySchema = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});
