// Login slips: what a focal person prints and hands to each colleague whose account was made from
// the staff list — name, unit, username, the one-time activation code, and how to use it — as an
// A4 PDF (10 slips a page, cut along the dashed lines) and as an .xlsx of the same rows for mail
// merge. Pure renderers: they receive the plain codes once, at issue time (only their hashes are
// stored), and write to the caller's stream.
//
// They live with the accounts (org layer), not in reports/exports: the callers (the staff-list
// accounts of rosters, the re-issued codes of users) sit below reports and may not import it.
//
// Memory stays flat for a province (10,000 slips, tests/load/slips.mjs): slips are read from an
// iterable one page at a time, each QR code is drawn as vector runs straight into the page (no
// image is kept), every finished page leaves pdfkit at once, and the destination's backpressure
// is honoured for both files.
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { registerPdfFonts } from '../common/pdf-fonts.js';
import { safeCell } from '../common/spreadsheet.js';
import { XLSX_STYLE, XlsxSheetWriter } from '../common/xlsx-stream.js';

export interface LoginSlip {
  fullName: string;
  unitName: string;
  /** The normalised phone, or the CCCD where there is no phone. */
  username: string;
  /** The one-time activation code, in plain text: printed, never stored. */
  code: string;
  expiresAt: Date;
}

export interface LoginSlipsOptions {
  /** The site's public origin (config/public-url.ts: PUBLIC_URL or the request's address). */
  origin: string;
  /** The unit handing the slips out, as printed ("UBND phường Mộ Lao"). */
  issuingUnit: string;
  issuedAt: Date;
  /** Called after each page (PDF) or each buffer of rows (.xlsx) with the slips written so far. */
  onProgress?: (written: number) => void;
}

export type LoginSlips = Iterable<LoginSlip> | AsyncIterable<LoginSlip>;

/** The activation page, with the username filled in. The code is never in a link or a QR code. */
export function activationUrl(origin: string, username: string): string {
  return `${activationAddress(origin)}?u=${encodeURIComponent(username)}`;
}

