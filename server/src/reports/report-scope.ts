import type { ParticipationQuery, ReportPeriod, ReportWindow } from '@cchc/contracts';
import { viDate } from './exports/export-format.js';

/** The words of a report label, in Vietnamese (exports, frozen reports) and in English. */
const WORDS = {
  vi: {
    period: {
      Q1: (y: number) => `Quý I năm ${y}`,
      H1: (y: number) => `6 tháng đầu năm ${y}`,
      '9M': (y: number) => `9 tháng năm ${y}`,
      Y: (y: number) => `Năm ${y}`,
    } satisfies Record<ReportPeriod, (year: number) => string>,
    between: (from: string, to: string) => `từ ngày ${from} đến ngày ${to}`,
    since: (from: string) => `từ ngày ${from}`,
    until: (to: string) => `đến ngày ${to}`,
    allTime: 'Toàn bộ thời gian',
    asOf: (day: string) => `số liệu tính đến ngày ${day}`,
  },
  en: {
    period: {
      Q1: (y: number) => `Q1 ${y}`,
      H1: (y: number) => `First half of ${y}`,
      '9M': (y: number) => `First nine months of ${y}`,
      Y: (y: number) => `Year ${y}`,
    } satisfies Record<ReportPeriod, (year: number) => string>,
    between: (from: string, to: string) => `from ${from} to ${to}`,
    since: (from: string) => `from ${from}`,
    until: (to: string) => `until ${to}`,
    allTime: 'All time',
    asOf: (day: string) => `figures as of ${day}`,
  },
};

/** "yyyy-MM-dd" → "dd/MM/yyyy" without going through a time zone. */
export function isoToViDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The title line of a report: the period, the dates and the cut-off, in the words culture
 * offices use ("Quý I năm 2025 · số liệu tính đến ngày 28/03/2025"), or in English for the English
 * interface (dates stay dd/MM/yyyy, Vietnam time).
 */
export function reportLabel(
  q: Pick<ParticipationQuery, 'period' | 'year' | 'from' | 'to' | 'asOf'>,
  window: ReportWindow,
  cutoff: Date,
  lang: keyof typeof WORDS = 'vi',
): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (q.period && q.year) parts.push(w.period[q.period](q.year));
  if (q.from && q.to) parts.push(w.between(isoToViDate(q.from), isoToViDate(q.to)));
  else if (q.from) parts.push(w.since(isoToViDate(q.from)));
  else if (q.to) parts.push(w.until(isoToViDate(q.to)));
  if (!parts.length) parts.push(w.allTime);
  const end = window.to && window.to.getTime() <= cutoff.getTime() ? window.to : null;
  parts.push(
    w.asOf(
      q.asOf ? isoToViDate(q.asOf) : end ? viDate(new Date(end.getTime() - 1)) : viDate(cutoff),
    ),
  );
  return parts.join(' · ');
}
