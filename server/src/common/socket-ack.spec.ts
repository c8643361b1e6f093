import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { ackError } from './socket-ack.js';

const handshake = (lang?: string) => ({ headers: lang ? { 'accept-language': lang } : {} });

describe(ackError.name, () => {
  it('answers in English for an English handshake, with the error’s parameters', () => {
    expect(
      ackError(
        new AppError('rate_limited', undefined, { seconds: 7 }),
        handshake('en-GB,en;q=0.9'),
      ),
    ).toEqual({
      ok: false,
      error: { code: 'rate_limited', message: 'Too many attempts. Try again in 7 seconds.' },
    });
  });

  it('answers in Vietnamese by default and for Vietnamese handshakes', () => {
    for (const h of [handshake(), handshake('vi-VN,vi;q=0.9,en;q=0.8')])
      expect(ackError(new AppError('not_found'), h)).toEqual({
        ok: false,
        error: { code: 'not_found', message: 'Không tìm thấy dữ liệu.' },
      });
  });

  it('hides anything but an AppError behind internal_error', () => {
    expect(ackError(new Error('SELECT secret'), handshake('en'))).toEqual({
      ok: false,
      error: {
        code: 'internal_error',
        message: 'Something went wrong on the server. Please try again.',
      },
    });
  });
});
