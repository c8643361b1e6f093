import {
  type BlueprintItem,
  type Contest,
  type ContestStatus,
  type PrizeTier,
  type Round,
  type RoundPhase,
  normalizeVnPhone,
} from '@cchc/contracts';
import { numberLocale } from './format';

// Vietnam keeps +07:00 all year (no daylight saving), so the offset is a constant.
const VN_OFFSET_MS = 7 * 3600_000;
export const VN_OFFSET = '+07:00';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Wall-clock fields of an instant in Asia/Ho_Chi_Minh. */
function vnParts(date: Date) {
  const shifted = new Date(date.getTime() + VN_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(), // 0 = Sunday
  };
}

/**
 * The value of a `datetime-local` field (YYYY-MM-DDTHH:mm:ss) showing an instant in Vietnam
 * time, whatever zone the organiser's computer is set to.
 */
export function toVnLocalInput(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '';
  const p = vnParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** Reads a `datetime-local` value as Vietnam time: ISO-8601 with the +07:00 offset, or null. */
export function fromVnLocalInput(local: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec((local ?? '').trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00'] = m;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${VN_OFFSET}`;
  const date = new Date(iso);
  // 2025-02-30 parses to March: refuse dates that do not exist
  if (Number.isNaN(date.getTime()) || toVnLocalInput(date) !== `${y}-${mo}-${d}T${h}:${mi}:${s}`)
    return null;
  return iso;
}

/**
 * Default window of a new weekly round: the Monday 00:00 after `now` (or after the previous
 * round closes, whichever is later) to the Sunday 23:59:59 of that week, Vietnam time.
 */
export function defaultRoundWindow(
  now: Date,
  previousClosesAt?: string | null,
): { opensAt: string; closesAt: string } {
  const previous = previousClosesAt ? new Date(previousClosesAt) : null;
  const base = previous && previous.getTime() > now.getTime() ? previous : now;
  const p = vnParts(base);
  const daysToMonday = (8 - p.weekday) % 7 || 7;
  const monday = new Date(Date.UTC(p.year, p.month - 1, p.day + daysToMonday));
  const sunday = new Date(Date.UTC(p.year, p.month - 1, p.day + daysToMonday + 6));
  const ymd = (d: Date) =>
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return { opensAt: `${ymd(monday)}T00:00:00`, closesAt: `${ymd(sunday)}T23:59:59` };
}

const VI_ORDINALS = ['', 'nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** "thứ nhất", "thứ tư", … as Vietnamese plans name their weeks; digits from 11 on. */
export function viOrdinal(n: number): string {
  return VI_ORDINALS[n] ?? String(n);
}

export interface BlueprintDraft {
  area: string | null;
  difficulty: 1 | 2 | 3 | null;
  count: number | string | null;
}

/** Whole, positive counts only; anything else counts as 0 (the line is flagged instead). */
export function lineCount(count: BlueprintDraft['count']): number {
  const n = typeof count === 'string' ? Number(count.trim()) : (count ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function blueprintTotal(rows: readonly BlueprintDraft[]): number {
  return rows.reduce((sum, row) => sum + lineCount(row.count), 0);
}

/** The lines that are complete enough to send; null while any line is unfinished. */
export function blueprintOf(rows: readonly BlueprintDraft[]): BlueprintItem[] | null {
  if (rows.length === 0) return null;
  const items: BlueprintItem[] = [];
  for (const row of rows) {
    const count = lineCount(row.count);
    if (!row.area || count === 0 || count > 100) return null;
    items.push(
      row.difficulty
        ? { area: row.area, difficulty: row.difficulty, count }
        : { area: row.area, count },
    );
  }
  return items;
}

export function prizeTotal(table: readonly PrizeTier[]): number {
  return table.reduce((sum, tier) => sum + (Number.isInteger(tier.count) ? tier.count : 0), 0);
}

export interface ExcludedDraft {
  fullName: string;
  citizenId: string;
  phone: string;
  role: string;
}

/**
 * Reads pasted lines "Họ tên; CCCD; SĐT; vai trò" (tabs from a spreadsheet work too). The CCCD
 * and phone are recognised by their shape, so a line that leaves one out still reads right.
 * Lines with neither a 12-digit CCCD nor a valid phone are returned as invalid (1-based).
 */
export function parseExcludedLines(text: string): { persons: ExcludedDraft[]; invalid: number[] } {
  const persons: ExcludedDraft[] = [];
  const invalid: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    const fields = raw.split(/[;\t]/).map((f) => f.normalize('NFC').trim());
    const person: ExcludedDraft = { fullName: '', citizenId: '', phone: '', role: '' };
    const rest: string[] = [];
    for (const field of fields) {
      const compact = field.replace(/\s+/g, '');
      if (!person.citizenId && /^\d{12}$/.test(compact)) person.citizenId = compact;
      else if (!person.phone && compact && normalizeVnPhone(compact))
        person.phone = normalizeVnPhone(compact)!;
      else rest.push(field);
    }
    person.fullName = rest[0] ?? '';
    person.role = rest.slice(1).filter(Boolean).join('; ');
    if (!person.citizenId && !person.phone) invalid.push(index + 1);
    else persons.push(person);
  });
  return { persons, invalid };
}

export type RulesBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'paragraph'; text: string };

/**
 * The rules page's plain-text format: "# " starts a heading, "- " a list item, other lines
 * make paragraphs separated by blank lines. Rendered as text nodes, never as HTML.
 */
export function parseRulesText(text: string): RulesBlock[] {
  const blocks: RulesBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
    if (list) blocks.push({ kind: 'list', items: list });
    list = null;
  };
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flush();
    } else if (/^#{1,6}\s/.test(line)) {
      flush();
      blocks.push({ kind: 'heading', text: line.replace(/^#{1,6}\s+/, '') });
    } else if (/^\s*[-•]\s/.test(line)) {
      if (paragraph.length) {
        blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
        paragraph = [];
      }
      (list ??= []).push(line.replace(/^\s*[-•]\s+/, ''));
    } else {
      if (list) {
        blocks.push({ kind: 'list', items: list });
        list = null;
      }
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** Time spent as m:ss.SSS (1:23.456): ties are often broken by milliseconds. */
export function formatDurationMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return '';
  const total = Math.round(ms);
  const minutes = Math.floor(total / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  return `${minutes}:${pad(seconds)}.${pad(total % 1000, 3)}`;
}

export const CONTEST_STATUS_COLORS: Record<ContestStatus, string> = {
  draft: 'secondary',
  published: 'success',
  closed: 'warning',
  results_published: 'primary',
};

export const ROUND_PHASE_COLORS: Record<RoundPhase, string> = {
  upcoming: 'info',
  open: 'success',
  closed: 'warning',
  finalized: 'primary',
};

/** The round an organiser should look at next: the open one, else the next to open. */
export function nextRound(contest: Pick<Contest, 'rounds'>): Round | null {
  const open = contest.rounds.find((r) => r.phase === 'open');
  if (open) return open;
  const upcoming = contest.rounds
    .filter((r) => r.phase === 'upcoming')
    .sort((a, b) => Date.parse(a.opensAt) - Date.parse(b.opensAt));
  return upcoming[0] ?? null;
}

/** Share as a percentage with one decimal, '' when unknown. */
export function percent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(numberLocale(locale), {
    style: 'percent',
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(value);
}

/** Items whose discrimination is below this are flagged for review. */
export const LOW_DISCRIMINATION = 0.2;
