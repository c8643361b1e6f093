/**
 * Reading query results at the edge of a repository. `query()` hands back `any`; instead of an
 * `as` cast, each row shape has a small mapper built from these readers, which check every
 * field they read and throw on a shape the SQL did not promise (a renamed column, a missing
 * cast), rather than letting `undefined` travel into the rules.
 */
export type Row = Record<string, unknown>;

export class RowShapeError extends Error {
  constructor(field: string, expected: string, value: unknown) {
    super(
      `query row: ${field} should be ${expected}, got ${value === null ? 'null' : typeof value}`,
    );
  }
}

/** The rows of a result (`query()` returns an array of plain objects for a SELECT). */
export function rowsOf(result: unknown): Row[] {
  if (!Array.isArray(result)) throw new RowShapeError('result', 'an array of rows', result);
  for (const r of result)
    if (typeof r !== 'object' || r === null) throw new RowShapeError('row', 'an object', r);
  return result as Row[];
}

/** Maps every row; `null` for a row that fails to map is never returned: the mapper throws. */
export function mapRows<T>(result: unknown, map: (row: Row) => T): T[] {
  return rowsOf(result).map(map);
}

/** The first row mapped, or null when there is none. */
export function firstRow<T>(result: unknown, map: (row: Row) => T): T | null {
  const [row] = rowsOf(result);
  return row === undefined ? null : map(row);
}

function str(r: Row, k: string): string {
  const v = r[k];
  if (typeof v !== 'string') throw new RowShapeError(k, 'a string', v);
  return v;
}

function int(r: Row, k: string): number {
  const v = r[k];
  // bigint results (count(*), rank()) arrive as strings from the driver
  const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n))
    throw new RowShapeError(k, 'an integer', v);
  return n;
}

function date(r: Row, k: string): Date {
  const v = r[k];
  // row_to_json gives timestamps as ISO strings; the driver gives Dates
  const d = typeof v === 'string' ? new Date(v) : v;
  if (!(d instanceof Date) || Number.isNaN(d.getTime()))
    throw new RowShapeError(k, 'a timestamp', v);
  return d;
}

function bool(r: Row, k: string): boolean {
  const v = r[k];
  if (typeof v !== 'boolean') throw new RowShapeError(k, 'a boolean', v);
  return v;
}

function strs(r: Row, k: string): string[] {
  const v = r[k];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new RowShapeError(k, 'an array of strings', v);
  return v as string[];
}

const orNull =
  <T>(read: (r: Row, k: string) => T) =>
  (r: Row, k: string): T | null =>
    r[k] === null ? null : read(r, k);

/** A json/jsonb column: present (not undefined); its inner shape is what the server wrote. */
function json<T>(r: Row, k: string): T {
  const v = r[k];
  if (v === undefined) throw new RowShapeError(k, 'a json value', v);
  return v as T;
}

/** An enum-like text column, checked against its allowed values. */
function oneOf<const V extends string>(r: Row, k: string, values: readonly V[]): V {
  const v = str(r, k);
  if (!(values as readonly string[]).includes(v)) throw new RowShapeError(k, values.join('|'), v);
  return v as V;
}

export const read = {
  str,
  strOrNull: orNull(str),
  int,
  intOrNull: orNull(int),
  date,
  dateOrNull: orNull(date),
  bool,
  strs,
  json,
  jsonOrNull: <T>(r: Row, k: string): T | null => (r[k] === null ? null : json<T>(r, k)),
  oneOf,
};
