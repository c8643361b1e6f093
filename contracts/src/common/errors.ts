import { z } from 'zod';

/** Every error code the API can answer with; the server maps each to one HTTP status. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'account_inactive',
  'account_merged',
  'invalid_code',
  'email_reset_unavailable',
  'forbidden',
  'not_found',
  'conflict',
  'duplicate_phone',
  'duplicate_email',
  'duplicate_citizen_id',
  'already_registered',
  'use_activation_code',
  'duplicate_code',
  'duplicate_question',
  'duplicate_slug',
  'too_many_rows',
  'unit_has_children',
  'unit_inactive',
  'file_too_large',
  'file_invalid',
  'archive_too_large',
  'file_too_complex',
  'import_failed',
  'round_not_open',
  'round_has_attempts',
  'round_not_closed',
  'live_mode_unavailable',
  'bank_insufficient',
  'invalid_transition',
  'not_eligible',
  'max_attempts_reached',
  'deadline_passed',
  'attempt_closed',
  'attempt_incomplete',
  'attempt_not_owned',
  'merge_not_allowed',
  'merge_open_attempts',
  'unit_change_pending',
  'unit_change_same_unit',
  'reason_required',
  'rate_limited',
  'registration_limited',
  'payload_too_large',
  'internal_error',
  'database_unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Socket acknowledgement shape: handlers never throw at the client. */
export type Ack<T> =
  { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
