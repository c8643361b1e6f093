// Turns an uploaded .xlsx or .csv into text cells. Runs in the sheet reader's worker thread
// (sheet-reader.ts): nothing here may assume it shares memory or time with requests.
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { AppError } from './app-error.js';
import { checkArchive, type ArchiveLimits } from './zip-reader.js';

export interface SheetRow {
  /** 1-based row number as the user sees it in Excel (the header is row 1). */
  row: number;
  cells: string[];
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
  /** "row:col" (1-based row, 0-based column) of cells that hold a formula. */
  formulas: Set<string>;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if (v instanceof Date) return v.toISOString();
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
    if ('formula' in v) return '';
    return '';
  }
  return String(v);
}

/** The first sheet of a workbook that has passed checkArchive. */
async function readXlsx(checked: Buffer, formulas: Set<string>): Promise<string[][]> {
  // Loaded only for an archive that passed: a bomb is refused without paying for exceljs.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(checked as unknown as ArrayBuffer);
  } catch {
    throw new AppError('file_invalid');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('file_invalid');
  const table: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    table[n - 1] = values.map((v, col) => {
      if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
        formulas.add(`${n}:${col}`);
      }
      return cellText(v as ExcelJS.CellValue)
        .normalize('NFC')
        .trim();
    });
  });
  for (let i = 0; i < table.length; i++) table[i] ??= [];
  return table;
}

function readCsv(buf: Buffer): string[][] {
  try {
    return (
      parse(buf, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][]
    ).map((r) => r.map((c) => c.normalize('NFC').trim()));
  } catch {
    throw new AppError('file_invalid');
  }
}

/**
 * Parses an uploaded .xlsx (first sheet) or .csv (UTF-8, BOM optional) into text cells. An .xlsx
 * is inflated under `limits` first, and exceljs reads only the checked copy.
 */
export async function parseSheet(
  file: { originalname: string; buffer: Buffer },
  limits: ArchiveLimits,
): Promise<Sheet> {
  const name = file.originalname.toLowerCase();
  const formulas = new Set<string>();
  let table: string[][];
  if (name.endsWith('.xlsx')) {
    table = await readXlsx(await checkArchive(file.buffer, limits), formulas);
  } else if (name.endsWith('.csv')) {
    table = readCsv(file.buffer);
  } else {
    throw new AppError('file_invalid');
  }
  const [header = [], ...rest] = table;
  const rows = rest
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c !== ''));
  return { header, rows, formulas };
}
