import { z } from 'zod';
import {
  IsoDateSchema,
  UuidSchema,
  lineText,
  multiLineText,
  YEAR_MAX,
  YEAR_MIN,
  queryInt,
} from '../common/primitives.js';
import { UnitGroupSchema, UnitKindSchema } from '../units/units.schema.js';
import { COUNTING_RULES } from './definitions.js';

export * from './definitions.js';

/** Reporting periods of the CCHC plans: quý I, 6 tháng, 9 tháng, cả năm. */
export const REPORT_PERIODS = ['Q1', 'H1', '9M', 'Y'] as const;
export const ReportPeriodSchema = z.enum(REPORT_PERIODS);
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;

/** Vietnam has one offset all year (no daylight saving). */
export const VN_OFFSET = '+07:00';

const isoDate = IsoDateSchema.describe('yyyy-MM-dd, Vietnam date');

/** What every report is narrowed by: a subtree, a contest or round, and a time window. */
const REPORT_FILTER = {
  unitId: UuidSchema.optional().describe("Root of the report; default: the caller's unit"),
  contestId: UuidSchema.optional(),
  roundId: UuidSchema.optional(),
  period: ReportPeriodSchema.optional(),
  year: z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX).optional(),
  from: isoDate.optional().describe('First day counted'),
  to: isoDate.optional().describe('Last day counted (inclusive)'),
  asOf: isoDate
    .optional()
    .describe('Số liệu tính đến ngày: the last day counted (inclusive), also for headcounts'),
};
type FilterFields = { period?: ReportPeriod; year?: number; from?: string; to?: string };
/** A period is of a year. */
const periodHasYear = (q: FilterFields) => q.period === undefined || q.year !== undefined;
const YEAR_REQUIRED = { message: 'year_required', path: ['year'] };
/** A date range does not run backwards. */
const rangeForward = (q: FilterFields) => !q.from || !q.to || q.from <= q.to;
const RANGE_INVALID = { message: 'range_invalid', path: ['to'] };

export const ParticipationQuerySchema = z
  .strictObject({
    ...REPORT_FILTER,
    depth: z.coerce
      .number()
      .int()
      .min(1)
      .max(20)
      .default(1)
      .describe('Levels of units listed below the root (figures always cover whole subtrees)'),
    threshold: z.coerce
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("Units below this rate are highlighted; default: each unit's target"),
  })
  .refine(periodHasYear, YEAR_REQUIRED)
  .refine(rangeForward, RANGE_INVALID);
export type ParticipationQueryInput = z.input<typeof ParticipationQuerySchema>;
export type ParticipationQuery = z.output<typeof ParticipationQuerySchema>;

/** The time window a query covers: [from, to), either end open. */
export interface ReportWindow {
  from: Date | null;
  to: Date | null;
}

const vnMidnight = (date: string) => new Date(`${date}T00:00:00${VN_OFFSET}`);
const nextDay = (date: string) => new Date(vnMidnight(date).getTime() + 86_400_000);
const PERIOD_END_MONTH: Record<ReportPeriod, number> = { Q1: 4, H1: 7, '9M': 10, Y: 13 };

/**
 * Turns period / from / to / asOf into one window, in Vietnam time: Q1 2025 is
 * [01/01/2025 00:00, 01/04/2025 00:00) +07:00, and a cut-off date counts its whole day.
 * Several bounds narrow each other (a Y report "tính đến ngày 15/11" ends on 15/11).
 */
export function reportWindow(
  q: Pick<ParticipationQuery, 'period' | 'year' | 'from' | 'to' | 'asOf'>,
): ReportWindow {
  const starts: Date[] = [];
  const ends: Date[] = [];
  if (q.period && q.year) {
    starts.push(vnMidnight(`${q.year}-01-01`));
    const m = PERIOD_END_MONTH[q.period];
    ends.push(
      m === 13
        ? vnMidnight(`${q.year + 1}-01-01`)
        : vnMidnight(`${q.year}-${String(m).padStart(2, '0')}-01`),
    );
  }
  if (q.from) starts.push(vnMidnight(q.from));
  if (q.to) ends.push(nextDay(q.to));
  if (q.asOf) ends.push(nextDay(q.asOf));
  return {
    from: starts.length ? new Date(Math.max(...starts.map((d) => d.getTime()))) : null,
    to: ends.length ? new Date(Math.min(...ends.map((d) => d.getTime()))) : null,
  };
}

