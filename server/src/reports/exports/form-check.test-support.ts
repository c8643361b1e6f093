// What every official form must show, checked the same way for each Biểu: the header in the
// first rows and the signatures in the last rows of the .xlsx, and both in the PDF.
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { pdfPages } from '../../common/pdf-pages.test-support.js';
import { officialForm } from './official-form.js';

export const FORM_EXPORTED_AT = new Date('2025-06-30T03:00:00Z'); // 10:00, 30/06 in Vietnam

export const TEST_FORM = officialForm(
  {
    superiorBody: 'UBND tỉnh Quảng Nam',
    issuingUnit: 'Sở Nội vụ',
    placeName: 'Tam Kỳ',
    preparerTitle: 'Người lập biểu',
    preparerName: 'Lê Thị Mai',
    signerTitle: 'Giám đốc',
    signerName: 'Phan Văn Long',
    dateLine: 'export_date',
  },
  FORM_EXPORTED_AT,
);

/** The texts of a row, each merged range once (exceljs repeats its text in every cell). */
function texts(row: ExcelJS.Row): string[] {
  const out: string[] = [];
  row.eachCell((cell) => {
    if (typeof cell.value === 'string' && (!cell.isMerged || cell.master === cell))
      out.push(cell.value);
  });
  return out;
}

/** The header is in rows 1–4 (left and right blocks), the signatures in the last four rows. */
export async function expectXlsxForm(buf: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  expect(texts(ws.getRow(1))).toEqual([
    'UBND TỈNH QUẢNG NAM',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  ]);
  expect(texts(ws.getRow(2))).toEqual(['SỞ NỘI VỤ', 'Độc lập - Tự do - Hạnh phúc']);
  expect(texts(ws.getRow(4))).toEqual(['Tam Kỳ, ngày 30 tháng 6 năm 2025']);
  const last = ws.rowCount;
  expect(texts(ws.getRow(last - 3))).toEqual(['NGƯỜI LẬP BIỂU', 'GIÁM ĐỐC']);
  expect(texts(ws.getRow(last - 2))).toEqual(['(Ký, ghi rõ họ tên)', '(Ký tên, đóng dấu)']);
  expect(texts(ws.getRow(last))).toEqual(['Lê Thị Mai', 'Phan Văn Long']);
  expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
  return ws;
}

/** The header opens the first page, the signatures close the last; pages are A4. */
export async function expectPdfForm(buf: Buffer): Promise<string[]> {
  const { texts: pages, sizes } = await pdfPages(buf);
  for (const size of sizes) expect([...size].sort()).toEqual([595, 842]);
  const first = pages[0]!;
  for (const s of [
    'UBND TỈNH QUẢNG NAM',
    'SỞ NỘI VỤ',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Tam Kỳ, ngày 30 tháng 6 năm 2025',
  ])
    expect(first).toContain(s);
  const last = pages.at(-1)!;
  for (const s of [
    'NGƯỜI LẬP BIỂU',
    'GIÁM ĐỐC',
    'Lê Thị Mai',
    'Phan Văn Long',
    '(Ký tên, đóng dấu)',
  ])
    expect(last).toContain(s);
  return pages;
}
