import { z } from 'zod';
import { UuidSchema, isPlainText } from '../common/primitives.js';

/** Longest line of a form's header or signature block: a long unit name fits on one line. */
export const FORM_LINE_MAX = 100;

/**
 * Text printed on the official forms (Nghị định 30/2020/NĐ-CP, Phụ lục I): NFC, each line
 * trimmed and its inner spaces collapsed, at most `lines` lines of FORM_LINE_MAX characters.
 * Empty (or missing) means "not set": the form prints its default instead.
 */
const formText = (lines: number) =>
  z
    .string()
    .transform((s) =>
      s
        .normalize('NFC')
        .split(/\r\n|\r|\n/)
        .map((l) => l.replace(/[^\S\n]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .superRefine((s, ctx) => {
      const parts = s.split('\n');
      // Control characters and broken surrogates would corrupt the .xlsx XML or vanish from the PDF.
      if (!isPlainText(s, true)) ctx.addIssue({ code: 'custom', message: 'form_text_invalid' });
      else if (parts.length > lines)
        ctx.addIssue({ code: 'custom', message: `form_lines_max_${lines}` });
      else if (parts.some((l) => l.length > FORM_LINE_MAX))
        ctx.addIssue({ code: 'custom', message: 'form_line_too_long' });
    })
    .nullish()
    .transform((s) => (s ? s : null));

export const FORM_DATE_LINES = ['export_date', 'blank'] as const;
export const FormDateLineSchema = z
  .enum(FORM_DATE_LINES)
  .describe('export_date: the day of export in Vietnam; blank: "ngày … tháng … năm …" by hand');
export type FormDateLine = z.infer<typeof FormDateLineSchema>;

/**
 * How a unit's official forms (Biểu 01–04, the non-participants list) are headed and signed.
 * The whole layout is written at once; a field left empty falls back to its default.
 */
export const FormLayoutSchema = z.strictObject({
  superiorBody: formText(2).describe(
    'Cơ quan chủ quản, above the issuing unit, printed in capitals; empty: the parent unit',
  ),
  issuingUnit: formText(2).describe(
    'Tên đơn vị ban hành, printed in bold capitals; empty: the unit’s own name',
  ),
  placeName: formText(1).describe(
    'Địa danh of the date line ("Mộ Lao, ngày …"); empty: the nearest parent unit’s',
  ),
  preparerTitle: formText(2).describe('Heading of the left signature; empty: "Người lập biểu"'),
  preparerName: formText(1).describe('Who prepares the form; empty: a dotted line to sign on'),
  signerTitle: formText(3).describe(
    'Heading of the right signature, e.g. "KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH"; empty: "Thủ trưởng đơn vị"',
  ),
  signerName: formText(1).describe('The head who signs; empty: a dotted line to sign on'),
  dateLine: FormDateLineSchema.default('export_date'),
});
export type FormLayoutInput = z.input<typeof FormLayoutSchema>;
export type FormLayout = z.output<typeof FormLayoutSchema>;

/** What prints where a unit left a field empty. */
export const FormLayoutDefaultsSchema = z.object({
  superiorBody: z.string().nullable().describe('The parent unit’s issuing name; null at a root'),
  issuingUnit: z.string(),
  placeName: z.string().nullable().describe('The nearest parent’s place name; null if none'),
  preparerTitle: z.string(),
  signerTitle: z.string(),
});
export type FormLayoutDefaults = z.infer<typeof FormLayoutDefaultsSchema>;

export const UnitFormLayoutSchema = z.object({
  unitId: UuidSchema,
  unitName: z.string(),
  layout: z.object({
    superiorBody: z.string().nullable(),
    issuingUnit: z.string().nullable(),
    placeName: z.string().nullable(),
    preparerTitle: z.string().nullable(),
    preparerName: z.string().nullable(),
    signerTitle: z.string().nullable(),
    signerName: z.string().nullable(),
    dateLine: FormDateLineSchema,
  }),
  defaults: FormLayoutDefaultsSchema,
  updatedAt: z.string().nullable().describe('null: never set, every field is its default'),
  updatedBy: z.string().nullable(),
});
export type UnitFormLayout = z.infer<typeof UnitFormLayoutSchema>;

/** The printed value of each field: the unit's own, else its default. */
export function effectiveFormLayout(v: Pick<UnitFormLayout, 'layout' | 'defaults'>) {
  const { layout: l, defaults: d } = v;
  return {
    superiorBody: l.superiorBody ?? d.superiorBody,
    issuingUnit: l.issuingUnit ?? d.issuingUnit,
    placeName: l.placeName ?? d.placeName,
    preparerTitle: l.preparerTitle ?? d.preparerTitle,
    preparerName: l.preparerName,
    signerTitle: l.signerTitle ?? d.signerTitle,
    signerName: l.signerName,
    dateLine: l.dateLine,
  };
}
export type EffectiveFormLayout = ReturnType<typeof effectiveFormLayout>;

/** Quốc hiệu and tiêu ngữ, at the top right of every form. */
export const FORM_NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const FORM_NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** Under the left (preparer's) and right (head's) signature titles. */
export const FORM_PREPARER_NOTE = '(Ký, ghi rõ họ tên)';
export const FORM_SIGNER_NOTE = '(Ký tên, đóng dấu)';

/** Where a name, place or date is left to be written by hand. */
export const FORM_DOTS = '………………………';
/** Vietnam keeps UTC+7 all year (VN_OFFSET). */
const VN_OFFSET_MS = 7 * 3_600_000;

/**
 * "<Địa danh>, ngày … tháng … năm …" in Vietnam time. As Nghị định 30/2020/NĐ-CP asks, days
 * below 10 and the months 1 and 2 take a leading zero, so no digit can be added by hand
 * ("1" → "11"). A missing place or date is left as dots, to be filled in by hand.
 */
export function formDateLine(place: string | null, at: Date | null): string {
  const where = place?.normalize('NFC') ?? FORM_DOTS;
  if (!at) return `${where}, ngày …… tháng …… năm ……`;
  const w = new Date(at.getTime() + VN_OFFSET_MS);
  const day = w.getUTCDate();
  const month = w.getUTCMonth() + 1;
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `${where}, ngày ${dd} tháng ${mm} năm ${w.getUTCFullYear()}`;
}

/** Headings and unit names print in capitals (Vietnamese ones: "Ủy ban" → "ỦY BAN"). */
export const formCaps = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');
