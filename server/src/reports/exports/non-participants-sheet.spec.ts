import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { NonParticipantsSchema, type NonParticipants } from '@cchc/contracts';
import { expectPdfForm, expectXlsxForm, TEST_FORM } from './form-check.test-support.js';
import { nonParticipantsDoc } from './non-participants-sheet.js';
import { renderCsv, renderPdf, renderXlsx } from './sheet-doc.js';

const EXPORTED_AT = new Date('2025-03-30T02:15:00Z');

function fixture(rows = 2): NonParticipants {
  const unitId = randomUUID();
  const people = [
    {
      fullName: 'Trần Văn Bình',
      position: 'Chuyên viên',
      phone: '0905123456',
      email: 'binh@quangnam.gov.vn',
      registered: true,
    },
    {
      fullName: '=HYPERLINK("http://x")',
      position: null,
      phone: '+84905000111',
      email: null,
      registered: false,
    },
  ];
  return NonParticipantsSchema.parse({
    scope: {
      unitId,
      unitName: 'Phường Hải Châu',
      unitCode: 'PHC',
      contestId: null,
      contestTitle: null,
      roundId: null,
      roundTitle: null,
      period: null,
      year: null,
      from: null,
      to: null,
      asOf: null,
      cutoff: '2025-03-30T02:00:00.000Z',
      label: 'Toàn bộ thời gian · số liệu tính đến ngày 30/03/2025',
    },
    total: 5,
    rows: people.slice(0, rows).map((p) => ({
      ...p,
      rosterEntryId: randomUUID(),
      unitId,
      unitName: 'Phường Hải Châu',
    })),
    unitsWithoutRoster: [
      { unitId: randomUUID(), name: 'Tổ dân phố 3', headcount: 12, participants: 4 },
      { unitId: randomUUID(), name: 'Tổ dân phố 7', headcount: null, participants: 0 },
    ],
  } satisfies NonParticipants);
}

describe('nonParticipantsDoc as .xlsx', () => {
  it('lists each person with contact details, then the units without a staff list', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await renderXlsx(
        nonParticipantsDoc(fixture(), { exportedAt: EXPORTED_AT }),
      )) as unknown as ArrayBuffer,
    );
    const ws = wb.worksheets[0]!;
    const firsts: unknown[] = [];
    ws.eachRow((row, n) => (firsts[n] = row.getCell(1).value)); // indexed by row number
    const h = firsts.indexOf('STT');
    expect((ws.getRow(h).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Đơn vị',
      'Số điện thoại',
      'Email',
      'Đã đăng ký tài khoản',
    ]);
    expect((ws.getRow(h + 1).values as unknown[]).slice(1)).toEqual([
      1,
      'Trần Văn Bình',
      'Chuyên viên',
      'Phường Hải Châu',
      '0905123456',
      'binh@quangnam.gov.vn',
      'Có',
    ]);
    const second = ws.getRow(h + 2);
    expect(second.getCell(2).value).toBe(`'=HYPERLINK("http://x")`);
    expect(second.getCell(5).value).toBe(`'+84905000111`);
    expect(second.getCell(7).value).toBe('Không');
    expect(firsts).toContain('Tổng số người chưa tham gia: 5 (danh sách này gồm 2 người)');
    expect(firsts).toContain('Đơn vị chưa có danh sách cán bộ');
    const h2 = firsts.lastIndexOf('STT');
    expect(h2).toBeGreaterThan(h);
    expect((ws.getRow(h2 + 1).values as unknown[]).slice(1)).toEqual([1, 'Tổ dân phố 3', 12, 4]);
    expect(firsts).toContain(
      '• Người chưa tham gia = người có tên trong danh sách cán bộ tại ngày chốt chưa có bài thi đã nộp trong phạm vi báo cáo (ở bất kỳ đơn vị nào); Số người tham gia + Số người chưa tham gia = Tổng số CBCCVC-NLĐ của đơn vị có danh sách.',
    );
    expect(firsts).toContain('Số liệu tính đến: 30/03/2025 09:00 (giờ Việt Nam)');
    expect(firsts).toContain('Đơn vị: Phường Hải Châu');
    expect(firsts).toContain('Xuất lúc: 30/03/2025 09:15 (giờ Việt Nam)');
  });
});

describe('nonParticipantsDoc as .csv', () => {
  it('is UTF-8 with a BOM, escapes formulas and carries the footer', () => {
    const buf = renderCsv(nonParticipantsDoc(fixture(), { exportedAt: EXPORTED_AT }));
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(buf, { bom: true, relax_column_count: true }) as string[][];
    const h = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[h + 2]).toEqual([
      '2',
      `'=HYPERLINK("http://x")`,
      '',
      'Phường Hải Châu',
      `'+84905000111`,
      '',
      'Không',
    ]);
    expect(rows.flat().filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(rows.map((r) => r[0])).toContain('Số liệu tính đến: 30/03/2025 09:00 (giờ Việt Nam)');
  });

  it('says so when every unit has a staff list', () => {
    const data = { ...fixture(1), unitsWithoutRoster: [] };
    const rows = parse(renderCsv(nonParticipantsDoc(data, { exportedAt: EXPORTED_AT })), {
      bom: true,
      relax_column_count: true,
    }) as string[][];
    const i = rows.findIndex((r) => r[0] === 'Đơn vị chưa có danh sách cán bộ');
    expect(rows[i + 1]).toEqual(['Không có.']);
  });
});

describe('nonParticipantsDoc as .pdf', () => {
  it('prints the list with Vietnamese text and the footer', async () => {
    const pdf = await getDocument({
      data: new Uint8Array(
        await renderPdf(nonParticipantsDoc(fixture(), { exportedAt: EXPORTED_AT })),
      ),
    }).promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    const text = content.items
      .map((it) => ('str' in it ? it.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    await pdf.destroy();
    expect(text).toContain('DANH SÁCH CBCCVC-NLĐ CHƯA THAM GIA CUỘC THI');
    expect(text).toContain('Trần Văn Bình');
    expect(text).toContain('Tổ dân phố 3');
    expect(text).toContain('Số liệu tính đến: 30/03/2025 09:00 (giờ Việt Nam)');
    expect(text).toContain('Trang 1/1');
  });
});

describe('nonParticipantsDoc as an official form', () => {
  it('is headed and signed in .xlsx and PDF', { timeout: 30_000 }, async () => {
    const doc = nonParticipantsDoc(fixture(), { exportedAt: EXPORTED_AT, form: TEST_FORM });
    const ws = await expectXlsxForm(await renderXlsx(doc));
    expect(ws.getCell('A6').value).toBe('DANH SÁCH CBCCVC-NLĐ CHƯA THAM GIA CUỘC THI');
    const pages = await expectPdfForm(await renderPdf(doc));
    expect(pages.join(' ')).toContain('Trần Văn Bình');
  });
});
