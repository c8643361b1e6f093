import { RosterImportRowSchema, type ImportRowError, type RosterImportRow } from '@cchc/contracts';
import { fieldMessage, format, type Lang } from '../common/messages.js';
import type { Sheet } from '../common/sheet-reader.js';
import { mapColumns, unescapeCell } from '../common/spreadsheet.js';
import { toIssues } from '../common/zod.js';

/** Accepted column titles (Vietnamese first: it is the template's); accents and case ignored. */
export const ROSTER_COLUMNS = {
  fullName: ['Họ và tên', 'Họ tên', 'fullName', 'Full name'],
  citizenId: ['Số CCCD', 'CCCD', 'Số căn cước', 'citizenId', 'Citizen ID'],
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'phone'],
  email: ['Email', 'Thư điện tử'],
  position: ['Chức vụ', 'Chức danh', 'position'],
} as const;

/** Largest list one unit may import in one file (a big sở has a few thousand staff). */
export const ROSTER_MAX_ROWS = 5000;

export interface ParsedRosterRow {
  /** Row number as the user sees it in Excel (the header is row 1). */
  row: number;
  data: RosterImportRow;
}

/**
 * Validates the rows of a staff-list file: columns found by title, each row checked against the
 * shared schema, and the same CCCD or phone twice in one file reported on the later row, naming
 * the first one (phones compared after normalisation, so 0912… and +84912… are the same).
 */
export function parseRosterRows(
  sheet: Pick<Sheet, 'header' | 'rows'>,
  lang: Lang,
): { rows: ParsedRosterRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const err = (row: number, field: string, key: string, params: Record<string, number> = {}) =>
    errors.push({ row, field, message: format(fieldMessage(key, lang), params) });

  const { index, missing } = mapColumns(sheet.header, ROSTER_COLUMNS);
  if (missing.includes('fullName')) err(1, 'fullName', 'missing_column');
  // One identity column is enough; with neither, no row could be matched to a person.
  if (missing.includes('citizenId') && missing.includes('phone'))
    err(1, 'citizenId', 'missing_column');
  if (!errors.length && sheet.rows.length === 0) err(0, 'file', 'empty_file');
  if (sheet.rows.length > ROSTER_MAX_ROWS)
    err(0, 'file', 'roster_too_many_rows', { max: ROSTER_MAX_ROWS });
  if (errors.length) return { rows: [], errors };

  const rows: ParsedRosterRow[] = [];
  const citizenRow = new Map<string, number>();
  const phoneRow = new Map<string, number>();
  for (const r of sheet.rows) {
    const raw: Record<string, string> = {};
    for (const [k, i] of Object.entries(index) as [string, number][]) {
      const v = unescapeCell(r.cells[i] ?? '');
      if (v !== '') raw[k] = v;
    }
    const res = RosterImportRowSchema.safeParse(raw);
    if (!res.success) {
      for (const issue of toIssues(res.error))
        errors.push({ row: r.row, field: issue.path, message: issue[lang] });
      continue;
    }
    const { citizenId, phone } = res.data;
    let repeated = false;
    const firstCitizen = citizenId ? citizenRow.get(citizenId) : undefined;
    if (firstCitizen !== undefined) {
      err(r.row, 'citizenId', 'roster_citizen_id_repeated', { row: firstCitizen });
      repeated = true;
    }
    const firstPhone = phone ? phoneRow.get(phone) : undefined;
    if (firstPhone !== undefined) {
      err(r.row, 'phone', 'roster_phone_repeated', { row: firstPhone });
      repeated = true;
    }
    if (repeated) continue;
    if (citizenId) citizenRow.set(citizenId, r.row);
    if (phone) phoneRow.set(phone, r.row);
    rows.push({ row: r.row, data: res.data });
  }
  return { rows, errors };
}

/** A current entry as the planner needs it. */
export interface CurrentEntry {
  id: string;
  fullName: string;
  citizenId: string | null;
  phone: string | null;
  email: string | null;
  position: string | null;
}

export type PlannedPerson = Omit<CurrentEntry, 'id'>;

export interface RosterPlan {
  create: { row: number; person: PlannedPerson }[];
  update: { row: number; id: string; person: PlannedPerson }[];
  unchanged: number;
  remove: string[];
  /** Values that would clash with a person who stays on the list (append mode). */
  conflicts: { row: number; field: 'citizenId' | 'phone'; key: string }[];
}

const samePerson = (a: PlannedPerson, b: PlannedPerson) =>
  a.fullName === b.fullName &&
  a.citizenId === b.citizenId &&
  a.phone === b.phone &&
  a.email === b.email &&
  a.position === b.position;

/**
 * Matches the file's rows to the unit's current list: by CCCD first, else by phone (an entry
 * claimed by one row is not matched again). Matched entries are updated in place, so their links
 * survive; rows without a match are new people. In replace mode whoever the file leaves out
 * leaves the list; in append mode they stay, and a row may not take their CCCD or phone.
 */
export function planRosterImport(
  current: CurrentEntry[],
  rows: ParsedRosterRow[],
  mode: 'replace' | 'append',
): RosterPlan {
  const byCitizen = new Map(current.filter((e) => e.citizenId).map((e) => [e.citizenId!, e]));
  const byPhone = new Map(current.filter((e) => e.phone).map((e) => [e.phone!, e]));
  const claimed = new Map<string, ParsedRosterRow>();
  const matchOf = new Map<ParsedRosterRow, CurrentEntry>();
  for (const r of rows) {
    const e = r.data.citizenId ? byCitizen.get(r.data.citizenId) : undefined;
    if (e) {
      claimed.set(e.id, r);
      matchOf.set(r, e);
    }
  }
  for (const r of rows) {
    if (matchOf.has(r) || !r.data.phone) continue;
    const e = byPhone.get(r.data.phone);
    if (e && !claimed.has(e.id)) {
      claimed.set(e.id, r);
      matchOf.set(r, e);
    }
  }

  const plan: RosterPlan = { create: [], update: [], unchanged: 0, remove: [], conflicts: [] };
  const staying = current.filter((e) => !claimed.has(e.id));
  if (mode === 'replace') plan.remove = staying.map((e) => e.id);
  const stayingCitizen = new Set(mode === 'append' ? staying.map((e) => e.citizenId) : []);
  const stayingPhone = new Set(mode === 'append' ? staying.map((e) => e.phone) : []);
  for (const r of rows) {
    const person: PlannedPerson = {
      fullName: r.data.fullName,
      citizenId: r.data.citizenId ?? null,
      phone: r.data.phone ?? null,
      email: r.data.email ?? null,
      position: r.data.position ?? null,
    };
    if (person.citizenId && stayingCitizen.has(person.citizenId))
      plan.conflicts.push({ row: r.row, field: 'citizenId', key: 'roster_citizen_id_taken' });
    if (person.phone && stayingPhone.has(person.phone))
      plan.conflicts.push({ row: r.row, field: 'phone', key: 'roster_phone_taken' });
    const e = matchOf.get(r);
    if (!e) plan.create.push({ row: r.row, person });
    else if (samePerson(e, person)) plan.unchanged++;
    else plan.update.push({ row: r.row, id: e.id, person });
  }
  return plan;
}
