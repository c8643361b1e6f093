import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';

/** The largest value of a PostgreSQL integer (int4) column. */
export const INT4_MAX = 2 ** 31 - 1;

/** A whole number that fits an int4 column. */
export const int4 = () =>
  z
    .int()
    .min(-INT4_MAX - 1)
    .max(INT4_MAX);

/** Query-string integers (`?page=2`) that fit an int4 column; "1e308", "NaN" and 2^31 are refused. */
export const queryInt = () =>
  z.coerce
    .number()
    .int()
    .min(-INT4_MAX - 1)
    .max(INT4_MAX);

// Tab, line feed and carriage return are the only control characters of multi-line text.
// eslint-disable-next-line no-control-regex
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether a string can be stored and printed: no NUL (PostgreSQL refuses it), no broken UTF-16
 * (a lone surrogate, refused inside jsonb) and no control characters, except tab and line breaks
 * in multi-line text.
 */
export function isPlainText(s: string, multiLine = false): boolean {
  return !(multiLine ? CONTROL_IN_TEXT : CONTROL_IN_LINE).test(s) && !LONE_SURROGATE.test(s);
}

/** A one-line string of plain text (search terms, names typed into a box, codes). */
export const lineText = () =>
  z.string().refine((s) => isPlainText(s), { message: 'text_invalid_char', abort: true });

/** A string of plain text that may span lines (notes, rules, explanations). */
export const multiLineText = () =>
  z.string().refine((s) => isPlainText(s, true), { message: 'text_invalid_char', abort: true });

/**
 * Trimmed, NFC-normalised text: Vietnamese typed on different keyboards compares equal. Every
 * kind of white space (tabs, line breaks, Word's vertical tab) becomes one space; other control
 * characters are refused.
 */
export const nfcText = (min: number, max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(lineText().min(min).max(max));

/**
 * Trimmed, NFC-normalised text that keeps its lines (rules pages: headings, lists, blank-line
 * paragraphs); line endings become `\n`; control characters other than tab are refused.
 */
export const nfcMultiLineText = (min: number, max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .pipe(multiLineText().min(min).max(max));

/** Years a contest, a report or a merger can be dated in; anything else is a typing error. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
const inYears = (s: string) => {
  const year = Number(s.slice(0, 4));
  return year >= YEAR_MIN && year <= YEAR_MAX;
};

/** An ISO-8601 instant with its offset, between YEAR_MIN and YEAR_MAX. */
export const IsoDateTimeSchema = z.iso
  .datetime({ offset: true })
  .refine(inYears, 'date_out_of_range')
  .describe(`ISO-8601 with offset, years ${YEAR_MIN}–${YEAR_MAX}`);

/** A calendar date yyyy-MM-dd between YEAR_MIN and YEAR_MAX. */
export const IsoDateSchema = z.iso
  .date()
  .refine(inYears, 'date_out_of_range')
  .describe(`yyyy-MM-dd, years ${YEAR_MIN}–${YEAR_MAX}`);

export const UuidSchema = z.uuid();

/**
 * Vietnamese phone numbers: 0xxxxxxxxx, 84xxxxxxxxx or +84xxxxxxxxx (spaces, dots, dashes and
 * brackets allowed), normalised to the national form 0xxxxxxxxx; null for anything else.
 * The full ('max') metadata is needed: the small one checks lengths only and would accept
 * retired ranges such as 011x.
 */
export function normalizeVnPhone(raw: string): string | null {
  const text = raw.trim();
  // The parser skips letters and reads extensions; a contact field must be a bare number.
  if (!/^\(?\+?[\d\s.()-]+$/.test(text)) return null;
  const phone = parsePhoneNumberFromString(text, 'VN');
  if (!phone || phone.country !== 'VN' || phone.ext) return null;
  // The library's ranges lag behind the operators' (052 and 055 are in use but not in its
  // metadata): any 10-digit mobile number on a Vietnamese mobile prefix is accepted too.
  if (!phone.isValid() && !/^(?:[35789]\d{8}|2\d{9})$/.test(phone.nationalNumber)) return null;
  return `0${phone.nationalNumber}`;
}

export const PhoneSchema = lineText()
  .trim()
  .transform((s, ctx) => {
    const phone = normalizeVnPhone(s);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: 'phone_invalid' });
      return z.NEVER;
    }
    return phone;
  })
  .describe('Vietnamese phone number; +84 / 84 / 0 prefixes accepted, stored as 0xxxxxxxxx');

/** CCCD (căn cước công dân): exactly 12 digits; spaces typed between groups are removed. */
export const CitizenIdSchema = lineText()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{12}$/, 'citizen_id_invalid'))
  .describe('CCCD: 12 digits');

export const EmailSchema = lineText().trim().toLowerCase().pipe(z.email('email_invalid').max(254));

export const PasswordSchema = lineText()
  .min(8, 'password_too_short')
  .max(128)
  .describe('At least 8 characters');

/** `?format=` of a template or list download: the spreadsheet kinds a user may open. */
export const SheetFormatQuerySchema = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

/** `?dryRun=` of an import: validate and count without writing unless it is "false". */
export const DryRunQuerySchema = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export const PageQuerySchema = z.strictObject({
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(200).default(50),
});

/** Vietnamese-aware folding used for diacritic-insensitive search: "Trọng" → "trong", "Đ" → "d". */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Duplicate-detection key of a question stem: tags removed, NFC, case-folded, punctuation and
 * whitespace collapsed. Diacritics stay: "ca" and "cá" are different words.
 */
export function questionKey(stem: string): string {
  return stem
    .replace(/<[^>]*>/g, ' ')
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}
