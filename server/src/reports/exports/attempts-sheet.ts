import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { stringify } from 'csv-stringify';
import type { ReportScope } from '@cchc/contracts';
import { safeCell } from '../../common/spreadsheet.js';
import {
  ATTEMPT_DEFINITIONS,
  footerLines,
  minutesSeconds,
  viDateTimeSeconds,
  vnWallClock,
} from './export-format.js';
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
import {
  XLSX_STYLE,
  XlsxSheetWriter,
  type XlsxCell,
  type XlsxStyle,
} from '../../common/xlsx-stream.js';

/** One submitted attempt, as the audit list (Biểu 03) shows it. */
export interface AttemptAuditRow {
  attemptId: string;
  fullName: string;
  phoneMasked: string | null;
  unitName: string;
  contestTitle: string;
  roundTitle: string;
  attemptNo: number;
  status: 'submitted' | 'expired';
  startedAt: Date;
  submittedAt: Date;
  durationMs: number;
  correctCount: number;
  total: number;
  prediction: number | null;
  clientIp: string | null;
  deviceHash: string | null;
}

export interface AttemptsExportOptions {
  scope: ReportScope;
  /** Rows written so far; called every 1,000 rows and once at the end. */
  onProgress?(n: number): void;
  /** "Xuất lúc"; default: now. */
  exportedAt?: Date;
  /** The issuing unit's header and signatures (.xlsx only; .csv stays a plain list). */
  form?: DocForm;
}

/** Rows between progress reports. */
export const ATTEMPTS_PROGRESS_EVERY = 1000;
/** Rows between yields to the event loop while writing .csv. */
const YIELD_EVERY = 250;
/** The same for .xlsx (xlsx-stream.ts): 1,000 rows take ~10 ms of CPU. */
const XLSX_YIELD_EVERY = 1000;

const STATUS: Record<AttemptAuditRow['status'], string> = {
  submitted: 'Đã nộp',
  expired: 'Hết giờ – tự nộp',
};

const DATE_FMT = 'dd/mm/yyyy hh:mm:ss';

export const ATTEMPT_COLUMNS: { header: string; width: number; numFmt?: string }[] = [
  { header: 'STT', width: 8 },
  { header: 'Họ và tên', width: 26 },
  { header: 'Số điện thoại', width: 14 },
  { header: 'Đơn vị', width: 30 },
  { header: 'Cuộc thi', width: 30 },
  { header: 'Đợt thi', width: 18 },
  { header: 'Lượt', width: 6 },
  { header: 'Trạng thái', width: 16 },
  { header: 'Bắt đầu', width: 19, numFmt: DATE_FMT },
  { header: 'Nộp bài', width: 19, numFmt: DATE_FMT },
  { header: 'Thời gian làm bài (mm:ss)', width: 12 },
  { header: 'Số câu đúng', width: 9 },
  { header: 'Tổng số câu', width: 9 },
  { header: 'Dự đoán', width: 10 },
  { header: 'IP', width: 16 },
  { header: 'Thiết bị', width: 18 },
  { header: 'Mã bài thi', width: 38 },
];

const text = (v: string | null) => (v === null ? null : safeCell(v));

/**
 * Đơn vị, Cuộc thi, Đợt thi, Trạng thái, Thời gian: few distinct texts, repeated on every row.
 * In .xlsx they are stored once (shared strings), which makes the sheet ~20% smaller to build
 * and compress.
 */
const SHARED_COLUMNS = new Set([3, 4, 5, 7, 10]);

function titleLines(scope: ReportScope): string[] {
  return [
    'BIỂU 03. DANH SÁCH BÀI THI',
    scope.unitName,
    ...(scope.contestTitle
      ? [`Cuộc thi: ${scope.contestTitle}${scope.roundTitle ? ` – ${scope.roundTitle}` : ''}`]
      : []),
    scope.label,
  ];
}

function footer(opts: AttemptsExportOptions, rows: number): string[] {
  return [
    `Tổng số bài thi: ${rows}`,
    ...footerLines(ATTEMPT_DEFINITIONS, {
      cutoff: opts.scope.cutoff,
      unitName: opts.scope.unitName,
      exportedAt: opts.exportedAt ?? new Date(),
    }),
  ];
}

const FORM_STYLE: Record<FormTextStyle, XlsxStyle> = {
  regular: XLSX_STYLE.formRegular,
  bold: XLSX_STYLE.formBold,
  italic: XLSX_STYLE.formItalic,
};
const WIDTHS = ATTEMPT_COLUMNS.map((c) => c.width);

