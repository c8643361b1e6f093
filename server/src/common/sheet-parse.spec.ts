import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { parseSheet } from './sheet-parse.js';
import { buildSpreadsheet } from './spreadsheet.js';

const MB = 1024 * 1024;
const LIMITS = { maxInflatedBytes: 8 * MB, maxEntries: 50, maxEntryBytes: 4 * MB };

describe(parseSheet.name, () => {
  it('reads a workbook as exceljs wrote it: header, rows by Excel number, formula cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Mã đơn vị', 'Tên đơn vị', 'Tổng số']);
    ws.addRow(['SNV', ' Sở Nội vụ ', 12]);
    ws.addRow([]);
    ws.addRow(['MOLAO', 'Phường Mộ Lao', { formula: '1+1', result: 2 }]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const sheet = await parseSheet({ originalname: 'Don-vi.XLSX', buffer }, LIMITS);
    expect(sheet).toEqual({
      header: ['Mã đơn vị', 'Tên đơn vị', 'Tổng số'],
      rows: [
        { row: 2, cells: ['SNV', 'Sở Nội vụ', '12'] },
        { row: 4, cells: ['MOLAO', 'Phường Mộ Lao', '2'] },
      ],
      formulas: new Set(['4:2']),
    });
  });

  it('reads the same table from .xlsx and .csv', async () => {
    const table = {
      sheetName: 'x',
      header: ['Họ và tên', 'Số CCCD'],
      rows: [['Nguyễn Văn An', '001234567890']],
    };
    const [xlsx, csv] = await Promise.all([
      buildSpreadsheet({ ...table, format: 'xlsx' }),
      buildSpreadsheet({ ...table, format: 'csv' }),
    ]);
    const fromXlsx = await parseSheet({ originalname: 'a.xlsx', buffer: xlsx }, LIMITS);
    const fromCsv = await parseSheet({ originalname: 'a.csv', buffer: csv }, LIMITS);
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromCsv.rows).toEqual([{ row: 2, cells: ['Nguyễn Văn An', '001234567890'] }]);
  });

  it('refuses a workbook whose shared strings inflate past the cap', async () => {
    const zip = await JSZip.loadAsync(
      await buildSpreadsheet({ sheetName: 'x', header: ['a'], rows: [], format: 'xlsx' }),
    );
    zip.file('xl/sharedStrings.xml', `<sst>${'<si><t>x</t></si>'.repeat(MB)}</sst>`);
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const e = await parseSheet({ originalname: 'a.xlsx', buffer }, LIMITS).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('archive_too_large');
  });

  it.each([
    ['hong.xlsx', Buffer.from('PK\u0003\u0004 this is not really a workbook')],
    ['don-vi.docx', Buffer.from('hello')],
    ['sai.csv', Buffer.from('"unclosed,quote\n')],
  ])('refuses %s as file_invalid', async (originalname, buffer) => {
    const e = await parseSheet({ originalname, buffer }, LIMITS).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('file_invalid');
  });
});
