import { describe, expect, it } from 'vitest';
import { parseEnv } from '../config/env.js';
import { Mailer, mailFailure } from './mailer.js';

describe(Mailer.name, () => {
  it('is available only with SMTP_URL, and refuses to send without it', async () => {
    expect(new Mailer(parseEnv({})).available).toBe(false);
    const env = parseEnv({ SMTP_URL: 'smtp://127.0.0.1:1', PUBLIC_URL: 'https://hoithi.gov.vn' });
    expect(new Mailer(env).available).toBe(true);
    await expect(
      new Mailer(parseEnv({})).send({ to: 'a@b.vn', subject: 's', text: 't', html: 'h' }),
    ).rejects.toThrow(/SMTP_URL is not set/);
  });

  it('a failed send is described by its codes only, never its message (it names the recipient)', () => {
    const refused = Object.assign(
      new Error("Can't send mail - all recipients were rejected: an@thu.vn"),
      {
        code: 'EENVELOPE',
        responseCode: 550,
        response: '550 5.1.1 <an@thu.vn>: unknown user',
      },
    );
    expect(mailFailure(refused)).toEqual({ code: 'EENVELOPE', responseCode: 550 });
    expect(JSON.stringify(mailFailure(refused))).not.toContain('an@thu.vn');
    expect(mailFailure('boom')).toEqual({});
  });
});
