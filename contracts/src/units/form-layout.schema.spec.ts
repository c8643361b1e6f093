import { describe, expect, it } from 'vitest';
import { formDateLine, FormLayoutSchema } from './form-layout.schema.js';

const issues = (input: unknown) => {
  const r = FormLayoutSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('FormLayoutSchema', () => {
  it('stores Vietnamese typed on any keyboard the same way: NFC, trimmed, spaces collapsed', () => {
    const decomposed = 'Phu\u031Bo\u031B\u0300ng  Mo\u0323\u0302  Lao '; // "Phường Mộ Lao" in NFD
    const out = FormLayoutSchema.parse({
      issuingUnit: decomposed,
      signerTitle: ' KT. Chủ tịch \r\n\n  Phó   Chủ tịch ',
    });
    expect(out.issuingUnit).toBe('Phường Mộ Lao');
    expect(out.issuingUnit).toBe(out.issuingUnit!.normalize('NFC'));
    expect(out.signerTitle).toBe('KT. Chủ tịch\nPhó Chủ tịch');
  });

  it('turns empty and blank fields into "not set", and defaults the date to the export date', () => {
    expect(
      FormLayoutSchema.parse({ placeName: '   ', preparerName: '', signerName: null }),
    ).toEqual({
      superiorBody: null,
      issuingUnit: null,
      placeName: null,
      preparerTitle: null,
      preparerName: null,
      signerTitle: null,
      signerName: null,
      dateLine: 'export_date',
    });
  });

  it('refuses more lines than a field prints, lines over 100 characters and control characters', () => {
    expect(issues({ placeName: 'Mộ Lao\nQuảng Trị' })).toEqual([['placeName', 'form_lines_max_1']]);
    expect(issues({ signerTitle: 'A\nB\nC\nD' })).toEqual([['signerTitle', 'form_lines_max_3']]);
    expect(issues({ superiorBody: 'A\nB\nC' })).toEqual([['superiorBody', 'form_lines_max_2']]);
    expect(issues({ issuingUnit: 'Ủ'.repeat(101) })).toEqual([
      ['issuingUnit', 'form_line_too_long'],
    ]);
    expect(issues({ issuingUnit: 'Ủ'.repeat(100) })).toEqual([]);
    expect(issues({ signerName: 'Trần\u0000Văn' })).toEqual([['signerName', 'form_text_invalid']]);
    expect(issues({ signerName: 'Trần \ud800 Văn' })).toEqual([
      ['signerName', 'form_text_invalid'],
    ]);
  });

  it('refuses unknown fields and unknown date modes', () => {
    expect(issues({ unitId: 'x' })[0]![1]).toContain('unitId');
    expect(issues({ dateLine: 'yesterday' })[0]![0]).toBe('dateLine');
    expect(issues({ preparerName: 42 })[0]![0]).toBe('preparerName');
  });
});

describe(formDateLine.name, () => {
  it('dates in Vietnam time, with a leading zero on days below 10 and on January and February', () => {
    // 17:30 UTC on 4 February is already 5 February in Vietnam.
    expect(formDateLine('Mộ Lao', new Date('2025-02-04T17:30:00Z'))).toBe(
      'Mộ Lao, ngày 05 tháng 02 năm 2025',
    );
    expect(formDateLine('Quảng Trị', new Date('2025-03-30T02:15:00Z'))).toBe(
      'Quảng Trị, ngày 30 tháng 3 năm 2025',
    );
    expect(formDateLine('Đông Hà', new Date('2025-11-09T00:00:00+07:00'))).toBe(
      'Đông Hà, ngày 09 tháng 11 năm 2025',
    );
  });

  it('leaves dots to fill in by hand for a missing place or date', () => {
    expect(formDateLine(null, new Date('2025-12-31T16:59:59Z'))).toMatch(
      /^…+, ngày 31 tháng 12 năm 2025$/,
    );
    expect(formDateLine('Mộ Lao', null)).toBe('Mộ Lao, ngày …… tháng …… năm ……');
  });
});
