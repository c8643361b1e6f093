import {
  type Area,
  DEFAULT_AREAS,
  type QuestionPage,
  type QuestionType,
  foldVietnamese,
} from '@cchc/contracts';
import type { ImportFormat } from '@/api/questions';
import { viCollator } from './units';

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;
export const DIFFICULTIES = [1, 2, 3] as const;

export function letterOf(index: number): string {
  return OPTION_LETTERS[index] ?? String(index + 1);
}

export interface OptionDraft {
  text: string;
  correct: boolean;
}

/**
 * The options a question keeps when its type changes: True/False gets exactly "Đúng"/"Sai"
 * (keeping which one was marked when it already had them), a single-answer question keeps only
 * its first correct option.
 */
export function optionsForType(
  type: QuestionType,
  current: readonly OptionDraft[],
  labels: { true: string; false: string },
): OptionDraft[] {
  if (type === 'true_false') {
    const falseMarked =
      current.length === 2 && current[1]?.correct === true && current[0]?.correct !== true;
    return [
      { text: labels.true, correct: !falseMarked },
      { text: labels.false, correct: falseMarked },
    ];
  }
  const options = current.map((o) => ({ ...o }));
  if (type === 'single') {
    let seen = false;
    for (const o of options) {
      if (o.correct && seen) o.correct = false;
      if (o.correct) seen = true;
    }
  }
  while (options.length < MIN_OPTIONS) options.push({ text: '', correct: false });
  return options;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Plain text of a stem for one-line previews in lists: tags become spaces, the few entities the
 * server's sanitiser writes are decoded. Rendered with text interpolation, never as HTML.
 */
export function plainText(html: string): string {
  return html
    .replace(/<(br|\/li|\/p|\/ul|\/ol)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const BUILT_IN_ORDER = new Map<string, number>(DEFAULT_AREAS.map((a, i) => [a.code, i]));

/**
 * Built-in areas keep the order of Nghị quyết 76/NQ-CP (how organisers read them); areas the
 * organisers added follow, in Vietnamese alphabetical order.
 */
export function sortAreas(areas: readonly Area[]): Area[] {
  return [...areas].sort((a, b) => {
    const ia = BUILT_IN_ORDER.get(a.code);
    const ib = BUILT_IN_ORDER.get(b.code);
    if (ia !== undefined && ib !== undefined) return ia - ib;
    if (ia !== undefined) return -1;
    if (ib !== undefined) return 1;
    return viCollator.compare(a.name, b.name);
  });
}

/** A code for a new area from its Vietnamese name: "Văn hóa công vụ" → "van_hoa_cong_vu". */
export function areaCodeFromName(name: string): string {
  return foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
}

/** Import format from the file name; a plain .txt is taken as Aiken (GIFT can be chosen). */
export function detectImportFormat(fileName: string): ImportFormat | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  switch (ext) {
    case 'xlsx':
      return 'xlsx';
    case 'csv':
      return 'csv';
    case 'gift':
      return 'gift';
    case 'txt':
      return 'aiken';
    default:
      return null;
  }
}

export interface CountsRow {
  area: string;
  name: string;
  byDifficulty: [number, number, number];
  total: number;
}

/** The area × difficulty grid from the page's counts, areas in the usual order. */
export function countsGrid(
  counts: QuestionPage['counts'],
  areas: readonly Area[],
): { rows: CountsRow[]; totals: [number, number, number]; total: number } {
  const names = new Map(areas.map((a) => [a.code, a.name]));
  const byArea = new Map<string, CountsRow>();
  for (const c of counts) {
    let row = byArea.get(c.area);
    if (!row) {
      row = { area: c.area, name: names.get(c.area) ?? c.area, byDifficulty: [0, 0, 0], total: 0 };
      byArea.set(c.area, row);
    }
    if (c.difficulty === 1 || c.difficulty === 2 || c.difficulty === 3)
      row.byDifficulty[(c.difficulty - 1) as 0 | 1 | 2] += c.count;
    row.total += c.count;
  }
  const order = sortAreas(
    [...byArea.values()].map((r) => ({ code: r.area, name: r.name, builtIn: false })),
  );
  const rows = order.map((a) => byArea.get(a.code)!);
  const totals: [number, number, number] = [0, 0, 0];
  for (const r of rows) {
    totals[0] += r.byDifficulty[0];
    totals[1] += r.byDifficulty[1];
    totals[2] += r.byDifficulty[2];
  }
  return { rows, totals, total: totals[0] + totals[1] + totals[2] };
}

export function sortTags(tags: readonly string[]): string[] {
  return [...tags].sort((a, b) => viCollator.compare(a, b));
}
