import { type ArgumentsHost, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppErrorFilter, isDataError, isDatabaseUnreachable, statusOf } from './error.filter.js';

/** A PostgreSQL error as TypeORM throws it: the driver's fields copied onto the error. */
const pgError = (code: string) =>
  new QueryFailedError(
    'UPDATE users SET full_name = $1',
    ['x'],
    Object.assign(new Error('pg'), { code }),
  );

function answer(exception: unknown) {
  const sent: { status?: number; body?: any } = {};
  const res = {
    status(s: number) {
      sent.status = s;
      return res;
    },
    json(b: unknown) {
      sent.body = b;
      return res;
    },
    setHeader() {
      return res;
    },
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => ({ headers: {} }), getResponse: () => res }),
  } as unknown as ArgumentsHost;
  new AppErrorFilter().catch(exception, host);
  return sent;
}

describe(AppErrorFilter.name, () => {
  beforeAll(() => Logger.overrideLogger(false));

  it.each(['22021', '22P05', '22P02', '22003', '22007', '22008'])(
    'answers a PostgreSQL data exception %s with a Vietnamese 400',
    (code) => {
      const sent = answer(pgError(code));
      expect(sent.status).toBe(400);
      expect(sent.body.error.code).toBe('validation_failed');
      expect(sent.body.error.details).toEqual([
        {
          path: '',
          message: 'Có giá trị không lưu được (ký tự không hợp lệ hoặc số vượt giới hạn).',
        },
      ]);
    },
  );

  it.each(['23505', '40001'])('keeps %s a server fault (500)', (code) => {
    expect(answer(pgError(code)).status).toBe(500);
  });

  // A database going away is the server's side too, but a passing one: 503 with Retry-After.
  it.each(['57P01', '08006'])('answers %s (database unreachable) with 503', (code) => {
    const sent = answer(pgError(code));
    expect([sent.status, sent.body.error.code]).toEqual([503, 'database_unavailable']);
  });

  it('reads the SQLSTATE class, not any string code', () => {
    expect(isDataError({ code: '22021' })).toBe(true);
    expect(isDataError({ code: 'ECONNRESET' })).toBe(false);
    expect(isDataError({ code: 22021 })).toBe(false);
    expect(isDataError(null)).toBe(false);
  });
});

describe(isDatabaseUnreachable.name, () => {
  it('takes refused and dropped connections and a restarting PostgreSQL for an outage', () => {
    expect(
      isDatabaseUnreachable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isDatabaseUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseUnreachable(
        new Error('Client has encountered a connection error and is not queryable'),
      ),
    ).toBe(true);
    // TypeORM's QueryFailedError carries the driver's SQLSTATE: the database is shutting down.
    expect(isDatabaseUnreachable({ message: 'terminating', driverError: { code: '57P01' } })).toBe(
      true,
    );
    expect(isDatabaseUnreachable({ message: 'starting up', code: '57P03' })).toBe(true);
    // A transaction (the submit) whose connection dropped between its statements.
    expect(
      isDatabaseUnreachable(
        new Error('Query runner already released. Cannot run queries anymore.'),
      ),
    ).toBe(true);
    expect(isDatabaseUnreachable(new Error('relation "attempts" does not exist'))).toBe(false);
    expect(statusOf('database_unavailable')).toBe(503);
  });

  it('leaves query errors and other failures to the 500 path', () => {
    expect(isDatabaseUnreachable({ message: 'duplicate key', code: '23505' })).toBe(false);
    expect(isDatabaseUnreachable({ message: 'deadlock', code: '40P01' })).toBe(false);
    expect(isDatabaseUnreachable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
  });
});
