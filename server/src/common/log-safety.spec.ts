import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { maskValues, safeErrorRecord, safePostgresLines } from './log-safety.js';

const CCCD = '096201234567';
const PHONE = '0912345678';

function uniqueViolation(): QueryFailedError {
  const pg = new DatabaseError(
    'duplicate key value violates unique constraint "uq_users_citizen_id"',
    0,
    'error',
  );
  Object.assign(pg, {
    severity: 'ERROR',
    code: '23505',
    detail: `Key (citizen_id)=(${CCCD}) already exists.`,
    table: 'users',
    constraint: 'uq_users_citizen_id',
    routine: '_bt_check_unique',
  });
  return new QueryFailedError(
    'INSERT INTO users (phone, citizen_id) VALUES ($1, $2)',
    [PHONE, CCCD],
    pg,
  );
}

describe('safeErrorRecord', () => {
  it('logs a unique violation by SQLSTATE and constraint, without the key, query or parameters', () => {
    const record = safeErrorRecord(uniqueViolation());
    expect(record).toMatchObject({
      type: 'QueryFailedError',
      sqlState: '23505',
      constraint: 'uq_users_citizen_id',
      table: 'users',
      message: 'duplicate key value violates unique constraint "uq_users_citizen_id"',
    });
    const text = JSON.stringify(record);
    expect(text).not.toContain(CCCD);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('INSERT');
    expect(text).not.toMatch(/detail|parameters|driverError/);
  });

  it('masks the value PostgreSQL quotes in a message about bad input', () => {
    const pg = new DatabaseError(`invalid input syntax for type bigint: "${CCCD}x"`, 0, 'error');
    Object.assign(pg, { severity: 'ERROR', code: '22P02', where: `JSON data, line 1: ${CCCD}` });
    const record = safeErrorRecord(new QueryFailedError('SELECT $1::bigint', [CCCD], pg));
    expect(record.message).toBe('invalid input syntax for type bigint: "…"');
    expect(JSON.stringify(record)).not.toContain(CCCD);
  });

  it('keeps an ordinary error readable: type, message and stack', () => {
    const record = safeErrorRecord(new RangeError('export of 12 rows failed'));
    expect(record.type).toBe('RangeError');
    expect(record.message).toBe('export of 12 rows failed');
    expect(String(record.stack)).toMatch(/^\s+at /);
  });
});

describe('maskValues', () => {
  it('keeps the names of constraints, columns and types and masks values and long numbers', () => {
    expect(
      maskValues('null value in column "phone" of relation "users" violates not-null constraint'),
    ).toBe('null value in column "phone" of relation "users" violates not-null constraint');
    expect(maskValues(`value "${PHONE}" is out of range for type integer`)).toBe(
      'value "…" is out of range for type integer',
    );
    expect(maskValues(`user ${CCCD} failed`)).toBe('user … failed');
  });
});

describe('safePostgresLines', () => {
  it('keeps the ERROR line of a duplicate registration and drops its DETAIL and STATEMENT', () => {
    const chunk = [
      '2026-12-03 05:53:42.123 UTC [4242] ERROR:  duplicate key value violates unique constraint "uq_users_phone"',
      `2026-12-03 05:53:42.123 UTC [4242] DETAIL:  Key (phone)=(${PHONE}) already exists.`,
      '2026-12-03 05:53:42.123 UTC [4242] STATEMENT:  INSERT INTO "users" VALUES ($1, $2)',
      '2026-12-03 05:53:43.000 UTC [4243] ERROR:  unsupported Unicode escape sequence',
      `2026-12-03 05:53:43.000 UTC [4243] CONTEXT:  JSON data, line 1: [{"citizenId":"${CCCD}","role":"\\u0000...`,
      '2026-12-03 05:53:44.000 UTC [4240] LOG:  checkpoint starting: time',
    ].join('\n');
    const lines = safePostgresLines(chunk);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(
      'ERROR:  duplicate key value violates unique constraint "uq_users_phone"',
    );
    expect(lines.join('\n')).not.toMatch(new RegExp(`${PHONE}|${CCCD}|DETAIL|CONTEXT|STATEMENT`));
  });
});
