// A minimal streaming .xlsx writer: one worksheet, inline strings (shared ones for columns that
// ask), a fixed table of styles. Rows become XML by plain string concatenation and leave memory
// in ~256 KB chunks, deflated as they go (zip-stream.ts). Made for long lists (200,000 rows of
// Biểu 03, a province's login slips): ~3.5× less CPU than exceljs's streaming writer
// (tests/load/xlsx-writer.mjs), with the destination's backpressure honoured. It sits in common
// because the org layer (users' login slips) writes with it too, and reports sit above it.
import type { Writable } from 'node:stream';
import { ZipWriter, type ZipEntry } from './zip-stream.js';

/** The cell formats every workbook carries (indexes into cellXfs). */
export const XLSX_STYLE = {
  normal: 0,
  /** Bold, 14 pt: a sheet's title. */
  title: 1,
  bold: 2,
  boldItalic: 3,
  /** Bold, wrapped, centred both ways: a table header. */
  header: 4,
  /** dd/mm/yyyy hh:mm:ss; the default for Date cells. */
  dateTime: 5,
  /** 12 pt, centred and wrapped: the lines of an official form (cơ quan chủ quản). */
  formRegular: 6,
  /** The same in bold: the issuing unit, quốc hiệu, tiêu ngữ, signature titles and names. */
  formBold: 7,
  /** The same in italics: the place and date, "(Ký, ghi rõ họ tên)". */
  formItalic: 8,
  /** A thin black top edge: the short rule under the unit and under the tiêu ngữ. */
  rule: 9,
  /** Bold, 14 pt, centred and wrapped: a form's title across the sheet. */
  titleCentered: 10,
  /** Centred and wrapped: the lines under a form's title. */
  centered: 11,
} as const;
export type XlsxStyle = (typeof XLSX_STYLE)[keyof typeof XLSX_STYLE];

/**
 * A cell: text, a number, or a Date written as an Excel serial date from its UTC fields (Excel
 * dates carry no zone: pass the wall-clock time as a "UTC" Date). null, undefined, '' and
 * non-finite numbers leave the cell empty.
 */
export type XlsxCell = string | number | Date | null | undefined;

export interface XlsxSheetOptions {
  /** 1–31 characters, none of []:*?/\ */
  sheetName: string;
  /**
   * From column A: width in characters; `shared` for columns whose texts repeat (a unit, a
   * status): they are stored once, in the shared-strings table, and each cell holds an index.
   * The table is capped (MAX_SHARED); texts beyond it are written inline.
   */
  columns: readonly { width?: number; shared?: boolean }[];
  /** Rows kept in view above the frozen pane (e.g. the header row's number); default none. */
  frozenRows?: number;
  /** The row (1-based) that carries the autofilter, across every column; default none. */
  autoFilterRow?: number;
  /** Document properties: author. */
  creator?: string;
  /** Document properties: creation time. Default: now. */
  created?: Date;
  /**
   * Time stamped on the zip entries, which carry no zone: its UTC fields are written (pass the
   * local wall-clock time as a "UTC" Date). Default: `created`.
   */
  zipTime?: Date;
  /** Page footer in Excel's codes, e.g. '&RTrang &P/&N'. */
  oddFooter?: string;
  /** Rows (1-based, inclusive) printed again at the top of every page: a table's header. */
  printTitleRows?: { from: number; to: number };
}

export interface XlsxRowOptions {
  /** One style for the whole row (its empty cells too), or one per cell. */
  style?: XlsxStyle | readonly XlsxStyle[];
  /** Height in points. */
  height?: number;
}

const MAX_ROWS = 1_048_576;
/**
 * Merged ranges are kept until the sheet ends (Excel wants them after the rows): a form's
 * header and signatures use a few dozen, so this cap only stops a runaway caller.
 */
const MAX_MERGES = 10_000;
/** Shared-strings table cap: distinct texts, and their total length (bounds memory). */
const MAX_SHARED = 65_536;
const MAX_SHARED_CHARS = 4_000_000;
const MAX_TEXT = 32_767;
/**
 * Row XML is encoded into buffers of this size, one row at a time (encoding one short string at
 * a time is ~3× faster than one long concatenation), and a full buffer goes to the zip.
 */