/**
 * Writes one row of form text: each block's text in its first column, merged over the block,
 * and rule edges where `rules` says. Returns nothing: the writer keeps count of rows.
 */
function formRow(
  ws: XlsxSheetWriter,
  blocks: { span: ColumnSpan; text: string; style: FormTextStyle }[],
  rules: ColumnSpan[],
  minHeight: number,
): void {
  const cells: XlsxCell[] = [];
  const style: XlsxStyle[] = WIDTHS.map(() => XLSX_STYLE.normal);
  let height = minHeight;
  for (const b of blocks) {
    cells[b.span.from - 1] = safeCell(b.text);
    style[b.span.from - 1] = FORM_STYLE[b.style];
    const chars = WIDTHS.slice(b.span.from - 1, b.span.to).reduce((a, w) => a + w, 0);
    height = Math.max(height, formTextHeight(b.text, chars));
  }
  for (const r of rules) for (let c = r.from; c <= r.to; c++) style[c - 1] = XLSX_STYLE.rule;
  ws.addRow(cells, { style, height });
  const row = ws.rowCount;
  for (const b of blocks) ws.merge(row, b.span.from, row, b.span.to);
}

/** The form's header (Nghị định 30 layout, as renderXlsx writes it), then one blank row. */
function writeFormHeader(ws: XlsxSheetWriter, form: DocForm): void {
  const cols = formColumns(WIDTHS);
  const { left, right } = headerStacks(form);
  for (let i = 0; i < headerRowCount(form); i++) {
    const blocks: Parameters<typeof formRow>[1] = [];
    const rules: ColumnSpan[] = [];
    for (const [item, span, rule] of [
      [left[i], cols.left, cols.leftRule],
      [right[i], cols.right, cols.rightRule],
    ] as const) {
      if (item?.kind === 'text') blocks.push({ span, text: item.text, style: item.style });
      else if (item?.kind === 'rule') rules.push(rule);
    }
    formRow(ws, blocks, rules, 6);
  }
  ws.skipRows();
}

/** The signatures: the last rows of the sheet. */
function writeSignatures(ws: XlsxSheetWriter, form: DocForm): void {
  const cols = formColumns(WIDTHS);
  const sides = [
    [signatureLines(form.preparer), cols.left],
    [signatureLines(form.signer), cols.right],
  ] as const;
  for (let i = 0; i < 4; i++) {
    const blocks = sides.flatMap(([lines, span]) => {
      const line = lines[i];
      return line ? [{ span, text: line.text, style: line.style }] : [];
    });
    formRow(ws, blocks, [], blocks.length ? 0 : SHEET_SIGN_SPACE);
  }
}

/** A stream that buffers writes: Node's, or the readable-stream v2 copies inside archiver. */
type Sink = Pick<Writable, 'on' | 'off'> & {
  writableNeedDrain?: boolean;
  _writableState?: { needDrain?: boolean };
};

/** Waits until `s` has room again; rejects if it fails or closes first. */
function drained(s: Sink): Promise<void> {
  if (!(s.writableNeedDrain ?? s._writableState?.needDrain)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      s.off('drain', onDrain);
      s.off('error', done);
      s.off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('stream closed before it drained'));
    s.on('drain', onDrain);
    s.on('error', done);
    s.on('close', onClose);
  });
}

/**
 * Every few hundred rows, let other requests run and wait while the reader is behind, so
 * 200,000 rows neither block the server (live rounds share it) nor pile up in memory.
 */
async function pace(n: number, opts: AttemptsExportOptions, sinks: Sink[]): Promise<void> {
  if (n % ATTEMPTS_PROGRESS_EVERY === 0) opts.onProgress?.(n);
  if (n % YIELD_EVERY !== 0) return;
  await yieldToEventLoop();
  for (const s of sinks) await drained(s);
}

