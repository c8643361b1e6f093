import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { ExportFormat } from '@cchc/contracts';
import { safeCell } from '../../common/spreadsheet.js';
import { percent1, round2, viText } from './export-format.js';

/**
 * One report laid out once (title block, tables, footer) and rendered three ways: .xlsx for
 * work, .csv for other tools, PDF for signing and filing. Spreadsheet text always goes through
 * safeCell, so a unit called "=HYPERLINK(…)" is shown, never run.
 */
export type DocCell = string | number | null;

/** percent: a 0–1 rate; score: two decimals. */
export type ColumnFormat = 'text' | 'int' | 'percent' | 'score';

export interface DocColumn {
  header: string;
  /** Columns next to each other with the same group share a header cell above theirs. */
  group?: string;
  /** Width in Excel characters; PDF columns take the same proportions. */
  width: number;
  format: ColumnFormat;
  /** Rows indent this column by their `indent` (unit depth). */
  indented?: boolean;
}

export interface DocRow {
  cells: DocCell[];
  indent?: number;
  bold?: boolean;
  /** Column indexes to highlight (a rate over 100%). */
  warn?: number[];
}

export interface DocTable {
  columns: DocColumn[];
  rows: DocRow[];
  /** The main table: its header is frozen and repeated on each printed page. */
  main?: boolean;
}

export type DocBlock =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'blank' }
  | { kind: 'table'; table: DocTable };

export interface SheetDoc {
  sheetName: string;
  /** PDF document title. */
  title: string;
  blocks: DocBlock[];
  footer: string[];
  /** Printed at the bottom left of each PDF page, beside "Trang x/y". */
  running?: string;
  exportedAt: Date;
}

const INDENT_PREFIX = '— ';

function plainNumber(v: number, format: ColumnFormat): number {
  switch (format) {
    case 'percent':
      return percent1(v)!;
    case 'score':
      return round2(v)!;
    case 'int':
    case 'text':
      return v;
  }
}

function paperText(v: DocCell, format: ColumnFormat): string {
  if (v === null) return '';
  if (typeof v === 'string') return v.normalize('NFC');
  switch (format) {
    case 'percent':
      return viText.percent(v);
    case 'score':
      return viText.decimal2(v);
    case 'int':
      return viText.int(v);
    case 'text':
      return String(v);
  }
}

const tables = (doc: SheetDoc) => doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));

// ---------------------------------------------------------------- csv

/** UTF-8 with BOM (Excel then reads Vietnamese right); percents as numbers, "87.5" for 87,5%. */
export function renderCsv(doc: SheetDoc): Buffer {
  const rows: (string | number)[][] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'title':
      case 'subtitle':
      case 'heading':
      case 'text':
        rows.push([safeCell(b.text)]);
        break;
      case 'blank':
        rows.push([]);
        break;
      case 'table':
        rows.push(b.table.columns.map((c) => safeCell(c.header)));
        for (const r of b.table.rows) {
          rows.push(
            r.cells.map((v, i) => {
              const col = b.table.columns[i]!;
              if (v === null) return '';
              if (typeof v === 'number') return plainNumber(v, col.format);
              return safeCell(col.indented && r.indent ? INDENT_PREFIX.repeat(r.indent) + v : v);
            }),
          );
        }
        break;
    }
  }
  rows.push([]);
  for (const line of doc.footer) rows.push([safeCell(line)]);
  return Buffer.from(stringify(rows, { bom: true }));
}

// ---------------------------------------------------------------- xlsx

const NUM_FMT: Record<ColumnFormat, string | undefined> = {
  text: undefined,
  int: '#,##0',
  percent: '0.0%',
  score: '0.00',
};
const THIN = { style: 'thin' as const, color: { argb: 'FF9E9E9E' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF7' },
};
export const WARN_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFD7D2' },
};

/** A4 landscape, fitted to one page wide, page numbers at the bottom. */
export function printReady(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: '&RTrang &P/&N' };
}

/** Excel does not grow merged rows to fit wrapped text: estimate the lines instead. */
function wrappedHeight(text: string, widthChars: number, lineHeight = 15): number {
  const lines = text
    .split('\n')
    .reduce((n, l) => n + Math.max(1, Math.ceil((l.length * 1.05) / widthChars)), 0);
  return Math.max(1, lines) * lineHeight;
}

