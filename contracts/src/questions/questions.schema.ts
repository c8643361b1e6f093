import { z } from 'zod';
import {
  SheetFormatQuerySchema,
  UuidSchema,
  lineText,
  nfcText,
  queryInt,
} from '../common/primitives.js';
import { ImportRowErrorSchema } from '../units/units.schema.js';

export const QUESTION_TYPES = ['single', 'multiple', 'true_false'] as const;
export const QuestionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

export const QUESTION_STATUSES = ['draft', 'published', 'retired'] as const;
export const QuestionStatusSchema = z.enum(QUESTION_STATUSES);
export type QuestionStatus = z.infer<typeof QuestionStatusSchema>;

export const TRACKS = ['staff', 'citizen', 'both'] as const;
export const QuestionTrackSchema = z.enum(TRACKS);
export type QuestionTrack = z.infer<typeof QuestionTrackSchema>;

export const DifficultySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

const areaCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{2,40}$/, 'area_code_invalid')
  .describe('Area code, e.g. the_che');

export const OptionInputSchema = z.strictObject({
  text: nfcText(1, 500),
  correct: z.boolean(),
});

export const SourceSchema = z.strictObject({
  document: nfcText(1, 300).describe('Legal document or plan, e.g. "Nghị quyết 76/NQ-CP"'),
  date: lineText().trim().max(20).optional().describe('dd/MM/yyyy'),
  article: lineText().trim().max(100).optional().describe('Điều, khoản, mục'),
});
export type QuestionSource = z.infer<typeof SourceSchema>;

const questionFields = {
  area: areaCode,
  difficulty: DifficultySchema,
  type: QuestionTypeSchema,
  stem: nfcText(5, 2000).describe('May contain <b>, <i>, <br>, lists; anything else is removed'),
  options: z.array(OptionInputSchema).min(2, 'options_count').max(6, 'options_count'),
  explanation: nfcText(0, 2000).optional(),
  source: SourceSchema.optional(),
  tags: z.array(nfcText(1, 40)).max(20).optional(),
  track: QuestionTrackSchema.default('both'),
};

/** Cross-field rules shared by create, edit and import. */
function checkOptions(
  q: { type: QuestionType; options: { text: string; correct: boolean }[] },
  ctx: z.RefinementCtx,
) {
  const correct = q.options.filter((o) => o.correct).length;
  if (correct === 0)
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'no_correct_option' });
  if (q.type !== 'multiple' && correct > 1)
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'single_needs_one_correct' });
  if (q.type === 'true_false' && q.options.length !== 2)
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'true_false_two_options' });
  const seen = new Set<string>();
  for (const o of q.options) {
    const key = o.text.toLowerCase();
    if (seen.has(key))
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'duplicate_option' });
    seen.add(key);
  }
}

export const CreateQuestionSchema = z
  .strictObject({
    ...questionFields,
    status: z.enum(['draft', 'published']).default('draft'),
    ownerUnitId: UuidSchema.optional().describe("Defaults to the author's unit"),
  })
  .superRefine(checkOptions);
export type CreateQuestion = z.input<typeof CreateQuestionSchema>;

export const UpdateQuestionSchema = z
  .strictObject({
    area: questionFields.area.optional(),
    difficulty: DifficultySchema.optional(),
    type: QuestionTypeSchema.optional(),
    stem: questionFields.stem.optional(),
    options: questionFields.options.optional(),
    explanation: questionFields.explanation,
    source: SourceSchema.nullable().optional(),
    tags: questionFields.tags,
    track: QuestionTrackSchema.optional(),
    status: QuestionStatusSchema.optional(),
  })
  .describe('Content changes create a new revision; old revisions stay readable');
export type UpdateQuestion = z.input<typeof UpdateQuestionSchema>;

export const QuestionOptionSchema = z.object({
  id: z.string(),
  text: z.string(),
  correct: z.boolean(),
});

