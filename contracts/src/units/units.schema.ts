import { z } from 'zod';
import {
  DryRunQuerySchema,
  IsoDateSchema,
  SheetFormatQuerySchema,
  UuidSchema,
  lineText,
  nfcText,
} from '../common/primitives.js';

export const UNIT_KINDS = [
  'province',
  'city',
  'commune',
  'ward',
  'special_zone',
  'department',
  'office',
  'village',
  'school',
  'health_station',
  'other',
] as const;
export const UnitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** Khối, used for collective prizes. */
export const UNIT_GROUPS = ['administrative', 'public_service', 'commune_level', 'other'] as const;
export const UnitGroupSchema = z.enum(UNIT_GROUPS);
export type UnitGroup = z.infer<typeof UnitGroupSchema>;

const codeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9_.-]{0,39}$/, 'unit_code_invalid'))
  .describe('Short unique code, letters, digits, _ . -');

export const UnitSchema = z.object({
  id: UuidSchema,
  code: z.string(),
  name: z.string(),
  kind: UnitKindSchema,
  group: UnitGroupSchema,
  parentId: UuidSchema.nullable(),
  headcount: z.int().nullable().describe('Declared tổng số CBCCVC-NLĐ'),
  target: z.number().describe('Participation target, 0–1 (default 1 = 100%)'),
  activeFrom: z.string(),
  activeTo: z.string().nullable(),
  mergedIntoId: UuidSchema.nullable(),
  isDemo: z.boolean(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const CreateUnitSchema = z.strictObject({
  code: codeSchema,
  name: nfcText(2, 200),
  kind: UnitKindSchema,
  group: UnitGroupSchema.default('administrative'),
  parentId: UuidSchema.nullable(),
  headcount: z.int().min(0).max(1_000_000).optional(),
  target: z.number().min(0).max(1).default(1),
});
export type CreateUnit = z.input<typeof CreateUnitSchema>;

export const UpdateUnitSchema = z.strictObject({
  name: nfcText(2, 200).optional(),
  kind: UnitKindSchema.optional(),
  group: UnitGroupSchema.optional(),
  parentId: UuidSchema.optional().describe('Move the unit under another one'),
  target: z.number().min(0).max(1).optional(),
  headcount: z
    .int()
    .min(0)
    .max(1_000_000)
    .optional()
    .describe('Declares a new headcount (kept in history)'),
});
export type UpdateUnit = z.input<typeof UpdateUnitSchema>;

export const MergeUnitSchema = z.strictObject({
  intoUnitId: UuidSchema.describe('The unit that absorbs this one'),
  effectiveDate: IsoDateSchema.optional(),
});
export type MergeUnit = z.input<typeof MergeUnitSchema>;

export const HeadcountEntrySchema = z.object({
  value: z.int(),
  declaredAt: z.string(),
  declaredBy: z.string().nullable(),
});
export type HeadcountEntry = z.infer<typeof HeadcountEntrySchema>;

export const UnitEventSchema = z.object({
  kind: z.enum(['created', 'renamed', 'moved', 'merged', 'absorbed', 'updated']),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  actor: z.string().nullable(),
  at: z.string(),
});
export type UnitEvent = z.infer<typeof UnitEventSchema>;

export const UnitHistorySchema = z.object({
  headcounts: z.array(HeadcountEntrySchema),
  events: z.array(UnitEventSchema),
});
export type UnitHistory = z.infer<typeof UnitHistorySchema>;

/** One row of the units import template (.xlsx/.csv). */
export const UnitImportQuerySchema = DryRunQuerySchema;
export const UnitTemplateQuerySchema = SheetFormatQuerySchema;

export const UnitImportRowSchema = z.strictObject({
  code: codeSchema,
  name: nfcText(2, 200),
  kind: UnitKindSchema,
  group: UnitGroupSchema.default('administrative'),
  parentCode: lineText().trim().toUpperCase().optional(),
  headcount: z.coerce.number().int().min(0).max(1_000_000).optional(),
});
export type UnitImportRow = z.infer<typeof UnitImportRowSchema>;

export const ImportRowErrorSchema = z.object({
  row: z.int(),
  field: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const UnitImportResultSchema = z.object({
  dryRun: z.boolean(),
  created: z.int(),
  updated: z.int(),
  errors: z.array(ImportRowErrorSchema),
});
export type UnitImportResult = z.infer<typeof UnitImportResultSchema>;

/** Public, unauthenticated list used by the registration unit picker. */
export const PublicUnitSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  parentId: UuidSchema.nullable(),
  path: z.string().describe('Names from the root, joined with " › "'),
});
export type PublicUnit = z.infer<typeof PublicUnitSchema>;
