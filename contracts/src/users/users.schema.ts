import { z } from 'zod';
import { UserSchema } from '../auth/auth.schema.js';
import {
  CitizenIdSchema,
  EmailSchema,
  PasswordSchema,
  PhoneSchema,
  UuidSchema,
  lineText,
  nfcText,
  queryInt,
} from '../common/primitives.js';

/** Accounts an admin or organiser creates inside their own subtree. */
export const CreateUserSchema = z.strictObject({
  fullName: nfcText(2, 120),
  role: z.enum(['organizer', 'reporter', 'admin']),
  unitId: UuidSchema,
  phone: PhoneSchema.optional(),
  email: EmailSchema.optional(),
  password: PasswordSchema,
});
export type CreateUser = z.input<typeof CreateUserSchema>;

/**
 * Account states a list can be filtered by: active / inactive (deactivated), never signed in,
 * waiting for activation (made from a staff list, no password yet), on no current staff list.
 */
export const USER_STATUSES = [
  'active',
  'inactive',
  'never_logged_in',
  'pending_activation',
  'not_on_roster',
] as const;
export const UserStatusSchema = z.enum(USER_STATUSES);
export type UserStatus = z.infer<typeof UserStatusSchema>;

export const ListUsersQuerySchema = z.strictObject({
  unitId: UuidSchema.optional(),
  subtree: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('With unitId: the unit and every unit below it, not the unit alone'),
  role: z.enum(['participant', 'organizer', 'reporter', 'admin']).optional(),
  status: UserStatusSchema.optional(),
  search: lineText()
    .trim()
    .max(100)
    .optional()
    .describe('Name (accents and case ignored), phone, CCCD or email'),
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(200).default(50),
});
export type ListUsersQuery = z.input<typeof ListUsersQuerySchema>;

/** An account in a list: the account and what its manager needs to know about its state. */
export const UserListItemSchema = UserSchema.extend({
  lastLoginAt: z.string().nullable().describe('Last sign-in; null = never signed in'),
  activated: z.boolean().describe('Has a password (false: made from a staff list, not activated)'),
  onRoster: z.boolean().describe('Linked to a current staff-list entry'),
});
export type UserListItem = z.infer<typeof UserListItemSchema>;

export const UserPageSchema = z.object({
  items: z.array(UserListItemSchema),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
export type UserPage = z.infer<typeof UserPageSchema>;

/** What a focal person or an admin may change on an account in their scope. */
export const UpdateUserSchema = z.strictObject({
  fullName: nfcText(2, 120).optional(),
  phone: PhoneSchema.nullable().optional(),
  email: EmailSchema.nullable().optional(),
  citizenId: CitizenIdSchema.nullable().optional(),
  unitId: UuidSchema.optional(),
  role: z.enum(['participant', 'organizer', 'reporter', 'admin']).optional(),
  active: z
    .boolean()
    .optional()
    .describe('false = deactivated: sessions end, sign-in refused, attempts kept'),
});
export type UpdateUser = z.input<typeof UpdateUserSchema>;

export const ONE_TIME_CODE_PURPOSES = ['activation', 'reset'] as const;

export const OneTimeCodeSchema = z.object({
  code: z.string().describe('8 characters without look-alikes; shown once, stored hashed'),
  expiresAt: z.string(),
  purpose: z
    .enum(ONE_TIME_CODE_PURPOSES)
    .describe('activation: the account has no password yet; reset: it has one'),
});
export type OneTimeCode = z.infer<typeof OneTimeCodeSchema>;

export const BULK_USER_ACTIONS = ['deactivate', 'reactivate', 'issue-codes'] as const;

/**
 * One action on many accounts, all in the caller's scope or none done. The server caps the
 * number of ids (USERS_BULK_MAX, default 1000); the schema only refuses absurd sizes.
 */
export const BulkUsersSchema = z.strictObject({
  ids: z.array(UuidSchema).min(1).max(100_000),
  action: z.enum(BULK_USER_ACTIONS),
});
export type BulkUsers = z.infer<typeof BulkUsersSchema>;

export const BulkUsersResultSchema = z.object({
  action: z.enum(BULK_USER_ACTIONS),
  changed: z
    .int()
    .describe('Accounts changed (already in the asked state are left alone) or given a code'),
  slips: z
    .object({
      pdfUrl: z.string().describe('Login slips (A4 PDF) with the new codes, for the caller only'),
      xlsxUrl: z.string().describe('The same rows as .xlsx'),
    })
    .nullable()
    .describe('issue-codes only'),
});
export type BulkUsersResult = z.infer<typeof BulkUsersResultSchema>;

/**
 * `POST /api/users/:id/merge-into/:otherId`: the duplicate (`source`, now deactivated and
 * pointing to the other account) and the account it went into (`target`), with what moved.
 */
export const UserMergeResultSchema = z.object({
  target: UserSchema,
  source: UserSchema,
  movedAttempts: z.int().describe('attempts that now belong to the target'),
  rounds: z
    .int()
    .describe('rounds whose counted entry was recomputed (the better attempt of the two counts)'),
  movedContacts: z
    .array(z.enum(['phone', 'email', 'citizenId']))
    .describe('what the target lacked and took from the source'),
  rosterLinksMoved: z.int().describe('staff-list entries now linked to the target'),
});
export type UserMergeResult = z.infer<typeof UserMergeResultSchema>;

/** One side of a merge as the confirmation shows it. */
export const MergeSideSchema = UserSchema.extend({
  attempts: z.int().describe('Attempts of this account, of any status'),
  onStaffList: z.boolean().describe('Linked to an entry of a current staff list'),
});
export type MergeSide = z.infer<typeof MergeSideSchema>;

/**
 * `GET /api/users/:id/merge-into/:otherId`: both accounts side by side before the merge, after
 * the same checks as the merge itself (scope, roles, not merged already).
 */
export const UserMergePreviewSchema = z.object({
  source: MergeSideSchema,
  target: MergeSideSchema,
});
export type UserMergePreview = z.infer<typeof UserMergePreviewSchema>;