export const QualityBucketsSchema = z
  .object({
    perfect: z.int().describe('100% correct'),
    high: z.int().describe('≥ 75% and < 100%'),
    mid: z.int().describe('25% to < 75%'),
    low: z.int().describe('> 0 and < 25%'),
    zero: z.int().describe('No correct answer'),
  })
  .describe('Persons by their best submitted attempt in the selection; sums to participants');
export type QualityBuckets = z.infer<typeof QualityBucketsSchema>;

export const HEADCOUNT_SOURCES = ['roster', 'declared', 'mixed', 'none'] as const;

export const FiguresSchema = z.object({
  headcount: z
    .int()
    .nullable()
    .describe('Tổng số CBCCVC-NLĐ of the subtree; null when no unit in it has one'),
  headcountSource: z.enum(HEADCOUNT_SOURCES),
  unitsWithoutHeadcount: z
    .int()
    .describe('Active units of the subtree with neither roster nor declaration'),
  participants: z
    .int()
    .describe(
      'Distinct persons with ≥ 1 submitted attempt; in a unit with a staff list only the people on it at the cut-off (wherever they took part), so participants + non-participants = headcount',
    ),
  offList: z
    .int()
    .nullable()
    .describe(
      'People who took part in a unit with a staff list without being on any list at the cut-off: reported beside participants, never counted in them or in the rate. Null in reports frozen under the former rule',
    ),
  attempts: z
    .int()
    .describe(
      'Submitted attempts of the people counted as participants (expired ones were auto-submitted and count)',
    ),
  rate: z.number().nullable().describe('participants / headcount, never capped'),
  overHundred: z.boolean().describe('rate > 100%: flagged, never capped'),
  coverage: z
    .number()
    .nullable()
    .describe('Contest only: persons who took part in ≥ 1 round / headcount'),
  averageRoundRate: z
    .number()
    .nullable()
    .describe('Contest only: mean over its rounds of round participants / headcount'),
  quality: QualityBucketsSchema,
  averageScore: z
    .number()
    .nullable()
    .describe('Mean of correct / total × 10 over submitted attempts'),
  perfectEntries: z.int().describe('Round entries (a person’s counted attempt) all correct'),
  entries: z.int().describe('Round entries: distinct (person, round)'),
});
export type Figures = z.infer<typeof FiguresSchema>;

export const UnitFiguresSchema = FiguresSchema.extend({
  unitId: UuidSchema,
  code: z.string(),
  name: z.string(),
  kind: UnitKindSchema,
  group: UnitGroupSchema,
  parentId: UuidSchema.nullable(),
  depth: z.int().describe('0 = the report root'),
  target: z.number(),
  active: z.boolean(),
  mergedIntoName: z.string().nullable(),
  ownHeadcount: z.int().nullable().describe('This unit alone, without its sub-units'),
  belowThreshold: z.boolean(),
  rankInGroup: z
    .int()
    .nullable()
    .describe('Rank by rate among siblings of the same khối (1 = best); null without a rate'),
});
export type UnitFigures = z.infer<typeof UnitFiguresSchema>;

export const DailyPointSchema = z.object({
  date: z.string().describe('yyyy-MM-dd, Vietnam date'),
  participants: z.int().describe('Distinct persons who submitted that day'),
  attempts: z.int(),
  cumulativeParticipants: z.int().describe('Distinct persons from the start up to that day'),
});
export type DailyPoint = z.infer<typeof DailyPointSchema>;

export const ReportScopeSchema = z.object({
  unitId: UuidSchema,
  unitName: z.string(),
  unitCode: z.string(),
  contestId: UuidSchema.nullable(),
  contestTitle: z.string().nullable(),
  roundId: UuidSchema.nullable(),
  roundTitle: z.string().nullable(),
  period: ReportPeriodSchema.nullable(),
  year: z.int().nullable(),
  from: z.string().nullable().describe('Window start (ISO, inclusive)'),
  to: z.string().nullable().describe('Window end (ISO, exclusive)'),
  asOf: z.string().nullable().describe('Cut-off date yyyy-MM-dd (inclusive)'),
  cutoff: z.string().describe('The instant figures and headcounts are taken at (ISO)'),
  label: z.string().describe('e.g. "Quý I năm 2025 · số liệu tính đến ngày 28/03/2025"'),
  labelEn: z
    .string()
    .optional()
    .describe(
      'The same in English, for the English interface (e.g. "Q1 2025 · figures as of 28/03/2025")',
    ),
});
export type ReportScope = z.infer<typeof ReportScopeSchema>;

