import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { systemUnzipTest } from '../reports/exports/zip-check.test-support.js';
import { columnLetter, XLSX_STYLE, XlsxSheetWriter, xmlEscape } from './xlsx-stream.js';

function sink(highWaterMark = 16 * 1024) {
  const chunks: Buffer[] = [];
  const out = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      setImmediate(cb);
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

const WALL = new Date('2025-03-10T08:30:15Z'); // a Vietnam wall-clock time, as a "UTC" Date
const COLUMNS = [{ width: 8 }, { width: 26 }, { width: 19 }, { width: 12, shared: true }];

async function sample(rows = 3): Promise<Buffer> {
  const { out, bytes } = sink();
  const ws = await XlsxSheetWriter.open(out, {
    sheetName: 'Biểu 03',
    columns: COLUMNS,
    frozenRows: 3,
    autoFilterRow: 3,
    creator: 'Hội thi CCHC',
    created: new Date('2025-03-30T02:15:00Z'),
    oddFooter: '&RTrang &P/&N',
  });
  ws.addRow(['BIỂU 03. DANH SÁCH BÀI THI'], { style: XLSX_STYLE.title });
  ws.skipRows();
  ws.addRow(['STT', 'Họ và tên', 'Bắt đầu', 'Ghi chú'], { style: XLSX_STYLE.header, height: 32 });
  for (let i = 1; i <= rows; i++) {
    ws.addRow([
      i,
      i === 1 ? 'Nguyễn Thị Ánh Tuyết' : `Trần Văn Đức ${i}`,
      WALL,
      i === 1 ? 'a <b> & "c"\u0001\u0008 d\uFFFE' : i === 2 ? null : i % 2 ? 'Xã <A>' : 0.25,
    ]);
    if (ws.needsFlush) await ws.flush();
  }
  ws.skipRows();
  ws.addRow(['Giải thích:'], { style: XLSX_STYLE.boldItalic });
  ws.addRow(['  lề  ', 'dòng 1\ndòng 2', '_x0041_', 'tab\tend\r']);
  await ws.finish();
  expect(out.writableFinished).toBe(true);
  return bytes();
}

describe(XlsxSheetWriter.name, () => {
  it('writes a workbook exceljs reads back: values, styles, view, filter', async () => {
    const buf = await sample();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.creator).toBe('Hội thi CCHC');
    expect(wb.worksheets).toHaveLength(1);
    const ws = wb.getWorksheet('Biểu 03')!;
    expect(ws).toBeDefined();

    expect(ws.getCell('A1').value).toBe('BIỂU 03. DANH SÁCH BÀI THI');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getRow(2).cellCount).toBe(0);
    expect(ws.getRow(3).values).toEqual([undefined, 'STT', 'Họ và tên', 'Bắt đầu', 'Ghi chú']);
    expect(ws.getRow(3).height).toBe(32);
    expect(ws.getCell('B3').font).toMatchObject({ bold: true });
    expect(ws.getCell('B3').alignment).toMatchObject({
      wrapText: true,
      vertical: 'middle',
      horizontal: 'center',
    });

    expect(ws.getCell('A4').value).toBe(1);
    expect(ws.getCell('B4').value).toBe('Nguyễn Thị Ánh Tuyết');
    expect(ws.getCell('B4').font?.bold).toBeFalsy();
    expect(ws.getCell('C4').value).toEqual(WALL);
    expect(ws.getCell('C4').numFmt).toBe('dd/mm/yyyy hh:mm:ss');
    expect(ws.getCell('D4').value).toBe('a <b> & "c" d'); // control characters and U+FFFE gone
    expect(ws.getCell('D5').value).toBe(null); // null: no cell
    expect(ws.getCell('D6').value).toBe('Xã <A>'); // a shared string
    expect(ws.getCell('A8').value).toBe('Giải thích:');
    expect(ws.getCell('A8').font).toMatchObject({ bold: true, italic: true });
    expect(ws.getCell('A9').value).toBe('  lề  ');
    expect(ws.getCell('B9').value).toBe('dòng 1\ndòng 2');
    expect(ws.getCell('D9').value).toBe('tab\tend\r');

    expect(ws.columns.map((c) => c.width)).toEqual([8, 26, 19, 12]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' });
    expect(ws.autoFilter).toBe('A3:D3');
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.headerFooter.oddFooter).toBe('&RTrang &P/&N');
  });

  it(
    'is a valid zip for independent readers, with the parts in schema order',
    { timeout: 30_000 },
    async () => {
      const buf = await sample(10_000); // several 256 KB chunks
      const report = systemUnzipTest(buf);
      if (report !== null) expect(report).toMatch(/No errors detected/);

      const zip = await JSZip.loadAsync(buf);
      expect(Object.keys(zip.files).sort()).toEqual([
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ]);
      const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const order = [
        '<sheetPr>',
        '<sheetViews>',
        '<sheetFormatPr',
        '<cols>',
        '<sheetData>',
        '</sheetData>',
        '<autoFilter ref="A3:D3"/>',
        '<pageMargins',
        '<pageSetup',
        '<headerFooter>',
      ].map((tag) => sheet.indexOf(tag));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(sheet).toContain('<row r="10003">');
      // Excel would read _x0041_ as "A": the underscore is escaped.
      expect(sheet).toContain('<t>_x005F_x0041_</t>');
      const wbXml = await zip.file('xl/workbook.xml')!.async('string');
      expect(wbXml).toContain(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Biểu 03'!$A$3:$D$3</definedName>`,
      );

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(ws.getCell('A10003').value).toBe(10_000);
      expect(ws.getCell('C10003').value).toEqual(WALL);
      expect(ws.getCell('D7').value).toBe(0.25);
      expect(ws.getCell('D10002').value).toBe('Xã <A>');
      // Column D is shared: each distinct text is stored once, after the sheet.
      const sst = await zip.file('xl/sharedStrings.xml')!.async('string');
      expect(sst).toContain('count="5002" uniqueCount="4"');
      expect(sst).toContain('<si><t>Xã &lt;A&gt;</t></si>');
      expect(sheet).toContain('<c r="D10002" t="s"><v>2</v></c>');
    },
  );

  it('merges ranges, styles empty cells that carry an edge, and repeats print titles', async () => {
    const { out, bytes } = sink();
    const ws = await XlsxSheetWriter.open(out, {
      sheetName: "Biểu 0'3",
      columns: COLUMNS,
      frozenRows: 4,
      autoFilterRow: 4,
      printTitleRows: { from: 4, to: 4 },
    });
    ws.addRow(['SỞ NỘI VỤ', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], {
      style: [XLSX_STYLE.formBold, XLSX_STYLE.normal, XLSX_STYLE.formBold],
      height: 16,
    });
    ws.merge(1, 1, 1, 2);
    ws.merge(1, 3, 1, 4);
    ws.merge(1, 1, 1, 1); // a single cell is no range: ignored
    ws.addRow([null, null, null, ''], {
      style: [XLSX_STYLE.normal, XLSX_STYLE.rule, XLSX_STYLE.normal, XLSX_STYLE.rule],
      height: 6,
    });
    ws.addRow(['Tam Kỳ, ngày 30 tháng 3 năm 2025'], { style: XLSX_STYLE.formItalic });
    ws.addRow(['STT', 'Họ và tên', 'Bắt đầu', 'Ghi chú'], { style: XLSX_STYLE.header });
    ws.addRow([1, 'Nguyễn Thị Ánh Tuyết', WALL, null]);
    expect(() => ws.merge(2, 3, 1, 3)).toThrow('invalid merged range');
    await ws.finish();
    const buf = bytes();
    const report = systemUnzipTest(buf);
    if (report !== null) expect(report).toMatch(/No errors detected/);

    const zip = await JSZip.loadAsync(buf);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain(
      '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C1:D1"/></mergeCells>',
    );
    // Schema order: the merged ranges after the autofilter, before the page setup.
    const at = ['</sheetData>', '<autoFilter', '<mergeCells', '<pageMargins'].map((t) =>
      sheet.indexOf(t),
    );
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(sheet).toContain(`<c r="B2" s="${XLSX_STYLE.rule}"/>`);
    expect(sheet).not.toContain('<c r="A2"');
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(wbXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Biểu 0''3'!$4:$4</definedName>`,
    );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const read = wb.worksheets[0]!;
    expect(read.pageSetup.printTitlesRow).toBe('4:4');
    expect((read.model as { merges: string[] }).merges).toEqual(['A1:B1', 'C1:D1']);
    expect(read.getCell('A1').font).toMatchObject({ bold: true, size: 12 });
    expect(read.getCell('A1').alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(read.getCell('B2').border?.top?.style).toBe('thin');
    expect(read.getCell('C2').border?.top).toBeUndefined();
    expect(read.getCell('D2').border?.top?.style).toBe('thin');
    expect(read.getCell('A3').font).toMatchObject({ italic: true, size: 12 });
    expect(read.getCell('A4').value).toBe('STT');
  });

  it('writes texts inline once the shared-strings table is full', { timeout: 30_000 }, async () => {
    const { out, bytes } = sink();
    const ws = await XlsxSheetWriter.open(out, {
      sheetName: 'S',
      columns: [{ width: 10, shared: true }],
    });
    for (let i = 0; i < 70_000; i++) {
      ws.addRow([`Đơn vị ${i}`]);
      if (ws.needsFlush) await ws.flush();
    }
    await ws.finish();
    const buf = bytes();
    const zip = await JSZip.loadAsync(buf);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('<c r="A65536" t="s"><v>65535</v></c>');
    expect(sheet).toContain('<c r="A65537" t="inlineStr"><is><t>Đơn vị 65536</t></is></c>');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('Đơn vị 0');
    expect(wb.worksheets[0]!.getCell('A65536').value).toBe('Đơn vị 65535');
    expect(wb.worksheets[0]!.getCell('A70000').value).toBe('Đơn vị 69999');
  });

  it('waits for a slow destination: memory stays bounded', { timeout: 30_000 }, async () => {
    const { out, bytes } = sink();
    let peak = 0;
    const write = out.write.bind(out);
    out.write = ((chunk: Buffer, ...rest: never[]) => {
      const ok = write(chunk, ...rest);
      peak = Math.max(peak, out.writableLength);
      return ok;
    }) as typeof out.write;
    const ws = await XlsxSheetWriter.open(out, { sheetName: 'S', columns: COLUMNS });
    for (let i = 0; i < 50_000; i++) {
      ws.addRow([i, `Nguyễn Văn ${i}`, WALL, `${i % 7}`]);
      if (ws.needsFlush) await ws.flush();
    }
    await ws.finish();
    // ~3.5 MB of XML: the sink never held more than its buffer and one compressed piece.
    expect(bytes().length).toBeGreaterThan(600_000);
    expect(peak).toBeLessThan(16 * 1024 + 256 * 1024);
  });

  it('rejects, instead of hanging, when the destination fails midway', async () => {
    let written = 0;
    const out = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, cb) {
        written += chunk.length;
        setImmediate(() => cb(written > 50_000 ? new Error('socket hang up') : null));
      },
    });
    const ws = await XlsxSheetWriter.open(out, { sheetName: 'S', columns: COLUMNS });
    const run = async () => {
      for (let i = 0; i < 1_000_000; i++) {
        ws.addRow([i, `Nguyễn Văn ${Math.random()}`, new Date(), i * 1.5]);
        if (ws.needsFlush) await ws.flush();
      }
      await ws.finish();
    };
    await expect(run()).rejects.toThrow('socket hang up');
  });

  it('escapes and names things the way Excel expects', () => {
    expect(xmlEscape('a&b<c>"d"')).toBe('a&amp;b&lt;c&gt;&quot;d&quot;');
    expect(xmlEscape('x\u0000y\u001fz\t\n')).toBe('xyz\t\n');
    expect(xmlEscape('\ud83d\ude00 ok \ud83d lone')).toBe('\ud83d\ude00 ok  lone');
    expect(xmlEscape('Nguyễn')).toBe('Nguyễn');
    expect([0, 16, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Q',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('refuses sheet names Excel would refuse', async () => {
    const { out } = sink();
    await expect(XlsxSheetWriter.open(out, { sheetName: 'a/b', columns: [] })).rejects.toThrow(
      'invalid sheet name',
    );
  });
});
