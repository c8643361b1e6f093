import { once } from 'node:events';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

export async function xlsx(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đơn vị');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readXlsx(buf: Buffer | ArrayBuffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow((row) =>
    out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
  );
  return out;
}

export function upload(
  name: string,
  content: Buffer | string,
  type = 'application/octet-stream',
): FormData {
  const form = new FormData();
  form.append(
    'file',
    new Blob([new Uint8Array(typeof content === 'string' ? Buffer.from(content) : content)], {
      type,
    }),
    name,
  );
  return form;
}

interface ZipPart {
  name: string;
  /** Raw deflate data. */
  body: Buffer;
  crc: number;
  /** Inflated size. */
  size: number;
}

function deflated(name: string, text: string): ZipPart {
  const data = Buffer.from(text);
  return { name, body: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/**
 * A zip written by hand: every part with its local header and a directory record, then an
 * end-of-central-directory record that claims `claimedEntries` entries (the truth by default).
 */
function handZip(parts: ZipPart[], claimedEntries = parts.length): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.body.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(p.crc, 16);
    record.writeUInt32LE(p.body.length, 20);
    record.writeUInt32LE(p.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    locals.push(local, name, p.body);
    central.push(record, name);
    offset += local.length + name.length + p.body.length;
  }
  const directory = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(claimedEntries, 8);
  eocd.writeUInt16LE(claimedEntries, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, eocd]);
}

/** A real zip whose single entry inflates to `size` bytes of zeros: a zip bomb in miniature. */
export function zipBomb(size = 80 * 1024 * 1024): Buffer {
  const data = Buffer.alloc(size);
  const name = 'xl/worksheets/sheet1.xml';
  return handZip([{ name, body: deflateRawSync(data, { level: 9 }), crc: crc32(data), size }]);
}

const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A part deflated as a stream from `chunks`, so its inflated text is never held whole. */
async function streamed(name: string, chunks: Iterable<string | Buffer>): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    crc = crc32(buf, crc);
    size += buf.length;
    if (!deflate.write(buf)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return { name, body: Buffer.concat(out), crc, size };
}

const XML = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * The audit's bomb: an .xlsx whose end-of-central-directory record says it holds 0 entries, while
 * its shared strings inflate to `inflatedMb` MB (~1.5 MB on the wire for 400 MB).
 */
export async function lyingDirectoryBomb(inflatedMb = 400): Promise<Buffer> {
  const item = '<si><t>Sở Nội vụ tỉnh Đồng Nai</t></si>';
  const piece = Buffer.from(item.repeat(Math.floor((1024 * 1024) / Buffer.byteLength(item))));
  const strings = await streamed('xl/sharedStrings.xml', [
    `${XML}<sst xmlns="${SHEET_NS}">`,
    ...Array<Buffer>(inflatedMb).fill(piece),
    '</sst>',
  ]);
  return handZip(
    [...workbookParts(), sheetPart(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>']), strings],
    0,
  );
}

/**
 * An honest workbook of `rows` rows of 16 numbers: small enough inflated to pass the archive caps,
 * too many rows for a parser with a modest heap.
 */
const COLUMNS = [...'ABCDEFGHIJKLMNOP'];

export async function heavyWorkbook(rows: number): Promise<Buffer> {
  function* sheetXml() {
    yield `${XML}<worksheet xmlns="${SHEET_NS}"><sheetData>`;
    for (let from = 1; from <= rows; from += 1000) {
      let batch = '';
      for (let r = from; r < Math.min(from + 1000, rows + 1); r++)
        batch += `<row r="${r}">${COLUMNS.map((c, i) => `<c r="${c}${r}"><v>${i}</v></c>`).join('')}</row>`;
      yield batch;
    }
    yield '</sheetData></worksheet>';
  }
  const sheet = await streamed('xl/worksheets/sheet1.xml', sheetXml());
  const strings = deflated('xl/sharedStrings.xml', `${XML}<sst xmlns="${SHEET_NS}"/>`);
  return handZip([...workbookParts(), sheet, strings]);
}

function sheetPart(rows: string[]): ZipPart {
  return deflated(
    'xl/worksheets/sheet1.xml',
    `${XML}<worksheet xmlns="${SHEET_NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`,
  );
}

/** The smallest parts of a workbook with one sheet and shared strings, but for those two. */
function workbookParts(): ZipPart[] {
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return [
    deflated(
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` +
        '</Types>',
    ),
    deflated(
      '_rels/.rels',
      `${XML}<Relationships xmlns="${REL_NS}">` +
        `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/>` +
        '</Relationships>',
    ),
    deflated(
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${SHEET_NS}" xmlns:r="${DOC_REL}">` +
        '<sheets><sheet name="Đơn vị" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${REL_NS}">` +
        `<Relationship Id="rId1" Type="${DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        '</Relationships>',
    ),
  ];
}
