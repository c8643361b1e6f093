/**
 * What an error may say in the log. PostgreSQL errors carry the values that failed (`detail`:
 * "Key (citizen_id)=(0962…) already exists", `where`: "JSON data, line 1: …") and TypeORM adds
 * the statement's `parameters`: a log record keeps the SQLSTATE and the names of the constraint,
 * table and column, never a value.
 */

// A quoted name after one of these words is a schema name, safe to keep; any other quoted text
// in a PostgreSQL message is a value ('invalid input syntax for type uuid: "…"').
const NAMED_THING =
  /\b(constraint|relation|column|table|index|type|function|schema|encoding|database|role|sequence|trigger|operator|extension)\s+$/i;

/** Masks the quoted values of a PostgreSQL message and any long run of digits. */
export function maskValues(message: string): string {
  let out = '';
  let last = 0;
  for (const m of message.matchAll(/"[^"]*"/g)) {
    const before = message.slice(last, m.index);
    out += before;
    out += NAMED_THING.test(out) && !/\d{6,}/.test(m[0]) ? m[0] : '"…"';
    last = m.index + m[0].length;
  }
  out += message.slice(last);
  return out.replace(/\d{6,}/g, '…');
}

interface DbErrorLike {
  name?: string;
  message?: string;
  stack?: string;
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  routine?: unknown;
  driverError?: DbErrorLike;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** A TypeORM QueryFailedError or a raw `pg` error: either has a SQLSTATE code. */
function databaseError(e: DbErrorLike): DbErrorLike | null {
  const driver = e.driverError ?? e;
  return typeof driver.code === 'string' && SQLSTATE.test(driver.code) && 'severity' in driver
    ? driver
    : null;
}

/** The stack's frames without its first line, which repeats the message. */
function framesOf(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const at = stack.indexOf('\n    at ');
  return at === -1 ? undefined : stack.slice(at + 1);
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * The one way an error becomes a log record (pino's `err` serializer): database errors by
 * SQLSTATE and names, other errors by type, message and stack; no other property is copied.
 */
export function safeErrorRecord(e: unknown): Record<string, unknown> {
  if (typeof e !== 'object' || e === null) return { message: maskValues(String(e)) };
  const err = e as DbErrorLike;
  const db = databaseError(err);
  if (db) {
    return {
      type: err.name ?? 'DatabaseError',
      sqlState: db.code,
      constraint: str(db.constraint),
      table: str(db.table),
      column: str(db.column),
      routine: str(db.routine),
      message: maskValues(db.message ?? ''),
      stack: framesOf(err.stack),
    };
  }
  return {
    type: err.name ?? 'Error',
    message: maskValues(err.message ?? ''),
    stack: framesOf(err.stack),
  };
}

// PostgreSQL's own log lines worth an operator's eye. Their DETAIL, CONTEXT, STATEMENT, QUERY
// and HINT lines (and the lines a long message continues on) carry values and are dropped here
// as well as turned off by the server's settings (log_error_verbosity=terse).
const POSTGRES_LINE = /\b(LOG|WARNING|ERROR|FATAL|PANIC):\s/;
const POSTGRES_WORTH = /ready to accept|shutting down|database system is|FATAL|PANIC|ERROR/;

/** The lines of one chunk of PostgreSQL's log that may be printed, values masked. */
export function safePostgresLines(chunk: string): string[] {
  return chunk
    .split('\n')
    .filter((line) => POSTGRES_LINE.test(line) && POSTGRES_WORTH.test(line))
    .map((line) => maskValues(line.trim()));
}
