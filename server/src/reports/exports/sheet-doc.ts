import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { ExportFormat } from '@cchc/contracts';
import { registerPdfFonts } from '../../common/pdf-fonts.js';
import { safeCell } from '../../common/spreadsheet.js';
import { percent1, round2, viText } from './export-format.js';
import {
  formColumns,
  formTextHeight,
  headerRowCount,
  headerStacks,
  SHEET_SIGN_SPACE,
  signatureLines,
  type ColumnSpan,
  type DocForm,
  type FormTextStyle,
} from './official-form.js';

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
  /**
   * The official form around the report: header (issuing unit, quốc hiệu, place and date) in
   * the first rows, signatures in the last. Printed in .xlsx and PDF; .csv stays a plain table.
   */
  form?: DocForm;
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

/** Tables up to this width (in Excel characters) fit an A4 page upright. */
const PORTRAIT_MAX_WIDTH = 110;

/** A4 upright when the widest table fits, else on its side. */
export function docOrientation(doc: SheetDoc): 'portrait' | 'landscape' {
  const widest = Math.max(0, ...tables(doc).map((t) => t.columns.reduce((a, c) => a + c.width, 0)));
  return widest > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait';
}

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

/** A4, fitted to one page wide, page numbers at the bottom. */
export function printReady(
  ws: ExcelJS.Worksheet,
  orientation: 'portrait' | 'landscape' = 'landscape',
): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation,
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

/** Lines of the form's header and signatures: 12 pt, as in a typed administrative document. */
const FORM_FONT_SIZE = 12;
const RULE_EDGE = { style: 'thin' as const, color: { argb: 'FF000000' } };

function formFont(style: FormTextStyle): Partial<ExcelJS.Font> {
  return {
    size: FORM_FONT_SIZE,
    bold: style === 'bold',
    italic: style === 'italic',
  };
}

const spanWidth = (widths: readonly number[], s: ColumnSpan) =>
  widths.slice(s.from - 1, s.to).reduce((a, b) => a + b, 0);

/** One line of the form in a block of columns (merged), centred; returns the height it needs. */
function formText(
  ws: ExcelJS.Worksheet,
  r: number,
  span: ColumnSpan,
  widths: readonly number[],
  text: string,
  style: FormTextStyle,
): number {
  const cell = ws.getRow(r).getCell(span.from);
  cell.value = safeCell(text);
  cell.font = formFont(style);
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (span.to > span.from) ws.mergeCells(r, span.from, r, span.to);
  return formTextHeight(text, spanWidth(widths, span));
}

/** Rows 1…: cơ quan chủ quản and unit at the left, quốc hiệu, tiêu ngữ and date at the right. */
function writeFormHeader(ws: ExcelJS.Worksheet, form: DocForm, widths: readonly number[]): number {
  const cols = formColumns(widths);
  const { left, right } = headerStacks(form);
  const rows = headerRowCount(form);
  for (let i = 0; i < rows; i++) {
    const r = i + 1;
    let height = 0;
    for (const [item, span, rule] of [
      [left[i], cols.left, cols.leftRule],
      [right[i], cols.right, cols.rightRule],
    ] as const) {
      if (!item) continue;
      if (item.kind === 'rule') {
        // The top edge of the row under a line of text: a short rule right under it.
        for (let c = rule.from; c <= rule.to; c++)
          ws.getRow(r).getCell(c).border = { top: RULE_EDGE };
      } else {
        height = Math.max(height, formText(ws, r, span, widths, item.text, item.style));
      }
    }
    ws.getRow(r).height = height || 6;
  }
  return rows + 2;
}

/** The signatures, from row `start`: the last rows of the sheet. */
function writeSignatures(
  ws: ExcelJS.Worksheet,
  form: DocForm,
  widths: readonly number[],
  start: number,
): void {
  const cols = formColumns(widths);
  const sides = [
    [signatureLines(form.preparer), cols.left],
    [signatureLines(form.signer), cols.right],
  ] as const;
  for (let i = 0; i < 4; i++) {
    let height = 0;
    for (const [lines, span] of sides) {
      const line = lines[i];
      if (line)
        height = Math.max(height, formText(ws, start + i, span, widths, line.text, line.style));
    }
    ws.getRow(start + i).height = height || SHEET_SIGN_SPACE;
  }
}

export async function renderXlsx(doc: SheetDoc): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hội thi CCHC';
  wb.created = doc.exportedAt;
  const ws = wb.addWorksheet(doc.sheetName);
  printReady(ws, docOrientation(doc));
  const all = tables(doc);
  // The form's header has a left and a right block: two columns at least.
  const ncols = Math.max(doc.form ? 2 : 1, ...all.map((t) => t.columns.length));
  for (let i = 0; i < ncols; i++) {
    ws.getColumn(i + 1).width = Math.max(...all.map((t) => t.columns[i]?.width ?? 0), 8);
  }
  const widths = Array.from({ length: ncols }, (_, i) => ws.getColumn(i + 1).width ?? 8);
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  let r = doc.form ? writeFormHeader(ws, doc.form, widths) : 1;
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
  if (doc.form) writeSignatures(ws, doc.form, widths, r + 1);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------- pdf

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