/** Biểu 03 as .xlsx, streamed: rows leave memory in ~256 KB chunks of XML. Ends `out`. */
export async function writeAttemptsXlsx(
  rows: AsyncIterable<AttemptAuditRow>,
  out: Writable,
  opts: AttemptsExportOptions,
): Promise<{ rows: number }> {
  const title = titleLines(opts.scope);
  // The form's header rows and a blank one, the title lines and a blank one, then the header.
  const headerRow = (opts.form ? headerRowCount(opts.form) + 1 : 0) + title.length + 2;
  const exportedAt = opts.exportedAt ?? new Date();
  const dataRow = {
    style: ATTEMPT_COLUMNS.map((c): XlsxStyle =>
      c.numFmt ? XLSX_STYLE.dateTime : XLSX_STYLE.normal,
    ),
  };
  let n = 0;
  try {
    const ws = await XlsxSheetWriter.open(out, {
      sheetName: 'Biểu 03',
      columns: ATTEMPT_COLUMNS.map((c, i) => ({ width: c.width, shared: SHARED_COLUMNS.has(i) })),
      frozenRows: headerRow,
      autoFilterRow: headerRow,
      creator: 'Hội thi CCHC',
      created: exportedAt,
      zipTime: vnWallClock(exportedAt),
      oddFooter: '&RTrang &P/&N',
      printTitleRows: { from: headerRow, to: headerRow },
    });
    if (opts.form) writeFormHeader(ws, opts.form);
    title.forEach((line, i) => {
      ws.addRow([safeCell(line)], {
        style: i === 0 ? XLSX_STYLE.titleCentered : XLSX_STYLE.centered,
        height: i === 0 ? 22 : undefined,
      });
      ws.merge(ws.rowCount, 1, ws.rowCount, ATTEMPT_COLUMNS.length);
    });
    ws.skipRows();
    ws.addRow(
      ATTEMPT_COLUMNS.map((c) => safeCell(c.header)),
      { style: XLSX_STYLE.header, height: 32 },
    );
    for await (const r of rows) {
      n++;
      ws.addRow(
        [
          n,
          text(r.fullName),
          text(r.phoneMasked),
          text(r.unitName),
          text(r.contestTitle),
          text(r.roundTitle),
          r.attemptNo,
          STATUS[r.status],
          vnWallClock(r.startedAt),
          vnWallClock(r.submittedAt),
          minutesSeconds(r.durationMs),
          r.correctCount,
          r.total,
          r.prediction,
          text(r.clientIp),
          text(r.deviceHash),
          r.attemptId,
        ],
        dataRow,
      );
      if (n % ATTEMPTS_PROGRESS_EVERY === 0) opts.onProgress?.(n);
      // Backpressure applies here, once per ~256 KB of XML; the yield lets other work run when
      // this runs on the main thread.
      if (ws.needsFlush) await ws.flush();
      if (n % XLSX_YIELD_EVERY === 0) await yieldToEventLoop();
    }
    ws.skipRows();
    footer(opts, n).forEach((line, i) =>
      ws.addRow([safeCell(line)], { style: i === 1 ? XLSX_STYLE.boldItalic : XLSX_STYLE.normal }),
    );
    if (opts.form) {
      ws.skipRows();
      writeSignatures(ws, opts.form);
    }
    await ws.finish();
  } catch (err) {
    // A half-written file must not look complete: the reader sees the transfer fail.
    out.destroy();
    throw err;
  }
  opts.onProgress?.(n);
  return { rows: n };
}

/** Biểu 03 as .csv (UTF-8, BOM first), streamed with backpressure. Ends `out`. */
export async function writeAttemptsCsv(
  rows: AsyncIterable<AttemptAuditRow>,
  out: Writable,
  opts: AttemptsExportOptions,
): Promise<{ rows: number }> {
  const csv = stringify({ bom: true });
  const piped = pipeline(csv, out);
  const write = async (record: (string | number | null)[]) => {
    if (!csv.write(record)) await drained(csv);
  };
  let n = 0;
  try {
    for (const line of titleLines(opts.scope)) await write([safeCell(line)]);
    await write([]);
    await write(ATTEMPT_COLUMNS.map((c) => safeCell(c.header)));
    for await (const r of rows) {
      n++;
      await write([
        n,
        safeCell(r.fullName),
        safeCell(r.phoneMasked),
        safeCell(r.unitName),
        safeCell(r.contestTitle),
        safeCell(r.roundTitle),
        r.attemptNo,
        STATUS[r.status],
        viDateTimeSeconds(r.startedAt),
        viDateTimeSeconds(r.submittedAt),
        minutesSeconds(r.durationMs),
        r.correctCount,
        r.total,
        r.prediction ?? '',
        safeCell(r.clientIp),
        safeCell(r.deviceHash),
        r.attemptId,
      ]);
      await pace(n, opts, [csv]);
    }
    await write([]);
    for (const line of footer(opts, n)) await write([safeCell(line)]);
    csv.end();
  } catch (err) {
    csv.destroy(err as Error);
    await piped.catch(() => undefined);
    throw err;
  }
  await piped;
  opts.onProgress?.(n);
  return { rows: n };
}