const BUFFER_BYTES = 256 * 1024;
const EXCEL_EPOCH_DAYS = 25_569; // 1970-01-01 as an Excel (1900-system) serial date
const DAY_MS = 86_400_000;

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A, B, …, Z, AA, … for a 0-based column index. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/** Anything that needs more than copying: markup, characters XML 1.0 forbids, _xHHHH_. */
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"\u0000-\u001f\ud800-\udfff\ufffe\uffff]|_x[0-9a-fA-F]{4}_/;
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;', // a bare CR would be read back as LF
};

/** Text content and attribute values: escaped, with characters XML 1.0 forbids removed. */
export function xmlEscape(s: string): string {
  return NEEDS_WORK.test(s) ? rework(s) : s;
}

function rework(s: string): string {
  return (
    s
      .replace(INVALID_XML, '')
      // Excel reads _x0041_ as "A" in cell text; _x005F_ keeps the underscore literal.
      .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
      .replace(/[&<>"\r]/g, (c) => ENTITY[c]!)
  );
}

/** `<t>…</t>` of an inline or shared string, spaces kept where Excel would drop them. */
function textElement(s: string): string {
  let text = s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
  let preserve = false;
  if (NEEDS_WORK.test(text)) {
    text = rework(text);
    preserve = /[\t\n]|&#13;/.test(text);
  }
  if (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) preserve = true;
  return preserve ? '<t xml:space="preserve">' + text + '</t>' : '<t>' + text + '</t>';
}

function assertSheetName(name: string): void {
  if (name.length < 1 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new Error(`xlsx: invalid sheet name ${JSON.stringify(name)}`);
  }
}

const w3cdtf = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function contentTypes(): string {
  const part = (name: string, type: string) =>
    `<Override PartName="${name}" ContentType="application/vnd.openxmlformats-${type}"/>`;
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    part('/xl/workbook.xml', 'officedocument.spreadsheetml.sheet.main+xml') +
    part('/xl/worksheets/sheet1.xml', 'officedocument.spreadsheetml.worksheet+xml') +
    part('/xl/styles.xml', 'officedocument.spreadsheetml.styles+xml') +
    part('/xl/sharedStrings.xml', 'officedocument.spreadsheetml.sharedStrings+xml') +
    part('/docProps/core.xml', 'package.core-properties+xml') +
    part('/docProps/app.xml', 'officedocument.extended-properties+xml') +
    '</Types>'
  );
}

function rootRels(): string {
  const rel = (id: number, type: string, target: string) =>
    `<Relationship Id="rId${id}" Type="${type}" Target="${target}"/>`;
  return (
    XML_DECL +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    rel(1, `${NS_REL}/officeDocument`, 'xl/workbook.xml') +
    rel(2, `${NS_PKG_REL}/metadata/core-properties`, 'docProps/core.xml') +
    rel(3, `${NS_REL}/extended-properties`, 'docProps/app.xml') +
    '</Relationships>'
  );
}

function coreProps(creator: string, created: Date): string {
  const at = w3cdtf(created);
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlEscape(creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${xmlEscape(creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appProps(sheetName: string): string {
  return (
    XML_DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity>' +
    '<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant">' +
    '<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>' +
    '</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr">' +
    `<vt:lpstr>${xmlEscape(sheetName)}</vt:lpstr></vt:vector></TitlesOfParts>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>' +
    '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}

function workbook(
  sheetName: string,
  filterRange: string | null,
  printTitles: { from: number; to: number } | undefined,
): string {
  // The autofilter's range and the rows printed on every page, as Excel itself records them:
  // names local to the sheet.
  const quoted = xmlEscape(`'${sheetName.replaceAll("'", "''")}'`);
  const defined =
    (filterRange
      ? '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">' +
        `${quoted}!${filterRange}</definedName>`
      : '') +
    (printTitles
      ? '<definedName name="_xlnm.Print_Titles" localSheetId="0">' +
        `${quoted}!$${printTitles.from}:$${printTitles.to}</definedName>`
      : '');
  const names = defined ? `<definedNames>${defined}</definedNames>` : '';
  return (
    XML_DECL +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<workbookPr/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
    `<sheets><sheet name="${xmlEscape(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
    names +
    '<calcPr calcId="191029"/></workbook>'
  );
}

function workbookRels(): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${NS_REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId3" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>'
  );
}

const CENTRED = '<alignment horizontal="center" vertical="center" wrapText="1"/>';

/** Fonts and cellXfs in the order of XLSX_STYLE. */
function styles(): string {
  const font = (extra: string, size = 11) =>
    `<font>${extra}<sz val="${size}"/><name val="Calibri"/><family val="2"/></font>`;
  const xf = (attrs: string, body = '') =>
    `<xf numFmtId="0" fillId="0" borderId="0" xfId="0" ${attrs}${body ? `>${body}</xf>` : '/>'}`;
  return (
    XML_DECL +
    `<styleSheet xmlns="${NS_MAIN}">` +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm:ss"/></numFmts>' +
    '<fonts count="7">' +
    font('') +
    font('<b/>', 14) +
    font('<b/>') +
    font('<b/><i/>') +
    font('', 12) +
    font('<b/>', 12) +
    font('<i/>', 12) +
    '</fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
    '<fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
    '<border><left/><right/><top style="thin"><color rgb="FF000000"/></top><bottom/><diagonal/></border>' +
    '</borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${Object.keys(XLSX_STYLE).length}">` +
    xf('fontId="0"') +
    xf('fontId="1" applyFont="1"') +
    xf('fontId="2" applyFont="1"') +
    xf('fontId="3" applyFont="1"') +
    xf(
      'fontId="2" applyFont="1" applyAlignment="1"',
      '<alignment horizontal="center" vertical="center" wrapText="1"/>',
    ) +
    xf('fontId="0" applyNumberFormat="1"').replace('numFmtId="0"', 'numFmtId="164"') +
    xf('fontId="4" applyFont="1" applyAlignment="1"', CENTRED) +
    xf('fontId="5" applyFont="1" applyAlignment="1"', CENTRED) +
    xf('fontId="6" applyFont="1" applyAlignment="1"', CENTRED) +
    xf('fontId="0" applyBorder="1"').replace('borderId="0"', 'borderId="1"') +
    xf('fontId="1" applyFont="1" applyAlignment="1"', CENTRED) +
    xf('fontId="0" applyAlignment="1"', CENTRED) +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" ' +
    'defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
  );
}

/** What follows `<c r="B7"` for each style: an inline string, a shared one, a number. */
const STYLE_ATTR = Object.values(XLSX_STYLE).map((s) => (s ? ` s="${s}"` : ''));
const OPEN_INLINE = STYLE_ATTR.map((a) => a + ' t="inlineStr"><is>');
const OPEN_SHARED = STYLE_ATTR.map((a) => a + ' t="s"><v>');
const OPEN_VALUE = STYLE_ATTR.map((a) => a + '><v>');

/**
 * Writes one worksheet, row after row, laid out for print on A4 landscape, one page wide.
 * `addRow` only appends to a buffer; when `needsFlush` turns true, `await flush()` hands the
 * buffer to the zip and waits for the destination. Call `finish()` at the end: it ends `out`.
 * On failure the caller decides what becomes of `out`.
 */
export class XlsxSheetWriter {
  private buf = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  /** Filled buffers waiting for flush(). */
  private full: Buffer[] = [];
  private row = 0;
  /** '<c r="A', '<c r="B', …: a cell's opening up to its row number. */
  private readonly cellOpen: string[];
  private readonly shared: boolean[];
  /** Shared texts → index, in order of first use; references to them. */
  private readonly sst = new Map<string, number>();
  private sstChars = 0;
  private sstRefs = 0;
  /** Merged ranges ("A1:E1"), written after the rows. */
  private readonly merges: string[] = [];
  private readonly autoFilter: string;
  private readonly pageTail: string;

  private constructor(
    private readonly zip: ZipWriter,
    private readonly entry: ZipEntry,
    opts: XlsxSheetOptions,
  ) {
    this.cellOpen = opts.columns.map((_, i) => `<c r="${columnLetter(i)}`);
    this.shared = opts.columns.map((c) => c.shared === true);
    const footer = opts.oddFooter
      ? `<headerFooter><oddFooter>${xmlEscape(opts.oddFooter)}</oddFooter></headerFooter>`
      : '';
    this.autoFilter = opts.autoFilterRow ? `<autoFilter ref="${filterRef(opts, '')}"/>` : '';
    this.pageTail =
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
      footer +
      '</worksheet>';
    this.put(sheetHead(opts));
  }

  /** Writes the workbook's fixed parts and opens the sheet. */
  static async open(out: Writable, opts: XlsxSheetOptions): Promise<XlsxSheetWriter> {
    assertSheetName(opts.sheetName);
    const created = opts.created ?? new Date();
    const zip = new ZipWriter(out, { modified: opts.zipTime ?? created });
    await zip.addFile('[Content_Types].xml', contentTypes());
    await zip.addFile('_rels/.rels', rootRels());
    await zip.addFile('docProps/core.xml', coreProps(opts.creator ?? '', created));
    await zip.addFile('docProps/app.xml', appProps(opts.sheetName));
    await zip.addFile(
      'xl/workbook.xml',
      workbook(
        opts.sheetName,
        opts.autoFilterRow ? filterRef(opts, '$') : null,
        opts.printTitleRows,
      ),
    );
    await zip.addFile('xl/_rels/workbook.xml.rels', workbookRels());
    await zip.addFile('xl/styles.xml', styles());
    const entry = await zip.openEntry('xl/worksheets/sheet1.xml');
    return new XlsxSheetWriter(zip, entry, opts);
  }

  /** The number of the last row written (or skipped). */
  get rowCount(): number {
    return this.row;
  }

  /** True once a buffer of rows (~256 KB) is full: the caller should `await flush()`. */
  get needsFlush(): boolean {
    return this.full.length > 0;
  }

  /** Merges a range of cells (1-based, inclusive); its first cell holds the text. */
  merge(fromRow: number, fromCol: number, toRow: number, toCol: number): void {
    if (this.merges.length >= MAX_MERGES) throw new Error('xlsx: too many merged ranges');
    if (fromRow < 1 || fromCol < 1 || toRow < fromRow || toCol < fromCol)
      throw new Error('xlsx: invalid merged range');
    if (fromRow === toRow && fromCol === toCol) return;
    this.merges.push(`${columnLetter(fromCol - 1)}${fromRow}:${columnLetter(toCol - 1)}${toRow}`);
  }

  /** Leaves `n` rows empty. */
  skipRows(n = 1): void {
    this.row += n;
    if (this.row > MAX_ROWS) throw new Error('xlsx: more than 1,048,576 rows');
  }

  /** Appends a row after the last one. Synchronous: see `needsFlush`. */
  addRow(cells: readonly XlsxCell[], opts: XlsxRowOptions = {}): void {
    const r = ++this.row;
    if (r > MAX_ROWS) throw new Error('xlsx: more than 1,048,576 rows');
    const { style = 0, height } = opts;
    const perCell = typeof style !== 'number';
    const rq = r + '"'; // closes a cell's r="A7"
    let x = '<row r="' + rq;
    if (height !== undefined) x += ` ht="${height}" customHeight="1"`;
    if (!perCell && style !== 0) x += ` s="${style}" customFormat="1"`;
    x += '>';
    const n = Math.min(
      perCell ? Math.max(cells.length, style.length) : cells.length,
      this.cellOpen.length,
    );
    for (let i = 0; i < n; i++) {
      const v = cells[i];
      const s = perCell ? (style[i] ?? 0) : style;
      if (v === null || v === undefined || v === '') {
        // An empty cell is written only to carry its own style (a rule's edge).
        if (perCell && s !== 0) x += this.cellOpen[i]! + rq + STYLE_ATTR[s]! + '/>';
        continue;
      }
      if (typeof v === 'string') {
        const k = this.shared[i] ? this.sharedIndex(v) : undefined;
        if (k === undefined) {
          x += this.cellOpen[i]! + rq + OPEN_INLINE[s]! + textElement(v) + '</is></c>';
        } else {
          x += this.cellOpen[i]! + rq + OPEN_SHARED[s]! + k + '</v></c>';
        }
      } else if (typeof v === 'number') {
        if (!Number.isFinite(v)) continue;
        x += this.cellOpen[i]! + rq + OPEN_VALUE[s]! + v + '</v></c>';
      } else {
        const ms = v.getTime();
        if (Number.isNaN(ms)) continue;
        const ds = s === 0 ? XLSX_STYLE.dateTime : s;
        x +=
          this.cellOpen[i]! + rq + OPEN_VALUE[ds]! + (ms / DAY_MS + EXCEL_EPOCH_DAYS) + '</v></c>';
      }
    }
    this.put(x + '</row>');
  }

  /** Hands the buffered rows to the zip; resolves when the destination has room. */
  async flush(): Promise<void> {
    this.retire();
    const full = this.full;
    this.full = [];
    for (const b of full) await this.entry.write(b);
  }

  /** Closes the sheet and the archive, and ends `out`. */
  async finish(): Promise<void> {
    // Element order is the schema's: sheetData, autoFilter, mergeCells, pageMargins, …
    const merged = this.merges.length
      ? `<mergeCells count="${this.merges.length}">` +
        this.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('') +
        '</mergeCells>'
      : '';
    this.put('</sheetData>' + this.autoFilter + merged + this.pageTail);
    await this.flush();
    await this.entry.end();
    // After the sheet, once every text is known: readers find parts by name, not by order.
    const sst = await this.zip.openEntry('xl/sharedStrings.xml');
    let x =
      XML_DECL + `<sst xmlns="${NS_MAIN}" count="${this.sstRefs}" uniqueCount="${this.sst.size}">`;
    for (const text of this.sst.keys()) {
      x += '<si>' + textElement(text) + '</si>';
      if (x.length >= BUFFER_BYTES) {
        await sst.write(x);
        x = '';
      }
    }
    await sst.write(x + '</sst>');
    await sst.end();
    await this.zip.finish();
  }

  /** The text's index in the shared-strings table; undefined once the table is full. */
  private sharedIndex(text: string): number | undefined {
    let k = this.sst.get(text);
    if (k === undefined && this.sst.size < MAX_SHARED && this.sstChars < MAX_SHARED_CHARS) {
      k = this.sst.size;
      this.sst.set(text, k);
      this.sstChars += text.length;
    }
    if (k !== undefined) this.sstRefs++;
    return k;
  }

  private put(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (this.used + s.length * 3 > this.buf.length) {
      this.retire();
      if (s.length * 3 > this.buf.length) {
        this.full.push(Buffer.from(s, 'utf8'));
        return;
      }
    }
    this.used += this.buf.write(s, this.used, 'utf8');
  }

  /** Moves the current buffer, if it holds anything, to `full`. */
  private retire(): void {
    if (this.used === 0) return;
    this.full.push(this.buf.subarray(0, this.used));
    this.buf = Buffer.allocUnsafe(BUFFER_BYTES);
    this.used = 0;
  }
}

/** "A6:Q6", or "$A$6:$Q$6" with `abs` = '$'. */
function filterRef(opts: XlsxSheetOptions, abs: '' | '$'): string {
  const h = opts.autoFilterRow!;
  const last = columnLetter(Math.max(opts.columns.length, 1) - 1);
  return `${abs}A${abs}${h}:${abs}${last}${abs}${h}`;
}

function sheetHead(opts: XlsxSheetOptions): string {
  const frozen = opts.frozenRows ?? 0;
  const view =
    frozen > 0
      ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
      : '';
  const cols = opts.columns
    .map((c, i) =>
      c.width === undefined
        ? ''
        : `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`,
    )
    .join('');
  // Element order is the schema's: sheetPr, sheetViews, sheetFormatPr, cols, sheetData, …
  return (
    XML_DECL +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0">${view}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>'
  );
}