/** The address printed for people who type it: the activation page. */
export function activationAddress(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/activate`;
}

/** "ABCD EFGH": groups of four are read aloud and typed without losing one's place. */
export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join(' ') ?? '';
}

/** Vietnam keeps UTC+7 all year. */
const VN_OFFSET_MS = 7 * 3_600_000;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy in Vietnam time. */
function vnDate(d: Date): string {
  const w = new Date(d.getTime() + VN_OFFSET_MS);
  return `${pad2(w.getUTCDate())}/${pad2(w.getUTCMonth() + 1)}/${w.getUTCFullYear()}`;
}

/** "17:30 ngày 17/12/2026" in Vietnam time. */
export function slipValidity(d: Date): string {
  const w = new Date(d.getTime() + VN_OFFSET_MS);
  return `${pad2(w.getUTCHours())}:${pad2(w.getUTCMinutes())} ngày ${vnDate(d)}`;
}

export const SLIP_STEPS = [
  '1. Mở địa chỉ',
  'hoặc quét mã QR;',
  '2. Nhập tên đăng nhập và mã kích hoạt;',
  '3. Đặt mật khẩu mới của bạn.',
] as const;

/** Slips one page at a time; `size` of them at most in memory. */
async function* pages(slips: LoginSlips, size: number): AsyncGenerator<LoginSlip[]> {
  let page: LoginSlip[] = [];
  for await (const s of slips) {
    page.push(s);
    if (page.length === size) {
      yield page;
      page = [];
    }
  }
  if (page.length) yield page;
}

// ---------------------------------------------------------------- QR

/**
 * The dark modules of the activation URL's QR code as horizontal runs [row, col, length], in
 * modules. Error correction M: a slip folded in a pocket still scans.
 */
export function qrRuns(text: string): { size: number; runs: [number, number, number][] } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const runs: [number, number, number][] = [];
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!modules.get(r, c)) {
        c++;
        continue;
      }
      const from = c;
      while (c < n && modules.get(r, c)) c++;
      runs.push([r, from, c - from]);
    }
  }
  return { size: n, runs };
}

// ---------------------------------------------------------------- PDF

type Pdf = PDFKit.PDFDocument;

const MM = 72 / 25.4;
const A4 = { width: 595.28, height: 841.89 };
const COLS = 2;
const ROWS = 5;
export const SLIPS_PER_PAGE = COLS * ROWS;
/** Room around the grid: most office printers do not print the last 4–5 mm of a sheet. */
const MARGIN = 10 * MM;
const CELL_W = (A4.width - 2 * MARGIN) / COLS;
const CELL_H = (A4.height - 2 * MARGIN) / ROWS;
const PAD = 8;
const INNER_W = CELL_W - 2 * PAD;
const QR_SIZE = 76;
const LEFT_W = INNER_W - QR_SIZE - 8;
/** Courier is built into every PDF reader, and usernames and codes are plain ASCII. */
const MONO = 'Courier-Bold';
const GREY = '#555555';
const ACCENT = '#1F4E8C';
/** The PDF reader's text buffer stays below this before the next page is drawn. */
const PDF_HIGH_WATER = 256 * 1024;

/** One line of text, shrunk down to `min` points, then cut with an ellipsis, to fit `width`. */
function fitLine(
  pdf: Pdf,
  text: string,
  x: number,
  y: number,
  width: number,
  font: string,
  size: number,
  min: number,
): void {
  pdf.font(font).fontSize(size);
  let s = size;
  while (s > min && pdf.widthOfString(text) > width) pdf.fontSize((s -= 0.5));
  pdf.text(text, x, y, { width, height: s * 1.2, ellipsis: true, lineBreak: false });
}

/** Where a label's value starts. */
const VALUE_X = 58;
// Courier carries only Latin-1: a username with other letters (an e-mail) is set in DejaVu.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * A label and its value on one baseline ("Mã kích hoạt:  ABCD EFGH"); a long value (an e-mail as
 * username) is set smaller, down to 6 pt, rather than run into the QR code.
 */
function labelled(
  pdf: Pdf,
  label: string,
  value: string,
  x: number,
  baseline: number,
  valueSize: number,
): void {
  pdf
    .font('regular')
    .fontSize(7)
    .fillColor(GREY)
    .text(label, x, baseline, { baseline: 'alphabetic', lineBreak: false });
  const width = LEFT_W - VALUE_X;
  pdf.font(PRINTABLE_ASCII.test(value) ? MONO : 'bold').fontSize(valueSize);
  for (let s = valueSize; s > 6 && pdf.widthOfString(value) > width;) pdf.fontSize((s -= 0.5));
  pdf.fillColor('black').text(value, x + VALUE_X, baseline, {
    baseline: 'alphabetic',
    width,
    height: valueSize * 1.2,
    ellipsis: true,
    lineBreak: false,
  });
}

function drawSlip(pdf: Pdf, slip: LoginSlip, x0: number, y0: number, o: LoginSlipsOptions): void {
  const x = x0 + PAD;
  let y = y0 + PAD;
  pdf
    .font('bold')
    .fontSize(7.5)
    .fillColor(ACCENT)
    .text('PHIẾU ĐĂNG NHẬP HỘI THI CCHC', x, y, { width: LEFT_W, lineBreak: false });
  y += 11;
  pdf.fillColor('black');
  fitLine(pdf, slip.fullName.normalize('NFC'), x, y, LEFT_W, 'bold', 11.5, 7);
  y += 15;
  pdf
    .font('regular')
    .fontSize(7.5)
    .fillColor(GREY)
    .text(slip.unitName.normalize('NFC'), x, y, { width: LEFT_W, height: 19, ellipsis: true });
  y += 21;
  labelled(pdf, 'Tên đăng nhập:', slip.username, x, y + 9, 11);
  y += 14;
  labelled(pdf, 'Mã kích hoạt:', groupCode(slip.code), x, y + 14, 17);
  y += 20;
  pdf
    .font('regular')
    .fontSize(7.5)
    .fillColor('black')
    .text('Dùng được đến ', x, y, { continued: true, lineBreak: false })
    .font('bold')
    .text(slipValidity(slip.expiresAt), { lineBreak: false });

  // The QR code, top right: the activation page with the username filled in (never the code).
  const qx = x0 + CELL_W - PAD - QR_SIZE;
  const qy = y0 + PAD;
  const { size, runs } = qrRuns(activationUrl(o.origin, slip.username));
  const m = QR_SIZE / size;
  for (const [r, c, len] of runs) pdf.rect(qx + c * m, qy + r * m, len * m, m);
  pdf.fillColor('black').fill();
  pdf
    .font('regular')
    .fontSize(5.5)
    .fillColor(GREY)
    .text('Quét mã để mở trang kích hoạt', qx - 4, qy + QR_SIZE + 3, {
      width: QR_SIZE + 8,
      align: 'center',
      lineBreak: false,
    });

  // The three steps, across the whole slip.
  y = y0 + 104;
  const step = { width: INNER_W, lineGap: 0.5 };
  pdf
    .font('regular')
    .fontSize(7)
    .fillColor('black')
    .text(`${SLIP_STEPS[0]} `, x, y, { ...step, continued: true })
    .font('bold')
    .text(activationAddress(o.origin), { continued: true })
    .font('regular')
    .text(` ${SLIP_STEPS[1]}`)
    .text(SLIP_STEPS[2], step)
    .text(SLIP_STEPS[3], step);
  pdf
    .font('italic')
    .fontSize(5.8)
    .fillColor(GREY)
    .text(
      // The warning first: a long unit name is what the ellipsis may cut.
      'Mã chỉ dùng một lần, không đưa cho người khác. ' +
        `Cấp ngày ${vnDate(o.issuedAt)}, ${o.issuingUnit.normalize('NFC')}`,
      x,
      y0 + CELL_H - PAD - 7,
      { width: INNER_W, height: 8, ellipsis: true, lineBreak: false },
    );
}

/** Dashed cut lines around the slips of a page (a last, short page: around its slips only). */
function drawCutLines(pdf: Pdf, count: number): void {
  const rows = Math.ceil(count / COLS);
  // An odd count leaves the last row's right-hand slip out.
  const short = count % COLS === 1;
  const xAt = (c: number) => MARGIN + c * CELL_W;
  const yAt = (r: number) => MARGIN + r * CELL_H;
  pdf.save().lineWidth(0.5).strokeColor('#888888').dash(4, { space: 3 });
  for (let r = 0; r <= rows; r++) {
    pdf.moveTo(xAt(0), yAt(r)).lineTo(xAt(r === rows && short ? 1 : COLS), yAt(r));
  }
  for (let c = 0; c <= COLS; c++) {
    pdf.moveTo(xAt(c), yAt(0)).lineTo(xAt(c), yAt(c === COLS && short ? rows - 1 : rows));
  }
  pdf.stroke().undash().restore();
}

/** Waits while the PDF's unread output is large: the destination is slower than the drawing. */
async function room(pdf: Readable, out: Writable): Promise<void> {
  while (pdf.readableLength > PDF_HIGH_WATER && !pdf.destroyed) {
    if (out.writableNeedDrain) await once(out, 'drain');
    else await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * The slips as an A4 PDF, 10 a page (2 × 5, dashed cut lines), written to `out` (which it ends).
 * Resolves with the counts once `out` has taken everything.
 */
export async function writeLoginSlipsPdf(
  slips: LoginSlips,
  out: Writable,
  opts: LoginSlipsOptions,
): Promise<{ slips: number; pages: number }> {
  const pdf = new PDFDocument({
    size: 'A4',
    // Everything is placed by coordinates: no margin can push text onto a page of its own.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    info: {
      Title: `Phiếu đăng nhập – ${opts.issuingUnit.normalize('NFC')}`,
      Creator: 'Hội thi CCHC',
      CreationDate: opts.issuedAt,
    },
  });
  registerPdfFonts(pdf);
  const written = pipeline(pdf, out);
  // Awaited below; until then a failing destination must not count as an unhandled rejection.
  written.catch(() => undefined);
  let count = 0;
  let pageNo = 0;
  try {
    for await (const page of pages(slips, SLIPS_PER_PAGE)) {
      if (pageNo++ > 0) pdf.addPage();
      pdf
        .font('regular')
        .fontSize(7)
        .fillColor(GREY)
        .text(
          `Phiếu đăng nhập · ${opts.issuingUnit.normalize('NFC')} · cấp ngày ${vnDate(opts.issuedAt)}` +
            ' · cắt theo đường nét đứt, trao tận tay từng người',
          MARGIN,
          MARGIN / 2 - 3,
          { width: A4.width - 2 * MARGIN - 60, lineBreak: false, ellipsis: true },
        )
        .text(`Trang ${pageNo}`, A4.width - MARGIN - 60, MARGIN / 2 - 3, {
          width: 60,
          align: 'right',
          lineBreak: false,
        });
      page.forEach((slip, i) => {
        drawSlip(
          pdf,
          slip,
          MARGIN + (i % COLS) * CELL_W,
          MARGIN + Math.floor(i / COLS) * CELL_H,
          opts,
        );
      });
      drawCutLines(pdf, page.length);
      count += page.length;
      opts.onProgress?.(count);
      await room(pdf, out);
      if (pdf.destroyed) break; // the destination failed: `written` says why
    }
    if (pageNo === 0) {
      pageNo = 1;
      pdf
        .font('regular')
        .fontSize(11)
        .fillColor('black')
        .text('Không có phiếu nào.', MARGIN, MARGIN);
    }
    pdf.end();
  } catch (e) {
    pdf.destroy(e as Error);
  }
  await written;
  return { slips: count, pages: pageNo };
}

// ---------------------------------------------------------------- xlsx

export const SLIP_XLSX_HEADER = [
  'Họ và tên',
  'Đơn vị',
  'Tên đăng nhập',
  'Mã kích hoạt',
  'Hạn dùng',
  'Địa chỉ đăng nhập',
] as const;

/**
 * The same slips as an .xlsx for mail merge: the header in row 1 (Word's merge fields), one row
 * a person, every value as text (a phone keeps its leading zero, the date reads as printed).
 * The address is the person's own activation link, username filled in.
 */
export async function writeLoginSlipsXlsx(
  slips: LoginSlips,
  out: Writable,
  opts: LoginSlipsOptions,
): Promise<{ rows: number }> {
  const ws = await XlsxSheetWriter.open(out, {
    sheetName: 'Phiếu đăng nhập',
    columns: [
      { width: 28 },
      { width: 36, shared: true },
      { width: 16 },
      { width: 14 },
      { width: 20, shared: true },
      { width: 48 },
    ],
    frozenRows: 1,
    autoFilterRow: 1,
    creator: 'Hội thi CCHC',
    created: opts.issuedAt,
  });
  ws.addRow([...SLIP_XLSX_HEADER], { style: XLSX_STYLE.header, height: 20 });
  let rows = 0;
  for await (const s of slips) {
    ws.addRow([
      safeCell(s.fullName.normalize('NFC')),
      safeCell(s.unitName.normalize('NFC')),
      safeCell(s.username),
      safeCell(s.code),
      slipValidity(s.expiresAt),
      activationUrl(opts.origin, s.username),
    ]);
    rows++;
    if (ws.needsFlush) {
      await ws.flush();
      opts.onProgress?.(rows);
    }
  }
  await ws.finish();
  opts.onProgress?.(rows);
  return { rows };
}