const MM = 72 / 25.4;
/**
 * Page margins. Upright pages follow Nghị định 30 (left 30 mm for binding, right 15 mm, top and
 * bottom 20 mm); pages on their side keep 15–20 mm so a wide table stays readable.
 */
const PDF_MARGINS = {
  portrait: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM },
  landscape: { top: 15 * MM, bottom: 17 * MM, left: 20 * MM, right: 15 * MM },
};
const FORM_PDF_SIZE = 10.5;
/** Room to sign and stamp between a signature's note and the name. */
const PDF_SIGN_SPACE = 56;
/** Space above the signatures. */
const SIGN_GAP = 12;
/** The header's left block (the units) takes this share of the width; quốc hiệu the rest. */
const FORM_LEFT_SHARE = 0.42;

/** The form's header at the top of the first page; the cursor ends under it. */
function drawFormHeader(pdf: Pdf, form: DocForm): void {
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const lw = width * FORM_LEFT_SHARE;
  const top = pdf.y;
  const stack = (items: ReturnType<typeof headerStacks>['left'], x: number, w: number) => {
    let y = top;
    let above = 0;
    for (const item of items) {
      if (item.kind === 'rule') {
        const len = above * item.share;
        const cx = x + w / 2;
        y += 1.5;
        pdf
          .moveTo(cx - len / 2, y)
          .lineTo(cx + len / 2, y)
          .lineWidth(0.6)
          .strokeColor('black')
          .stroke();
        y += 6;
        continue;
      }
      pdf.font(item.style).fontSize(FORM_PDF_SIZE).fillColor('black');
      const text = item.text.normalize('NFC');
      pdf.text(text, x, y, { width: w, align: 'center' });
      y += pdf.heightOfString(text, { width: w });
      above = Math.min(w, Math.max(...text.split('\n').map((l) => pdf.widthOfString(l))));
    }
    return y;
  };
  const { left: ls, right: rs } = headerStacks(form);
  const end = Math.max(stack(ls, left, lw), stack(rs, left + lw, width - lw));
  pdf.x = left;
  pdf.y = end + 12;
}

/** The signatures' columns and the height of each of their lines (the taller side's). */
function signatureLayout(pdf: Pdf, form: DocForm) {
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const lw = width * FORM_LEFT_SHARE;
  const sides = [
    { lines: signatureLines(form.preparer), x: left, w: lw },
    { lines: signatureLines(form.signer), x: left + lw, w: width - lw },
  ];
  // Each line is as tall as the taller side's, so both columns stay level.
  const heights = [0, 1, 2, 3].map((i) =>
    Math.max(
      ...sides.map(({ lines, w }) => {
        const line = lines[i];
        if (!line) return PDF_SIGN_SPACE;
        pdf.font(line.style).fontSize(FORM_PDF_SIZE);
        return pdf.heightOfString(line.text.normalize('NFC'), { width: w });
      }),
    ),
  );
  return { sides, heights, total: SIGN_GAP + heights.reduce((a, b) => a + b, 0) };
}

/** The signatures under what precedes them; names level with each other. */
function drawSignatures(pdf: Pdf, form: DocForm): void {
  const { sides, heights, total } = signatureLayout(pdf, form);
  if (pdf.y + total > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  let y = pdf.y + SIGN_GAP;
  heights.forEach((h, i) => {
    for (const { lines, x, w } of sides) {
      const line = lines[i];
      if (!line) continue;
      pdf.font(line.style).fontSize(FORM_PDF_SIZE).fillColor('black');
      pdf.text(line.text.normalize('NFC'), x, y, { width: w, align: 'center' });
    }
    y += h;
  });
  pdf.x = pdf.page.margins.left;
  pdf.y = y;
}

/**
 * Print-ready PDF on A4 (on its side when the table is wide): the form's header, the title
 * block, tables whose header repeats on each page, the definitions, the signatures, "Trang x/y".
 */
export function renderPdf(doc: SheetDoc): Promise<Buffer> {
  const orientation = docOrientation(doc);
  const pdf = new PDFDocument({
    size: 'A4',
    layout: orientation,
    margins: PDF_MARGINS[orientation],
    bufferPages: true,
    info: { Title: doc.title, Creator: 'Hội thi CCHC', CreationDate: doc.exportedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  registerPdfFonts(pdf);
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

  if (doc.form) drawFormHeader(pdf, doc.form);
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

  // The footer stays together on the last page, so the definitions are read with the totals;
  // the signatures stay with it: a page holding nothing but signatures would sign nothing.
  pdf.font('regular').fontSize(8);
  const footerHeight = doc.footer.reduce(
    (h, l) => h + pdf.heightOfString(l.normalize('NFC'), { width }) + 1,
    8,
  );
  const signatures = doc.form ? signatureLayout(pdf, doc.form).total : 0;
  if (pdf.y + footerHeight + signatures > bottomLimit()) pdf.addPage();
  pdf.y += 8;
  doc.footer.forEach((l, i) => {
    pdf.font(i === 0 ? 'bold' : 'regular').fontSize(8);
    pdf.fillColor('black').text(l.normalize('NFC'), left, pdf.y, { width });
    pdf.y += 1;
  });
  if (doc.form) drawSignatures(pdf, doc.form);

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
