import {
  REPORT_PERIODS,
  type ParticipationQueryInput,
  type QualityBuckets,
  type ReportPeriod,
  type ReportScope,
} from '@cchc/contracts';
import type { LocationQuery } from 'vue-router';
import { numberLocale } from './format';

/** The period menu: the four periods of the CCHC plans, everything, or a date range. */
export type PeriodChoice = 'all' | ReportPeriod | 'custom';
export const PERIOD_CHOICES: readonly PeriodChoice[] = ['all', ...REPORT_PERIODS, 'custom'];

/** The filters of the participation pages, as the user chose them. */
export interface ParticipationFilters {
  unitId: string | null;
  contestId: string | null;
  roundId: string | null;
  period: PeriodChoice;
  year: number;
  /** yyyy-MM-dd, only with the custom period */
  from: string | null;
  to: string | null;
  /** Số liệu tính đến ngày (yyyy-MM-dd) */
  asOf: string | null;
  /** 0–1; null = each unit's own target */
  threshold: number | null;
  /** Levels of units listed below the root */
  depth: number;
}

const VN_OFFSET_MS = 7 * 3600_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Today in Vietnam, yyyy-MM-dd, whatever zone the device is set to. */
export function vnToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export function vnYear(now: Date = new Date()): number {
  return Number(vnToday(now).slice(0, 4));
}

function first(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v ? String(v) : undefined;
}

const uuidOf = (v: string | undefined) => (v && UUID.test(v) ? v : null);
const dateOf = (v: string | undefined) => (v && ISO_DATE.test(v) ? v : null);

/** Reads the filters from the address; anything malformed falls back to the default. */
export function filtersFromQuery(q: LocationQuery, now: Date = new Date()): ParticipationFilters {
  const period = first(q.period);
  const year = Number(first(q.year));
  const threshold = Number(first(q.threshold));
  const depth = Number(first(q.depth));
  const from = dateOf(first(q.from));
  const to = dateOf(first(q.to));
  const choice: PeriodChoice = PERIOD_CHOICES.includes(period as PeriodChoice)
    ? (period as PeriodChoice)
    : from || to
      ? 'custom'
      : 'all';
  return {
    unitId: uuidOf(first(q.unitId)),
    contestId: uuidOf(first(q.contestId)),
    roundId: uuidOf(first(q.roundId)),
    period: choice,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : vnYear(now),
    from: choice === 'custom' ? from : null,
    to: choice === 'custom' ? to : null,
    asOf: dateOf(first(q.asOf)),
    threshold:
      first(q.threshold) !== undefined && threshold >= 0 && threshold <= 1 ? threshold : null,
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 20 ? depth : 1,
  };
}

/** The report's query string, as the GET endpoints and export jobs take it. */
export function reportParams(
  f: ParticipationFilters,
  opts: { withDepth?: boolean } = { withDepth: true },
): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.unitId) out.unitId = f.unitId;
  if (f.contestId) out.contestId = f.contestId;
  if (f.contestId && f.roundId) out.roundId = f.roundId;
  if (f.period !== 'all' && f.period !== 'custom') {
    out.period = f.period;
    out.year = String(f.year);
  }
  if (f.period === 'custom') {
    if (f.from) out.from = f.from;
    if (f.to) out.to = f.to;
  }
  if (f.asOf) out.asOf = f.asOf;
  if (opts.withDepth !== false) {
    if (f.depth !== 1) out.depth = String(f.depth);
    if (f.threshold !== null) out.threshold = String(f.threshold);
  }
  return out;
}

/** The address of the view: the report parameters, plus "custom" when no date is chosen yet. */
export function filtersToQuery(f: ParticipationFilters): Record<string, string> {
  const out = reportParams(f);
  if (f.period === 'custom') out.period = 'custom';
  return out;
}

/** The body of "chốt số liệu": the same report, with typed fields. */
export function snapshotQuery(f: ParticipationFilters): ParticipationQueryInput {
  const p = reportParams(f);
  return {
    unitId: p.unitId,
    contestId: p.contestId,
    roundId: p.roundId,
    period: p.period as ReportPeriod | undefined,
    year: p.year ? Number(p.year) : undefined,
    from: p.from,
    to: p.to,
    asOf: p.asOf,
    depth: f.depth,
    threshold: f.threshold ?? undefined,
  };
}

/** A custom range whose end is before its start cannot be asked for. */
export function rangeInvalid(f: ParticipationFilters): boolean {
  return f.period === 'custom' && !!f.from && !!f.to && f.from > f.to;
}

/** 79,0% in Vietnamese, 79.0% in English; rates over 100% are written as they are. */
export function formatPercent(rate: number | null | undefined, locale: string, digits = 1): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return new Intl.NumberFormat(numberLocale(locale), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(rate);
}

/** A score on the 10-point scale, e.g. 7,46. */
export function formatScore(score: number | null | undefined, locale: string): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return '—';
  return new Intl.NumberFormat(numberLocale(locale), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(score);
}

export const QUALITY_KEYS: readonly (keyof QualityBuckets)[] = [
  'perfect',
  'high',
  'mid',
  'low',
  'zero',
];

// Green to red, each readable with white text; the bar also has the numbers beside it.
export const QUALITY_COLORS: Record<keyof QualityBuckets, string> = {
  perfect: '#1b6b33',
  high: '#00796b',
  mid: '#8a5300',
  low: '#b3261e',
  zero: '#5f6368',
};

/** Each bucket's share of the participants, for the stacked bar (shares sum to 1). */
export function qualityShares(q: QualityBuckets): { key: keyof QualityBuckets; share: number }[] {
  const total = QUALITY_KEYS.reduce((sum, k) => sum + q[k], 0);
  return QUALITY_KEYS.map((key) => ({ key, share: total ? q[key] / total : 0 }));
}

/** Width of a rate bar: rates over 100% fill the bar, the number beside it says how much. */
export function barWidth(rate: number | null): number {
  if (rate === null || !Number.isFinite(rate) || rate <= 0) return 0;
  return Math.min(rate, 1) * 100;
}

/**
 * A report's period and cut-off in the interface language. The Vietnamese label is the official
 * one (exports, frozen reports); reports frozen before English labels existed have only it.
 */
export function scopeLabel(scope: Pick<ReportScope, 'label' | 'labelEn'>, locale: string): string {
  return locale.startsWith('en') && scope.labelEn ? scope.labelEn : scope.label;
}
