/**
 * Every message code the shared schemas put on a validation issue (`.regex(re, 'code')`,
 * `ctx.addIssue({ message: 'code' })`...). The schemas speak in codes, never in one language:
 * the server's message table and the client's `validation.*` texts give each its Vietnamese and
 * English words, and a test fails when a code here has no text there, or when a schema emits a
 * code missing from this list.
 */
export const ISSUE_CODES = [
  // common/primitives.ts
  'text_invalid_char',
  'date_out_of_range',
  'phone_invalid',
  'citizen_id_invalid',
  'email_invalid',
  'password_too_short',
  // auth
  'consent_required',
  // units
  'unit_code_invalid',
  'form_text_invalid',
  'form_lines_max_1',
  'form_lines_max_2',
  'form_lines_max_3',
  'form_line_too_long',
  // rosters
  'citizen_id_leading_zero',
  'roster_identity_required',
  // questions
  'area_code_invalid',
  'options_count',
  'no_correct_option',
  'single_needs_one_correct',
  'true_false_two_options',
  'duplicate_option',
  // attempts
  'option_id_invalid',
  // contests
  'slug_invalid',
  'tracks_required',
  'excluded_needs_id',
  'closes_before_opens',
  // reports
  'year_required',
  'range_invalid',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];
