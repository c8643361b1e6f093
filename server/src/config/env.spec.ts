import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env.js';

describe('parseEnv', () => {
  it('defaults to port 3000 and the embedded PostgreSQL folder', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PG_DATA_DIR).toBe('./.data/pg');
  });
  it('treats empty variables as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', REDIS_URL: '' }).DATABASE_URL).toBeUndefined();
  });
  it('names the bad variable in a clear message', () => {
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must start with postgres/,
    );
  });
  it('reads the first admin from ADMIN_*, normalised by the account rules', () => {
    const env = parseEnv({
      ADMIN_EMAIL: ' QuanTri@Tinh.gov.vn ',
      ADMIN_PASSWORD: 'KhoiDong@2026',
      ADMIN_PHONE: '+84 912 345 678',
    });
    expect(env).toMatchObject({
      ADMIN_EMAIL: 'quantri@tinh.gov.vn',
      ADMIN_PHONE: '0912345678',
      ADMIN_NAME: 'Quản trị hệ thống',
    });
    expect(parseEnv({}).ADMIN_EMAIL).toBeUndefined();
  });
  it('stops the start on a weak ADMIN_PASSWORD without printing it', () => {
    const start = () => parseEnv({ ADMIN_EMAIL: 'qt@tinh.gov.vn', ADMIN_PASSWORD: 'abc1234' });
    expect(start).toThrow(/ADMIN_PASSWORD: too weak: an account password needs 8 to 128/);
    expect(start).not.toThrow(/abc1234/);
  });
  it('wants ADMIN_EMAIL and ADMIN_PASSWORD together, and a valid email and phone', () => {
    expect(() => parseEnv({ ADMIN_EMAIL: 'qt@tinh.gov.vn' })).toThrow(/go together/);
    expect(() => parseEnv({ ADMIN_PASSWORD: 'KhoiDong@2026' })).toThrow(/go together/);
    const pair = { ADMIN_EMAIL: 'qt@tinh.gov.vn', ADMIN_PASSWORD: 'KhoiDong@2026' };
    expect(() => parseEnv({ ...pair, ADMIN_EMAIL: 'quantri' })).toThrow(/ADMIN_EMAIL/);
    expect(() => parseEnv({ ...pair, ADMIN_PHONE: '12345' })).toThrow(/ADMIN_PHONE/);
  });
  it('refuses the test clock in production', () => {
    expect(() => parseEnv({ TEST_HOOKS: 'true', NODE_ENV: 'production' })).toThrow(/TEST_HOOKS/);
    expect(parseEnv({ TEST_HOOKS: 'true', NODE_ENV: 'test' }).TEST_HOOKS).toBe(true);
  });
  it('reads PUBLIC_URL as an origin and refuses a path, another scheme or no scheme', () => {
    expect(parseEnv({}).PUBLIC_URL).toBeUndefined();
    expect(parseEnv({ PUBLIC_URL: 'https://HoiThi.Example.gov.vn/' }).PUBLIC_URL).toBe(
      'https://hoithi.example.gov.vn',
    );
    expect(parseEnv({ PUBLIC_URL: 'http://192.168.1.10:3000' }).PUBLIC_URL).toBe(
      'http://192.168.1.10:3000',
    );
    expect(() => parseEnv({ PUBLIC_URL: 'https://portal.gov.vn/hoithi' })).toThrow(
      /PUBLIC_URL: must be http\(s\):\/\/host\[:port\] with no path/,
    );
    expect(() => parseEnv({ PUBLIC_URL: 'ftp://hoithi.gov.vn' })).toThrow(/PUBLIC_URL/);
    expect(() => parseEnv({ PUBLIC_URL: 'hoithi.gov.vn' })).toThrow(/PUBLIC_URL/);
  });
  it('caps uploaded archives and their parsing by default, and refuses no cap at all', () => {
    const env = parseEnv({});
    expect([
      env.IMPORT_MAX_INFLATED_MB,
      env.IMPORT_MAX_ENTRIES,
      env.IMPORT_MAX_ENTRY_MB,
      env.IMPORT_PARSE_TIMEOUT_MS,
      env.IMPORT_PARSE_MEMORY_MB,
    ]).toEqual([100, 1000, 50, 20_000, 256]);
    expect(() => parseEnv({ IMPORT_MAX_INFLATED_MB: '0' })).toThrow(/IMPORT_MAX_INFLATED_MB/);
    expect(() => parseEnv({ IMPORT_PARSE_MEMORY_MB: '1' })).toThrow(/IMPORT_PARSE_MEMORY_MB/);
  });
  it('reads TRUST_PROXY as a hop count or proxy addresses, never as "believe anyone"', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    // the old booleans: `true` is the one proxy of the compose stack, not every header
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::1' }).TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::1',
    ]);
    for (const bad of ['yes', '*', '10.0.0.0/33', '10.0.0', 'loopback,', '-1']) {
      expect(() => parseEnv({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY: must be a number/);
    }
  });
  it('limits logins per account and IP tighter than per account, and registrations per IP', () => {
    const env = parseEnv({});
    expect([
      env.LOGIN_MAX_FAILURES_PER_ACCOUNT_IP,
      env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      env.LOGIN_MAX_FAILURES_PER_IP,
      env.REGISTER_MAX_PER_IP,
    ]).toEqual([5, 100, 30, 30]);
    expect(parseEnv({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '0' }).LOGIN_MAX_FAILURES_PER_ACCOUNT).toBe(
      0,
    );
    expect(() => parseEnv({ REGISTER_MAX_PER_IP: '0' })).toThrow(/REGISTER_MAX_PER_IP/);
    expect(() => parseEnv({ RATE_LIMIT_PREFIX: 'a b' })).toThrow(/RATE_LIMIT_PREFIX/);
  });
  it('reads SMTP_URL (smtp or smtps) without repeating it in errors, and wants PUBLIC_URL with it', () => {
    const env = parseEnv({});
    expect(env.SMTP_URL).toBeUndefined();
    expect([
      env.SMTP_TIMEOUT_MS,
      env.RESET_EMAIL_MAX_PER_IP,
      env.RESET_EMAIL_MAX_PER_ACCOUNT,
    ]).toEqual([10_000, 10, 3]);
    expect(env.SMTP_FROM).toContain('@');
    const site = { PUBLIC_URL: 'https://hoithi.gov.vn' };
    expect(
      parseEnv({ ...site, SMTP_URL: 'smtps://thu:MatKhauMail@mail.gov.vn:465' }).SMTP_URL,
    ).toBe('smtps://thu:MatKhauMail@mail.gov.vn:465');
    expect(parseEnv({ ...site, SMTP_URL: 'smtp://mail.gov.vn:587' }).SMTP_URL).toBe(
      'smtp://mail.gov.vn:587',
    );
    for (const bad of ['http://thu:MatKhauMail@mail.gov.vn', 'mail.gov.vn:587', 'smtp://']) {
      const start = () => parseEnv({ ...site, SMTP_URL: bad });
      expect(start).toThrow(/SMTP_URL: must be smtp:/);
      expect(start).not.toThrow(/MatKhauMail/);
    }
    // the link in a reset email is never built from a request's Host header
    expect(() => parseEnv({ SMTP_URL: 'smtp://mail.gov.vn' })).toThrow(
      /PUBLIC_URL: SMTP_URL needs/,
    );
    expect(() =>
      parseEnv({ ...site, SMTP_URL: 'smtp://mail.gov.vn', SMTP_FROM: 'a@b.vn\r\nBcc: x@y.vn' }),
    ).toThrow(/SMTP_FROM/);
    expect(() => parseEnv({ SMTP_TIMEOUT_MS: '0' })).toThrow(/SMTP_TIMEOUT_MS/);
    expect(() => parseEnv({ RESET_EMAIL_MAX_PER_ACCOUNT: '0' })).toThrow(
      /RESET_EMAIL_MAX_PER_ACCOUNT/,
    );
  });
});
