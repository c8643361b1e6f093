import type { ParticipationQuery, ReportPeriod, ReportWindow } from '@cchc/contracts';
import { viDate, viText } from './exports/export-format.js';

const enPercentShort = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  maximumFractionDigits: 1,
});

/** The words of report labels and rules, in Vietnamese (exports, frozen reports) and in English. */
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
    collectiveRule: (min: number | null) =>
      `Điều kiện xét: tỷ lệ tham gia (số người dự thi ít nhất 1 đợt / tổng số CBCCVC-NLĐ) đạt từ ${min === null ? 'chỉ tiêu của đơn vị' : viText.percentShort(min)} trở lên. ` +
      'Xếp hạng trong từng khối theo thứ tự: (1) tỷ lệ tham gia bình quân các đợt thi (số lượt dự thi được tính / (tổng số CBCCVC-NLĐ × số đợt)), cao hơn xếp trên; ' +
      '(2) tỷ lệ bài thi đạt điểm tuyệt đối, cao hơn xếp trên; (3) số giải cá nhân đạt được, nhiều hơn xếp trên.',
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
    collectiveRule: (min: number | null) =>
      `Eligible: a participation rate (people who took at least one round / total staff) of ${min === null ? "the unit's own target" : enPercentShort.format(min)} or more. ` +
      'Ranked within each group by: (1) average participation over the rounds (counted entries / (total staff × rounds)), higher first; ' +
      '(2) share of entries with a perfect score, higher first; (3) individual prizes won, more first.',
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

/**
 * The Biểu 04 rule in words (SPEC §3), printed with the ranking. `min` is the coverage a unit
 * must reach (the query's or the contest's), or null when each unit's own target applies.
 */
export function collectiveRule(min: number | null, lang: keyof typeof WORDS = 'vi'): string {
  return WORDS[lang].collectiveRule(min);
}
