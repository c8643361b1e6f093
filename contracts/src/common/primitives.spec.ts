import { describe, expect, it } from 'vitest';
import { RegisterSchema } from '../auth/auth.schema.js';
import { UpdateContestSchema } from '../contests/contests.schema.js';
import {
  CitizenIdSchema,
  INT4_MAX,
  IsoDateSchema,
  IsoDateTimeSchema,
  foldVietnamese,
  int4,
  isPlainText,
  lineText,
  multiLineText,
  nfcText,
  normalizeVnPhone,
  queryInt,
} from './primitives.js';

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

describe('isPlainText', () => {
  it.each([
    ['Nguyễn Văn An', true, true],
    ['Chữ Hán 漢字 và emoji 👍', true, true],
    ['hai\ndòng', false, true],
    ['cột\tbên', false, true],
    ['NUL\u0000', false, false],
    ['chuông\u0007', false, false],
    ['C1\u0085', false, false],
    ['DEL\u007f', false, false],
    ['\ud800 lẻ', false, false],
    ['lẻ \udc00', false, false],
    ['\ufffe', false, false],
  ])('%j: one line %s, multi-line %s', (s, line, multi) => {
    expect(isPlainText(s)).toBe(line);
    expect(isPlainText(s, true)).toBe(multi);
  });

  it('decides every UTF-16 code unit alone and every surrogate pair', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const control = c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0xfffe || c === 0xffff;
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      const s = `a${String.fromCharCode(c)}b`;
      expect(isPlainText(s), c.toString(16)).toBe(!control && !surrogate);
      const lineBreak = c === 0x09 || c === 0x0a || c === 0x0d;
      expect(isPlainText(s, true), c.toString(16)).toBe((!control || lineBreak) && !surrogate);
    }
    expect(isPlainText('\ud83d\udc4d')).toBe(true);
    expect(isPlainText('\udc4d\ud83d')).toBe(false);
  });
});

describe('text schemas', () => {
  it('nfcText turns line breaks into spaces and refuses NUL with text_invalid_char', () => {
    expect(nfcText(1, 50).parse('  Nguyễn\n\tVăn\u000b\u000c An\r\n')).toBe('Nguyễn Văn An');
    const r = nfcText(1, 50).safeParse('Nguyễn\u0000An');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('text_invalid_char');
  });

  it('lineText refuses a line break, multiLineText keeps it', () => {
    expect(lineText().safeParse('a\nb').success).toBe(false);
    expect(multiLineText().parse('a\nb')).toBe('a\nb');
  });

  it('an edited rules page keeps its headings and blank-line paragraphs', () => {
    const rules = 'THỂ LỆ\r\n\r\nĐiều 1. Đối tượng\r\n- Cán bộ, công chức\n\nĐiều 2. Thời gian';
    const parsed = UpdateContestSchema.parse({ rulesText: `  ${rules}\n` });
    expect(parsed.rulesText).toBe(
      'THỂ LỆ\n\nĐiều 1. Đối tượng\n- Cán bộ, công chức\n\nĐiều 2. Thời gian',
    );
    expect(UpdateContestSchema.safeParse({ rulesText: 'a\u0000b' }).success).toBe(false);
  });

  it('the login and registration fields refuse NUL and lone surrogates', () => {
    const base = {
      fullName: 'Phạm Quốc Bảo',
      phone: '0912345678',
      unitId: '00000000-0000-4000-8000-000000000000',
      password: 'MatKhau@2025',
      consent: true,
    };
    expect(RegisterSchema.safeParse(base).success).toBe(true);
    for (const field of ['fullName', 'phone', 'password'] as const) {
      for (const bad of ['\u0000', '\ud83d']) {
        const r = RegisterSchema.safeParse({ ...base, [field]: `${base[field]}${bad}` });
        expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(field);
      }
    }
  });
});

describe('number and date ranges', () => {
  it('int4 and queryInt stop at 2^31 - 1', () => {
    expect(int4().parse(INT4_MAX)).toBe(INT4_MAX);
    for (const v of [2 ** 31, 2 ** 53, 1e308, Number.NaN, Infinity, 1.5])
      expect(int4().safeParse(v).success).toBe(false);
    expect(queryInt().parse('2147483647')).toBe(INT4_MAX);
    for (const v of ['2147483648', '1e308', 'NaN', 'Infinity', '0x80000000', 'abc'])
      expect(queryInt().safeParse(v).success, v).toBe(false);
  });

  it('dates lie between the years 2000 and 2100', () => {
    expect(IsoDateTimeSchema.safeParse('2026-05-01T08:00:00+07:00').success).toBe(true);
    expect(IsoDateTimeSchema.safeParse('2100-12-31T23:59:59Z').success).toBe(true);
    for (const v of ['0001-01-01T00:00:00Z', '1999-12-31T23:59:59Z', '2101-01-01T00:00:00Z']) {
      const r = IsoDateTimeSchema.safeParse(v);
      expect(r.error?.issues[0]?.message, v).toBe('date_out_of_range');
    }
    expect(IsoDateSchema.safeParse('2025-03-28').success).toBe(true);
    expect(IsoDateSchema.safeParse('9999-12-31').success).toBe(false);
  });
});
