import type { ParticipationQuery, ReportPeriod, ReportWindow } from '@cchc/contracts';
import { viDate } from './exports/export-format.js';

const PERIOD_LABEL: Record<ReportPeriod, (year: number) => string> = {
  Q1: (y) => `Quý I năm ${y}`,
  H1: (y) => `6 tháng đầu năm ${y}`,
  '9M': (y) => `9 tháng năm ${y}`,
  Y: (y) => `Năm ${y}`,
};

/** "yyyy-MM-dd" → "dd/MM/yyyy" without going through a time zone. */
export function isoToViDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The title line of a report: the period, the dates and the cut-off, in the words culture
 * offices use ("Quý I năm 2025 · số liệu tính đến ngày 28/03/2025").
 */
export function reportLabel(
  q: Pick<ParticipationQuery, 'period' | 'year' | 'from' | 'to' | 'asOf'>,
  window: ReportWindow,
  cutoff: Date,
): string {
  const parts: string[] = [];
  if (q.period && q.year) parts.push(PERIOD_LABEL[q.period](q.year));
  if (q.from && q.to) parts.push(`từ ngày ${isoToViDate(q.from)} đến ngày ${isoToViDate(q.to)}`);
  else if (q.from) parts.push(`từ ngày ${isoToViDate(q.from)}`);
  else if (q.to) parts.push(`đến ngày ${isoToViDate(q.to)}`);
  if (!parts.length) parts.push('Toàn bộ thời gian');
  const end = window.to && window.to.getTime() <= cutoff.getTime() ? window.to : null;
  parts.push(
    q.asOf
      ? `số liệu tính đến ngày ${isoToViDate(q.asOf)}`
      : end
        ? `số liệu tính đến ngày ${viDate(new Date(end.getTime() - 1))}`
        : `số liệu tính đến ngày ${viDate(cutoff)}`,
  );
  return parts.join(' · ');
}
