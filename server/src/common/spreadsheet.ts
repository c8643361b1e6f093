import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { create as contentDisposition } from 'content-disposition';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { DOWNLOAD_CONTENT_TYPES, foldVietnamese } from '@cchc/contracts';

/** Largest accepted upload (SPEC: imports up to 10 MB). */
export const UPLOAD_MAX_MB = 10;

/** Finds each wanted column by any of its accepted titles (accents and case ignored). */
export function mapColumns<K extends string>(
  header: string[],
  titles: Record<K, readonly string[]>,
): { index: Partial<Record<K, number>>; missing: K[] } {
  const folded = header.map((h) => foldVietnamese(h));
  const index: Partial<Record<K, number>> = {};
  const missing: K[] = [];
  for (const key of Object.keys(titles) as K[]) {
    const i = folded.findIndex((h) => titles[key].some((t) => foldVietnamese(t) === h));
    if (i >= 0) index[key] = i;
    else missing.push(key);
  }
  return { index, missing };
}

/** Spreadsheet cells must never start a formula when opened in Excel. */
export function safeCell(v: string | number | null | undefined): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** Undoes safeCell on import, so export → import gives back the same text. */
export function unescapeCell(v: string): string {
  return /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}

export type SheetFormat = 'xlsx' | 'csv';

/**
 * Builds a downloadable table: .csv as UTF-8 with BOM (so Excel shows Vietnamese), or .xlsx with
 * a bold header and an optional "Hướng dẫn" sheet. Callers pass cells already made safe.
 */
export async function buildSpreadsheet(opts: {
  sheetName: string;
  header: string[];
  rows: (string | number)[][];
  format: SheetFormat;
  help?: [string, string][];
  widths?: (index: number) => number;
  /** 0-based columns formatted as Text in .xlsx, so Excel keeps leading zeros typed later. */
  textColumns?: number[];
}): Promise<Buffer> {
  if (opts.format === 'csv') {
    return Buffer.concat([
      Buffer.from('\uFEFF'),
      Buffer.from(stringify([opts.header, ...opts.rows])),
    ]);
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheetName);
  ws.addRow(opts.header).font = { bold: true };
  for (const r of opts.rows) ws.addRow(r);
  ws.columns.forEach((c, i) => (c.width = opts.widths?.(i) ?? 24));
  for (const i of opts.textColumns ?? []) ws.getColumn(i + 1).numFmt = '@';
  if (opts.help) {
    const help = wb.addWorksheet('Hướng dẫn');
    help.addRow(['Cột', 'Cách điền']).font = { bold: true };
    for (const line of opts.help) help.addRow(line);
    help.getColumn(1).width = 24;
    help.getColumn(2).width = 100;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type DownloadFormat = SheetFormat | 'pdf';

// One list with the OpenAPI document, which names these types for each download.
export const CONTENT_TYPES: Record<DownloadFormat, string> = DOWNLOAD_CONTENT_TYPES;

/** "báo-cáo" + pdf → "báo-cáo.pdf"; a name that already ends with the extension is kept. */
export function withExtension(name: string, format: DownloadFormat): string {
  return name.toLowerCase().endsWith(`.${format}`) ? name : `${name}.${format}`;
}

/** "Biểu 01 – Sở Nội vụ.xlsx" → "Bieu 01 - So Noi vu.xlsx", for clients that ignore filename*. */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

/** Content-Type, and a Content-Disposition with an ASCII name plus filename*=UTF-8''… */
export function setDownloadHeaders(res: Response, fileName: string, format: DownloadFormat): void {
  const name = withExtension(fileName.normalize('NFC'), format);
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', contentDisposition(name, { fallback: asciiFileName(name) }));
}

/**
 * Sends a file as an attachment, from memory or streamed (a finished export job). A client that
 * goes away mid-stream only ends its own transfer.
 */
export async function sendFile(
  res: Response,
  body: Buffer | Readable,
  fileName: string,
  format: DownloadFormat,
): Promise<void> {
  setDownloadHeaders(res, fileName, format);
  if (Buffer.isBuffer(body)) {
    res.send(body);
    return;
  }
  try {
    await pipeline(body, res);
  } catch {
    body.destroy();
    res.destroy();
  }
}

/** Sends a built spreadsheet as an attachment. */
export function sendSpreadsheet(
  res: Response,
  buf: Buffer,
  name: string,
  format: SheetFormat,
): void {
  setDownloadHeaders(res, name, format);
  res.send(buf);
}
