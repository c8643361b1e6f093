import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { CollectiveRankingSchema, type CollectiveRanking } from '@cchc/contracts';
import { collectiveDoc } from './collective-sheet.js';
import { expectPdfForm, expectXlsxForm, TEST_FORM } from './form-check.test-support.js';
import { renderCsv, renderPdf, renderXlsx } from './sheet-doc.js';

const EXPORTED_AT = new Date('2025-06-30T03:00:00Z');
const FORMULA =
  'Xếp theo tỷ lệ tham gia bình quân các đợt, rồi tỷ lệ bài đạt tuyệt đối, rồi số giải cá nhân.';

function row(
  p: Partial<CollectiveRanking['groups'][number]['rows'][number]> & { name: string },
): CollectiveRanking['groups'][number]['rows'][number] {
  return {
    rank: null,
    unitId: randomUUID(),
    code: p.name.slice(0, 4).toUpperCase(),
    headcount: 50,
    participants: 40,
    coverage: 0.8,
    averageRoundRate: 0.7,
    perfectShare: 0.25,
    individualPrizes: 0,
    minRate: 0.8,
    eligible: false,
    prize: null,
    ...p,
  };
}

function fixture(): CollectiveRanking {
  return CollectiveRankingSchema.parse({
    contestId: randomUUID(),
    contestTitle: 'Hội thi tìm hiểu cải cách hành chính năm 2025',
    unitId: randomUUID(),
    unitName: 'UBND tỉnh Quảng Nam',
    rounds: 3,
    formula: FORMULA,
    formulaEn: 'Eligible: a participation rate of 80% or more.',
    groups: [
      {
        group: 'administrative',
        rows: [
          row({
            name: 'Sở Nội vụ',
            rank: 1,
            headcount: 120,
            participants: 118,
            averageRoundRate: 0.935,
            perfectShare: 0.4,
            individualPrizes: 3,
            eligible: true,
            prize: 'Giải Nhất',
          }),
          row({ name: '@Sở Tư pháp', averageRoundRate: 0.5 }),
        ],
      },
      { group: 'commune_level', rows: [] },
    ],
    generatedAt: '2025-06-30T02:00:00.000Z',
  } satisfies CollectiveRanking);
}

describe('collectiveDoc as .xlsx', () => {
  it('prints the rule above one table per khối, with eligibility and prizes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await renderXlsx(
        collectiveDoc(fixture(), { exportedAt: EXPORTED_AT }),
      )) as unknown as ArrayBuffer,
    );
    const ws = wb.worksheets[0]!;
    const firsts: unknown[] = [];
    ws.eachRow((r, n) => (firsts[n] = r.getCell(1).value)); // indexed by row number
    expect(firsts[1]).toBe('BIỂU 04. XẾP HẠNG TẬP THỂ');
    const rule = firsts.indexOf(`Cách xếp hạng: ${FORMULA}`);
    const admin = firsts.indexOf('Khối: Cơ quan hành chính');
    expect(rule).toBeGreaterThan(0);
    expect(admin).toBeGreaterThan(rule);
    const h = firsts.indexOf('STT');
    expect(h).toBe(admin + 1);
    expect((ws.getRow(h + 1).values as unknown[]).slice(1)).toEqual([
      1,
      1,
      'Sở Nội vụ',
      120,
      118,
      0.935,
      0.4,
      3,
      'Có (tối thiểu 80%)',
      'Giải Nhất',
    ]);
    expect(ws.getRow(h + 1).getCell(6).numFmt).toBe('0.0%');
    const second = ws.getRow(h + 2);
    expect(second.getCell(2).value).toBeNull();
    expect(second.getCell(3).value).toBe("'@Sở Tư pháp");
    expect(second.getCell(9).value).toBe('Không (tối thiểu 80%)');
    const commune = firsts.indexOf('Khối: Cấp xã');
    expect(firsts[commune + 1]).toBe('Không có đơn vị.');
    expect(firsts).toContain('Số liệu tính đến: 30/06/2025 09:00 (giờ Việt Nam)');
    expect(firsts).toContain('Đơn vị: UBND tỉnh Quảng Nam');
    expect(firsts).toContain('Xuất lúc: 30/06/2025 10:00 (giờ Việt Nam)');
  });
});

describe('collectiveDoc as .csv', () => {
  it('is UTF-8 with a BOM, rates in percent, formulas escaped', () => {
    const buf = renderCsv(collectiveDoc(fixture(), { exportedAt: EXPORTED_AT }));
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(buf, { bom: true, relax_column_count: true }) as string[][];
    const h = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[h + 1]).toEqual([
      '1',
      '1',
      'Sở Nội vụ',
      '120',
      '118',
      '93.5',
      '40',
      '3',
      'Có (tối thiểu 80%)',
      'Giải Nhất',
    ]);
    expect(rows[h + 2]![2]).toBe("'@Sở Tư pháp");
    expect(rows.flat().filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(rows.map((r) => r[0])).toContain(`Cách xếp hạng: ${FORMULA}`);
    expect(rows.map((r) => r[0])).toContain('Xuất lúc: 30/06/2025 10:00 (giờ Việt Nam)');
  });
});

describe('collectiveDoc as .pdf', () => {
  it('prints the list with Vietnamese text and the footer', async () => {
    const pdf = await getDocument({
      data: new Uint8Array(await renderPdf(collectiveDoc(fixture(), { exportedAt: EXPORTED_AT }))),
    }).promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    const text = content.items
      .map((it) => ('str' in it ? it.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    await pdf.destroy();
    expect(text).toContain('BIỂU 04. XẾP HẠNG TẬP THỂ');
    expect(text).toContain('Khối: Cơ quan hành chính');
    expect(text).toContain('Giải Nhất');
    expect(text).toContain('93,5%');
    expect(text).toContain('Xuất lúc: 30/06/2025 10:00 (giờ Việt Nam)');
    expect(text).toContain('Trang 1/1');
  });
});

describe('collectiveDoc as an official form', () => {
  it(
    'is headed and signed in .xlsx and PDF, with the contest and the cut-off in the title',
    { timeout: 30_000 },
    async () => {
      const doc = collectiveDoc(fixture(), { exportedAt: EXPORTED_AT, form: TEST_FORM });
      const ws = await expectXlsxForm(await renderXlsx(doc));
      const firsts: unknown[] = [];
      ws.eachRow((row, n) => (firsts[n] = row.getCell(1).value));
      expect(firsts[6]).toBe('BIỂU 04. XẾP HẠNG TẬP THỂ');
      expect(firsts).toContain('Cuộc thi: Hội thi tìm hiểu cải cách hành chính năm 2025');
      expect(firsts).toContain(
        'Các đơn vị trực thuộc UBND tỉnh Quảng Nam · 3 đợt thi · số liệu tính đến 30/06/2025 09:00',
      );
      const pages = await expectPdfForm(await renderPdf(doc));
      expect(pages.join(' ')).toContain('Sở Nội vụ');
    },
  );
});
