import { describe, expect, it } from 'vitest';
import { RegisterSchema } from '../auth/auth.schema.js';
import { CitizenIdSchema, foldVietnamese, normalizeVnPhone } from './primitives.js';

describe('normalizeVnPhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['091 234 5678', '0912345678'],
    ['091.234.5678', '0912345678'],
    ['+84 (91) 234-5678', '0912345678'],
    ['02033123456', '02033123456'],
    ['84912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['0084 912 345 678', '0912345678'],
    ['0869 000 123', '0869000123'],
    ['024 3825 1234', '02438251234'],
    ['+84 24 3825 1234', '02438251234'],
    ['(+84) 912 345 678', '0912345678'],
    // Vietnamobile / Reddi prefixes newer than the library's metadata.
    ['052 123 4567', '0521234567'],
    ['+84 55 123 4567', '0551234567'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeVnPhone(raw)).toBe(expected);
  });

  it.each([
    '12345',
    '0112345678',
    '091234567',
    '09123456789',
    'abc',
    '+1 202 555 0101',
    '',
    '0912345678a',
    '0912345678 ext 5',
    '0201234567',
    '+85 912 345 678',
  ])('refuses %s', (raw) => {
    expect(normalizeVnPhone(raw)).toBeNull();
  });
});

describe('CitizenIdSchema', () => {
  it('accepts 12 digits, with spaces removed', () => {
    expect(CitizenIdSchema.parse('001 085 012345')).toBe('001085012345');
  });
  it('refuses 11 or 13 digits and letters', () => {
    for (const v of ['01234567890', '0123456789012', '00108501234A'])
      expect(CitizenIdSchema.safeParse(v).success).toBe(false);
  });
});

describe('foldVietnamese', () => {
  it('lets unaccented typing find accented names', () => {
    expect(foldVietnamese('Phường Trương Quang Trọng')).toBe('phuong truong quang trong');
    expect(foldVietnamese('Đông Hà')).toBe('dong ha');
    expect(foldVietnamese('Định Quán'.normalize('NFD'))).toBe('dinh quan');
  });
});

describe('RegisterSchema', () => {
  const base = {
    fullName: 'Lê Văn Tám',
    phone: '0912345678',
    unitId: '3f1c1f7e-8a43-4c2b-9d7e-2b1f4d2c9a10',
    password: 'MatKhau@2025',
    consent: true,
  };
  it('normalises the name to NFC and collapses spaces', () => {
    const r = RegisterSchema.parse({ ...base, fullName: '  Lê   Văn Tám '.normalize('NFD') });
    expect(r.fullName).toBe('Lê Văn Tám');
    expect(r.fullName).toBe(r.fullName.normalize('NFC'));
  });
  it('refuses unknown keys such as role', () => {
    const r = RegisterSchema.safeParse({ ...base, role: 'admin' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
  it('requires consent to be exactly true', () => {
    expect(RegisterSchema.safeParse({ ...base, consent: false }).success).toBe(false);
    expect(RegisterSchema.safeParse({ ...base, consent: 'true' }).success).toBe(false);
  });
});
