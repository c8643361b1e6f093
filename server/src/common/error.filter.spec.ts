import { type ArgumentsHost, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppErrorFilter, isDataError } from './error.filter.js';

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

  it.each(['23505', '40001', '57P01', '08006'])('keeps %s a server fault (500)', (code) => {
    expect(answer(pgError(code)).status).toBe(500);
  });

  it('reads the SQLSTATE class, not any string code', () => {
    expect(isDataError({ code: '22021' })).toBe(true);
    expect(isDataError({ code: 'ECONNRESET' })).toBe(false);
    expect(isDataError({ code: 22021 })).toBe(false);
    expect(isDataError(null)).toBe(false);
  });
});
