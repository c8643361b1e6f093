import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';

/** Trimmed, NFC-normalised text: Vietnamese typed on different keyboards compares equal. */
export const nfcText = (min: number, max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(min).max(max));

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

export const PhoneSchema = z
  .string()
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
export const CitizenIdSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{12}$/, 'citizen_id_invalid'))
  .describe('CCCD: 12 digits');

export const EmailSchema = z.string().trim().toLowerCase().pipe(z.email('email_invalid').max(254));

export const PasswordSchema = z
  .string()
  .min(8, 'password_too_short')
  .max(128)
  .describe('At least 8 characters');

export const PageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
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