export const ParticipationReportSchema = z.object({
  scope: ReportScopeSchema,
  rule: z
    .enum(COUNTING_RULES)
    .describe('The counting rule the figures were made by (frozen reports keep theirs)'),
  generatedAt: z.string(),
  totals: UnitFiguresSchema,
  units: z.array(UnitFiguresSchema).describe('The root first, then its sub-units in tree order'),
  daily: z.array(DailyPointSchema),
  roundsOpen: z.boolean().describe('A round of the contest is open: live updates are on'),
  snapshotId: UuidSchema.nullable().describe('Set when this is a frozen snapshot'),
  frozen: z
    .object({ by: z.string(), at: z.string() })
    .nullable()
    .describe('Who froze the snapshot (chốt số liệu) and when'),
});
export type ParticipationReport = z.infer<typeof ParticipationReportSchema>;

export const NonParticipantsQuerySchema = z
  .strictObject({
    ...REPORT_FILTER,
    search: lineText().trim().max(100).optional(),
    page: queryInt().min(1).default(1),
    pageSize: queryInt().min(1).max(500).default(100),
  })
  .refine(periodHasYear, YEAR_REQUIRED)
  .refine(rangeForward, RANGE_INVALID);
export type NonParticipantsQuery = z.output<typeof NonParticipantsQuerySchema>;

export const NonParticipantSchema = z.object({
  rosterEntryId: UuidSchema,
  fullName: z.string(),
  position: z.string().nullable(),
  unitId: UuidSchema,
  unitName: z.string(),
  phone: z.string().nullable().describe('Shown to the focal person who chases them'),
  email: z.string().nullable(),
  registered: z.boolean().describe('Linked to an account (registered but not taken part)'),
});
export type NonParticipant = z.infer<typeof NonParticipantSchema>;

export const NonParticipantsSchema = z.object({
  scope: ReportScopeSchema,
  total: z.int(),
  rows: z.array(NonParticipantSchema),
  unitsWithoutRoster: z
    .array(
      z.object({
        unitId: UuidSchema,
        name: z.string(),
        headcount: z.int().nullable(),
        participants: z.int(),
      }),
    )
    .describe('Units whose missing people cannot be named: no staff list'),
});
export type NonParticipants = z.infer<typeof NonParticipantsSchema>;

export const OffListQuerySchema = NonParticipantsQuerySchema;
export type OffListQuery = NonParticipantsQuery;

/** Someone who took part in a unit with a staff list without being on any list at the cut-off. */
export const OffListPersonSchema = z.object({
  userId: UuidSchema,
  fullName: z.string(),
  phone: z.string().nullable().describe('Shown to the focal person, who checks who this is'),
  citizenId: z.string().nullable().describe('Masked except the last 3 digits'),
  unitId: UuidSchema.describe('The unit with a staff list they took part in (the latest one)'),
  unitName: z.string(),
  attempts: z.int().describe('Their submitted attempts in the selection'),
  lastSubmittedAt: z.string(),
  suggestedEntry: z
    .object({ id: UuidSchema, fullName: z.string(), position: z.string().nullable() })
    .nullable()
    .describe(
      "An entry of that unit's list with the same name and no account yet: most likely this person, to link instead of adding them again",
    ),
});
export type OffListPerson = z.infer<typeof OffListPersonSchema>;

export const OffListSchema = z.object({
  scope: ReportScopeSchema,
  total: z.int().describe('Equals the offList figure of the report root'),
  rows: z.array(OffListPersonSchema),
});
export type OffList = z.infer<typeof OffListSchema>;

export const CollectiveQuerySchema = z.strictObject({
  contestId: UuidSchema,
  unitId: UuidSchema.optional().describe(
    "Units ranked are this unit's children; default: the organiser unit",
  ),
  minRate: z.coerce
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe("Minimum participation to be ranked; default: each unit's target"),
});
export type CollectiveQuery = z.output<typeof CollectiveQuerySchema>;

export const CollectiveRowSchema = z.object({
  rank: z.int().nullable(),
  unitId: UuidSchema,
  code: z.string(),
  name: z.string(),
  headcount: z.int().nullable(),
  participants: z.int(),
  coverage: z.number().nullable(),
  averageRoundRate: z.number().nullable(),
  perfectShare: z.number().nullable().describe('Perfect entries / entries'),
  individualPrizes: z.int(),
  minRate: z.number(),
  eligible: z.boolean(),
  prize: z.string().nullable(),
});
export type CollectiveRow = z.infer<typeof CollectiveRowSchema>;