export const QuestionSchema = z.object({
  id: UuidSchema,
  ownerUnitId: UuidSchema,
  ownerUnitName: z.string().nullable(),
  area: z.string(),
  difficulty: z.int(),
  type: QuestionTypeSchema,
  stem: z.string(),
  options: z.array(QuestionOptionSchema),
  explanation: z.string().nullable(),
  source: SourceSchema.nullable(),
  tags: z.array(z.string()),
  track: QuestionTrackSchema,
  status: QuestionStatusSchema,
  revision: z.int(),
  editable: z.boolean().describe('False for published questions of ancestor units (read-only)'),
  duplicateOf: UuidSchema.nullable().describe('Another question with the same normalised stem'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const QuestionListQuerySchema = z.strictObject({
  area: lineText().max(40).optional(),
  difficulty: z.coerce.number().int().min(1).max(3).optional(),
  type: QuestionTypeSchema.optional(),
  status: QuestionStatusSchema.optional(),
  track: QuestionTrackSchema.optional(),
  tag: lineText().max(40).optional(),
  search: lineText().trim().max(200).optional().describe('Accent-insensitive'),
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(200).default(50),
});
export type QuestionListQuery = z.input<typeof QuestionListQuerySchema>;

export const QuestionTemplateQuerySchema = SheetFormatQuerySchema;

/** The list filters without paging: an export holds every question they select. */
export const QuestionExportQuerySchema = QuestionListQuerySchema.omit({
  page: true,
  pageSize: true,
}).extend(SheetFormatQuerySchema.shape);
export type QuestionExportQuery = z.input<typeof QuestionExportQuerySchema>;

export const QuestionPageSchema = z.object({
  items: z.array(QuestionSchema),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
  counts: z
    .array(z.object({ area: z.string(), difficulty: z.int(), count: z.int() }))
    .describe('Counts per area and difficulty for the current filters (without paging)'),
});
export type QuestionPage = z.infer<typeof QuestionPageSchema>;

export const QuestionRevisionSchema = z.object({
  revision: z.int(),
  stem: z.string(),
  options: z.array(QuestionOptionSchema),
  explanation: z.string().nullable(),
  source: SourceSchema.nullable(),
  area: z.string(),
  difficulty: z.int(),
  type: QuestionTypeSchema,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type QuestionRevision = z.infer<typeof QuestionRevisionSchema>;

export const BulkQuestionActionSchema = z.strictObject({
  ids: z.array(UuidSchema).min(1).max(1000),
  action: z.enum(['publish', 'retire', 'tag', 'untag']),
  tag: nfcText(1, 40).optional(),
});
export type BulkQuestionAction = z.input<typeof BulkQuestionActionSchema>;

export const BulkQuestionResultSchema = z.object({
  updated: z.int().describe('Questions the action changed'),
});
export type BulkQuestionResult = z.infer<typeof BulkQuestionResultSchema>;

export const AreaSchema = z.object({ code: z.string(), name: z.string(), builtIn: z.boolean() });
export type Area = z.infer<typeof AreaSchema>;
export const CreateAreaSchema = z.strictObject({
  code: areaCode,
  name: nfcText(2, 200),
});

export const QuestionImportQuerySchema = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  format: z
    .enum(['xlsx', 'csv', 'aiken', 'gift'])
    .optional()
    .describe('Detected from the file name when absent'),
  area: lineText().max(40).optional().describe('Area for Aiken/GIFT files (they carry none)'),
  difficulty: z.coerce.number().int().min(1).max(3).optional(),
  status: z.enum(['draft', 'published']).default('draft'),
});

export const ImportDuplicateSchema = z.object({
  row: z.int(),
  stem: z.string(),
  existingId: UuidSchema.nullable().describe('Question already in the bank'),
  firstRow: z.int().nullable().describe('Earlier row of the same file'),
});

export const QuestionImportResultSchema = z.object({
  dryRun: z.boolean(),
  total: z.int(),
  created: z.int(),
  duplicates: z.array(ImportDuplicateSchema),
  errors: z.array(ImportRowErrorSchema),
  preview: z
    .array(
      z.object({
        row: z.int(),
        area: z.string(),
        type: QuestionTypeSchema,
        stem: z.string(),
        options: z.int(),
        correct: z.string(),
      }),
    )
    .describe('First rows as they would be created'),
});
export type QuestionImportResult = z.infer<typeof QuestionImportResultSchema>;