function writeHeader(ws: ExcelJS.Worksheet, columns: DocColumn[], start: number): number {
  const grouped = columns.some((c) => c.group);
  const top = ws.getRow(start);
  const bottom = grouped ? ws.getRow(start + 1) : top;
  columns.forEach((c, i) => {
    const col = i + 1;
    if (!grouped || !c.group) {
      top.getCell(col).value = safeCell(c.header);
      if (grouped) ws.mergeCells(start, col, start + 1, col);
    } else {
      bottom.getCell(col).value = safeCell(c.header);
      if (columns[i - 1]?.group !== c.group) {
        let end = i;
        while (columns[end + 1]?.group === c.group) end++;
        top.getCell(col).value = safeCell(c.group);
        if (end > i) ws.mergeCells(start, col, start, end + 1);
      }
    }
  });
  for (const row of grouped ? [top, bottom] : [top]) {
    for (let col = 1; col <= columns.length; col++) {
      const cell = row.getCell(col);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  const longest = Math.max(
    ...columns.map((c) => wrappedHeight(c.header, c.width) / (grouped && !c.group ? 2 : 1)),
  );
  top.height = Math.max(20, longest);
  if (grouped) bottom.height = Math.max(20, longest);
  return grouped ? start + 1 : start;
}

export async function renderXlsx(doc: SheetDoc): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hội thi CCHC';
  wb.created = doc.exportedAt;
  const ws = wb.addWorksheet(doc.sheetName);
  printReady(ws);
  const all = tables(doc);
  const ncols = Math.max(1, ...all.map((t) => t.columns.length));
  for (let i = 0; i < ncols; i++) {
    ws.getColumn(i + 1).width = Math.max(...all.map((t) => t.columns[i]?.width ?? 0), 8);
  }
  const totalWidth = Array.from({ length: ncols }, (_, i) => ws.getColumn(i + 1).width ?? 8).reduce(
    (a, b) => a + b,
    0,
  );
  let r = 1;
  const line = (text: string, style: 'title' | 'subtitle' | 'heading' | 'text') => {
    const row = ws.getRow(r);
    const cell = row.getCell(1);
    cell.value = safeCell(text);
    ws.mergeCells(r, 1, r, ncols);
    const centered = style === 'title' || style === 'subtitle';
    cell.alignment = {
      horizontal: centered ? 'center' : 'left',
      vertical: 'middle',
      wrapText: true,
    };
    if (style === 'title') cell.font = { bold: true, size: 14 };
    if (style === 'heading') cell.font = { bold: true, size: 12 };
    row.height = Math.max(style === 'title' ? 22 : 15, wrappedHeight(text, totalWidth));
    r++;
  };
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'title':
      case 'subtitle':
      case 'heading':
      case 'text':
        line(b.text, b.kind);
        break;
      case 'blank':
        r++;
        break;
      case 'table': {
        const { columns, rows, main } = b.table;
        const headerStart = r;
        const headerEnd = writeHeader(ws, columns, r);
        if (main) {
          ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerEnd }];
          ws.pageSetup.printTitlesRow = `${headerStart}:${headerEnd}`;
        }
        r = headerEnd + 1;
        for (const dr of rows) {
          const row = ws.getRow(r);
          dr.cells.forEach((v, i) => {
            const col = columns[i]!;
            const cell = row.getCell(i + 1);
            cell.value = typeof v === 'string' ? safeCell(v) : v;
            cell.border = BORDER;
            const fmt = NUM_FMT[col.format];
            if (fmt) cell.numFmt = fmt;
            cell.alignment = {
              vertical: 'middle',
              wrapText: col.format === 'text',
              ...(col.indented && dr.indent ? { indent: dr.indent } : {}),
            };
            if (dr.bold) cell.font = { bold: true };
            if (dr.warn?.includes(i)) {
              cell.fill = WARN_FILL;
              cell.font = { bold: true, color: { argb: 'FFB71C1C' } };
            }
          });
          r++;
        }
        break;
      }
    }
  }
  r++;
  doc.footer.forEach((text, i) => {
    line(text, 'text');
    if (i === 0) ws.getRow(r - 1).getCell(1).font = { bold: true, italic: true };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------- pdf

// Resolved from the package root: tsc does not copy assets, and src/ and dist/ sit at the same
// depth below server/, so this works for vitest (src) and `node server/dist/main.js` alike.
const FONT_DIR = new URL('../../../assets/fonts/', import.meta.url);
export const PDF_FONTS = {
  regular: fileURLToPath(new URL('DejaVuSansCondensed.ttf', FONT_DIR)),
  bold: fileURLToPath(new URL('DejaVuSansCondensed-Bold.ttf', FONT_DIR)),
};

let fontData: { regular: Buffer; bold: Buffer } | null = null;
/** Read once: a font is ~700 KB and every PDF embeds a subset of it. */
function pdfFonts(): { regular: Buffer; bold: Buffer } {
  fontData ??= { regular: readFileSync(PDF_FONTS.regular), bold: readFileSync(PDF_FONTS.bold) };
  return fontData;
}

const PAD = 3;
const BODY_SIZE = 8;
const PDF_WARN = '#FFD7D2';
const PDF_HEADER = '#E8EEF7';
const PDF_LINE = '#9E9E9E';

type Pdf = PDFKit.PDFDocument;

function drawTable(pdf: Pdf, table: DocTable): void {
  const left = pdf.page.margins.left;
  const contentWidth = pdf.page.width - left - pdf.page.margins.right;
  const bottomLimit = () => pdf.page.height - pdf.page.margins.bottom;
  const { columns } = table;
  const scale = contentWidth / columns.reduce((a, c) => a + c.width, 0);
  const widths = columns.map((c) => c.width * scale);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const grouped = columns.some((c) => c.group);

  pdf.fontSize(BODY_SIZE);
  const textHeight = (text: string, width: number) =>
    text ? pdf.heightOfString(text, { width: Math.max(4, width - 2 * PAD) }) : 0;

  // Header geometry: grouped columns get a shared cell above their own; the others span both.
  pdf.font('bold');
  const spans: { text: string; from: number; to: number }[] = [];
  columns.forEach((c, i) => {
    if (c.group && columns[i - 1]?.group !== c.group) {
      let end = i;
      while (columns[end + 1]?.group === c.group) end++;
      spans.push({ text: c.group, from: i, to: end });
    }
  });
  const spanWidth = (s: { from: number; to: number }) =>
    widths.slice(s.from, s.to + 1).reduce((a, b) => a + b, 0);
  const h1 = grouped
    ? Math.max(...spans.map((s) => textHeight(s.text, spanWidth(s)))) + 2 * PAD
    : 0;
  let h2 = Math.max(
    ...columns.map((c, i) => (grouped && !c.group ? 0 : textHeight(c.header, widths[i]!))),
  );
  h2 += 2 * PAD;
  const tallest = Math.max(
    ...columns.map((c, i) => (c.group ? 0 : textHeight(c.header, widths[i]!) + 2 * PAD)),
  );
  if (tallest > h1 + h2) h2 = tallest - h1;
  const headerHeight = h1 + h2;

  const cell = (
    text: string,
    x: number,
    y: number,
    w: number,
    h: number,
    o: { align?: 'left' | 'right' | 'center'; fill?: string; indent?: number; valign?: boolean },
  ) => {
    if (o.fill) pdf.rect(x, y, w, h).fill(o.fill);
    pdf.rect(x, y, w, h).lineWidth(0.5).strokeColor(PDF_LINE).stroke();
    if (!text) return;
    const indent = o.indent ?? 0;
    const tw = Math.max(4, w - 2 * PAD - indent);
    const ty = o.valign ? y + (h - pdf.heightOfString(text, { width: tw })) / 2 : y + PAD;
    pdf
      .fillColor('black')
      .text(text, x + PAD + indent, ty, { width: tw, align: o.align ?? 'left' });
  };

  const drawHeader = (y: number) => {
    pdf.font('bold').fontSize(BODY_SIZE);
    columns.forEach((c, i) => {
      if (grouped && c.group) {
        cell(c.header, xs[i]!, y + h1, widths[i]!, h2, {
          align: 'center',
          fill: PDF_HEADER,
          valign: true,
        });
      } else {
        cell(c.header, xs[i]!, y, widths[i]!, headerHeight, {
          align: 'center',
          fill: PDF_HEADER,
          valign: true,
        });
      }
    });
    for (const s of spans) {
      cell(s.text, xs[s.from]!, y, spanWidth(s), h1, {
        align: 'center',
        fill: PDF_HEADER,
        valign: true,
      });
    }
    return y + headerHeight;
  };

  if (pdf.y + headerHeight + 20 > bottomLimit()) pdf.addPage();
  let y = drawHeader(pdf.y);
  for (const row of table.rows) {
    pdf.font(row.bold ? 'bold' : 'regular').fontSize(BODY_SIZE);
    const texts = row.cells.map((v, i) => paperText(v, columns[i]!.format));
    const indents = columns.map((c) => (c.indented && row.indent ? row.indent * 8 : 0));
    const h =
      Math.max(...texts.map((t, i) => textHeight(t, widths[i]! - indents[i]!)), BODY_SIZE) +
      2 * PAD;
    if (y + h > bottomLimit()) {
      pdf.addPage();
      y = drawHeader(pdf.page.margins.top);
      pdf.font(row.bold ? 'bold' : 'regular').fontSize(BODY_SIZE);
    }
    texts.forEach((t, i) => {
      cell(t, xs[i]!, y, widths[i]!, h, {
        align: columns[i]!.format === 'text' ? 'left' : 'right',
        fill: row.warn?.includes(i) ? PDF_WARN : undefined,
        indent: indents[i],
      });
    });
    y += h;
  }
  pdf.x = left;
  pdf.y = y + 6;
}

/** Print-ready PDF: A4 landscape, header repeated on each page, "Trang x/y", footer at the end. */
export function renderPdf(doc: SheetDoc): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 32, bottom: 40, left: 30, right: 30 },
    bufferPages: true,
    info: { Title: doc.title, Creator: 'Hội thi CCHC', CreationDate: doc.exportedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const fonts = pdfFonts();
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const bottomLimit = () => pdf.page.height - pdf.page.margins.bottom;
  const paragraph = (
    text: string,
    o: { font: 'regular' | 'bold'; size: number; align: 'left' | 'center'; gap?: number },
  ) => {
    pdf.font(o.font).fontSize(o.size);
    const t = text.normalize('NFC');
    if (pdf.y + pdf.heightOfString(t, { width }) > bottomLimit()) pdf.addPage();
    pdf.fillColor('black').text(t, left, pdf.y, { width, align: o.align });
    pdf.y += o.gap ?? 2;
  };

  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'title':
        paragraph(b.text, { font: 'bold', size: 13, align: 'center', gap: 4 });
        break;
      case 'subtitle':
        paragraph(b.text, { font: 'regular', size: 10, align: 'center' });
        break;
      case 'heading':
        paragraph(b.text, { font: 'bold', size: 10, align: 'left', gap: 4 });
        break;
      case 'text':
        paragraph(b.text, { font: 'regular', size: 9, align: 'left' });
        break;
      case 'blank':
        pdf.y += 8;
        break;
      case 'table':
        drawTable(pdf, b.table);
        break;
    }
  }

  // The footer stays together on the last page, so the definitions are read with the totals.
  pdf.font('regular').fontSize(8);
  const footerHeight = doc.footer.reduce(
    (h, l) => h + pdf.heightOfString(l.normalize('NFC'), { width }) + 1,
    8,
  );
  if (pdf.y + footerHeight > bottomLimit()) pdf.addPage();
  pdf.y += 8;
  doc.footer.forEach((l, i) => {
    pdf.font(i === 0 ? 'bold' : 'regular').fontSize(8);
    pdf.fillColor('black').text(l.normalize('NFC'), left, pdf.y, { width });
    pdf.y += 1;
  });

  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    // Writing inside the bottom margin would make pdfkit open a new page.
    pdf.page.margins.bottom = 0;
    const y = pdf.page.height - 26;
    pdf.font('regular').fontSize(7.5).fillColor('#555555');
    if (doc.running) {
      pdf.text(doc.running.normalize('NFC'), left, y, {
        width: width - 80,
        lineBreak: false,
        ellipsis: true,
      });
    }
    pdf.text(`Trang ${i - range.start + 1}/${range.count}`, left + width - 80, y, {
      width: 80,
      align: 'right',
      lineBreak: false,
    });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}

/** A laid-out report as a file of the chosen format. */
export function renderDoc(doc: SheetDoc, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'csv':
      return Promise.resolve(renderCsv(doc));
    case 'pdf':
      return renderPdf(doc);
    case 'xlsx':
      return renderXlsx(doc);
  }
}