export const CollectiveRankingSchema = z.object({
  contestId: UuidSchema,
  contestTitle: z.string(),
  unitId: UuidSchema,
  unitName: z.string(),
  rounds: z.int(),
  formula: z.string().describe('The rule, in words, printed with the table'),
  formulaEn: z.string().describe('The same in English, for the English interface'),
  groups: z.array(z.object({ group: UnitGroupSchema, rows: z.array(CollectiveRowSchema) })),
  generatedAt: z.string(),
});
export type CollectiveRanking = z.infer<typeof CollectiveRankingSchema>;

export const AttemptAuditQuerySchema = z
  .strictObject(REPORT_FILTER)
  .refine(periodHasYear, YEAR_REQUIRED)
  .refine(rangeForward, RANGE_INVALID);
export type AttemptAuditQuery = z.output<typeof AttemptAuditQuerySchema>;

export const EXPORT_REPORTS = [
  'participation',
  'non_participants',
  'attempts',
  'collective',
] as const;
export const EXPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const CreateExportSchema = z.strictObject({
  report: z.enum(EXPORT_REPORTS),
  format: ExportFormatSchema,
  query: z
    .record(lineText().max(40), lineText().max(200))
    .describe('The report query, as in its GET URL'),
});
export type CreateExport = z.infer<typeof CreateExportSchema>;

export const ExportJobSchema = z.object({
  id: UuidSchema,
  report: z.enum(EXPORT_REPORTS),
  format: ExportFormatSchema,
  status: z.enum(['running', 'done', 'failed']),
  done: z.int().describe('Rows written so far'),
  total: z.int().nullable(),
  fileName: z.string(),
  error: z.string().nullable(),
});
export type ExportJob = z.infer<typeof ExportJobSchema>;

export const CreateSnapshotSchema = z.strictObject({
  query: ParticipationQuerySchema,
  note: multiLineText().trim().max(500).optional(),
});
export type CreateSnapshot = z.input<typeof CreateSnapshotSchema>;

export const SnapshotSummarySchema = z.object({
  id: UuidSchema,
  unitId: UuidSchema,
  unitName: z.string(),
  label: z.string(),
  note: z.string().nullable(),
  createdBy: z.object({ id: UuidSchema.nullable(), fullName: z.string() }),
  createdAt: z.string(),
  totals: FiguresSchema,
});
export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;

export const SnapshotListQuerySchema = z.strictObject({ unitId: UuidSchema.optional() });

// Other query keys were always ignored here; the format alone picks the file.
export const SnapshotExportQuerySchema = z.object({ format: ExportFormatSchema.default('xlsx') });

/** A contest the caller's subtree takes part in, with its rounds (for the report filters). */
export const ReportContestSchema = z.object({
  id: UuidSchema,
  title: z.string(),
  status: z.string(),
  rounds: z.array(
    z.object({
      id: UuidSchema,
      seq: z.int(),
      title: z.string(),
      opensAt: z.string(),
      closesAt: z.string(),
    }),
  ),
});
export type ReportContest = z.infer<typeof ReportContestSchema>;

/**
 * The file name of a report download, `<report>.<format>` (`non-participants.xlsx`): the report
 * as in its JSON route, the format one of the export formats. Biểu 03 (attempts, possibly very
 * long) has no PDF.
 */
export const REPORT_DOWNLOADS = [
  'participation',
  'non-participants',
  'attempts',
  'collective',
] as const;
export const ReportDownloadParamsSchema = z
  .strictObject({ kind: z.enum(REPORT_DOWNLOADS), format: ExportFormatSchema })
  .refine((p) => !(p.kind === 'attempts' && p.format === 'pdf'))
  .transform((p) => ({
    report: p.kind.replace('-', '_') as (typeof EXPORT_REPORTS)[number],
    format: p.format,
  }));
export type ReportDownloadParams = z.input<typeof ReportDownloadParamsSchema>;

/** Biểu 02 of a round: `/rounds/<id>/winners.<format>`. */
export const RoundWinnersParamsSchema = z.strictObject({
  id: UuidSchema,
  format: ExportFormatSchema,
});
