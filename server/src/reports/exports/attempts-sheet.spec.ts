import { randomUUID } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ReportScopeSchema, type ReportScope } from '@cchc/contracts';
import { writeAttemptsCsv, writeAttemptsXlsx, type AttemptAuditRow } from './attempts-sheet.js';
import { officialForm } from './official-form.js';

const SCOPE: ReportScope = ReportScopeSchema.parse({
  unitId: randomUUID(),
  unitName: 'Sở Nội vụ tỉnh Quảng Nam',
  unitCode: 'SNV',
  contestId: randomUUID(),
  contestTitle: 'Hội thi tìm hiểu cải cách hành chính năm 2025',
  roundId: randomUUID(),
  roundTitle: 'Đợt 1',
  period: null,
  year: null,
  from: null,
  to: null,
  asOf: '2025-03-28',
  cutoff: '2025-03-28T16:59:59.999Z',
  label: 'Toàn bộ thời gian · số liệu tính đến ngày 28/03/2025',
} satisfies ReportScope);
const EXPORTED_AT = new Date('2025-03-30T02:15:00Z');
const FORM = officialForm(
  {
    superiorBody: 'UBND tỉnh Quảng Nam',
    issuingUnit: 'Sở Nội vụ',
    placeName: 'Tam Kỳ',
    preparerTitle: 'Người lập biểu',
    preparerName: 'Lê Thị Mai',
    signerTitle: 'Giám đốc',
    signerName: 'Phan Văn Long',
    dateLine: 'export_date',
  },
  EXPORTED_AT,
);
const START = Date.parse('2025-03-10T01:30:00Z'); // 08:30 in Vietnam

async function* attempts(count: number): AsyncGenerator<AttemptAuditRow> {
  for (let i = 0; i < count; i++) {
    yield {
      attemptId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      fullName: i === 1 ? '=HYPERLINK("http://x")' : `Nguyễn Văn Thí Sinh ${i}`,
      phoneMasked: i % 7 === 0 ? null : `090****${String(i % 1000).padStart(3, '0')}`,
      unitName: `Phường Hải Châu ${i % 50}`,
      contestTitle: 'Hội thi tìm hiểu cải cách hành chính năm 2025',
      roundTitle: 'Đợt 1',
      attemptNo: (i % 3) + 1,
      status: i % 10 === 0 ? 'expired' : 'submitted',
      startedAt: new Date(START + i * 1000),
      submittedAt: new Date(START + i * 1000 + 754_000),
      durationMs: 754_000,
      correctCount: i % 21,
      total: 20,
      prediction: i % 2 ? 1234 : null,
      clientIp: i === 2 ? '-1+1' : '203.113.0.1',
      deviceHash: 'a1b2c3',
    };
  }
}

/** A reader slower than the writer, with a small buffer: the writer must wait for it. */
function slowSink(): { sink: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      setImmediate(cb);
    },
  });
  return { sink, bytes: () => Buffer.concat(chunks) };
}

describe(writeAttemptsXlsx.name, () => {
  // Generous timeouts: 20,000 rows written and read back take seconds on a busy CI machine.
  it(
    'streams 20,000 rows through a slow reader and they all read back',
    { timeout: 30_000 },
    async () => {
      const { sink, bytes } = slowSink();
      const progress: number[] = [];
      const result = await writeAttemptsXlsx(attempts(20_000), sink, {
        scope: SCOPE,
        exportedAt: EXPORTED_AT,
        form: FORM,
        onProgress: (n) => progress.push(n),
      });
      expect(result).toEqual({ rows: 20_000 });
      expect(sink.writableFinished).toBe(true);
      expect(progress.slice(0, 3)).toEqual([1000, 2000, 3000]);
      expect(progress.at(-1)).toBe(20_000);

      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes()), {
        sharedStrings: 'cache',
        styles: 'cache',
        worksheets: 'emit',
      });
      const firsts: unknown[] = [];
      const sample = new Map<number, unknown[]>();
      for await (const sheet of reader) {
        for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
          firsts[row.number] = row.getCell(1).value;
          if (row.number <= 20) sample.set(row.number, (row.values as unknown[]).slice(1));
        }
      }
      const header = firsts.indexOf('STT');
      // The form's header first, then the title block; the signatures are the last rows.
      expect(firsts[1]).toBe('UBND TỈNH QUẢNG NAM');
      expect(firsts[2]).toBe('SỞ NỘI VỤ');
      expect(firsts[6]).toBe('BIỂU 03. DANH SÁCH BÀI THI');
      expect(firsts.at(-1)).toBe('Lê Thị Mai');
      expect(sample.get(header)).toEqual([
        'STT',
        'Họ và tên',
        'Số điện thoại',
        'Đơn vị',
        'Cuộc thi',
        'Đợt thi',
        'Lượt',
        'Trạng thái',
        'Bắt đầu',
        'Nộp bài',
        'Thời gian làm bài (mm:ss)',
        'Số câu đúng',
        'Tổng số câu',
        'Dự đoán',
        'IP',
        'Thiết bị',
        'Mã bài thi',
      ]);
      const numbered = firsts.filter((v) => typeof v === 'number');
      expect(numbered).toHaveLength(20_000);
      expect(firsts[header + 20_000]).toBe(20_000);
      const first = sample.get(header + 1)!;
      expect(first[7]).toBe('Hết giờ – tự nộp');
      // Excel dates carry no zone: the cell reads 08:30, Vietnam time.
      expect(first[8]).toEqual(new Date('2025-03-10T08:30:00Z'));
      expect(first[10]).toBe('12:34');
      expect(sample.get(header + 2)![1]).toBe(`'=HYPERLINK("http://x")`);
      expect(sample.get(header + 3)![14]).toBe("'-1+1");
      expect(firsts).toContain('Tổng số bài thi: 20000');
      expect(firsts).toContain('Số liệu tính đến: 28/03/2025 23:59 (giờ Việt Nam)');
      expect(firsts).toContain('Xuất lúc: 30/03/2025 09:15 (giờ Việt Nam)');
    },
  );

  it('heads and signs the sheet as an official form, with the header rows printed on every page', async () => {
    const { sink, bytes } = slowSink();
    await writeAttemptsXlsx(attempts(30), sink, {
      scope: SCOPE,
      exportedAt: EXPORTED_AT,
      form: FORM,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes() as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    // 17 columns: the left block is A–E (≈ 40% of the width), the right one F–Q.
    expect(ws.getCell('A1').value).toBe('UBND TỈNH QUẢNG NAM');
    expect(ws.getCell('A1').font).toMatchObject({ size: 12 });
    expect(ws.getCell('A2').value).toBe('SỞ NỘI VỤ');
    expect(ws.getCell('A2').font).toMatchObject({ bold: true, size: 12 });
    expect(ws.getCell('F1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(ws.getCell('F2').value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(ws.getCell('F2').alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(ws.getCell('F4').value).toBe('Tam Kỳ, ngày 30 tháng 3 năm 2025');
    expect(ws.getCell('F4').font?.italic).toBe(true);
    const ruled = [...Array(17).keys()]
      .map((i) => i + 1)
      .filter((c) => ws.getRow(3).getCell(c).border?.top?.style === 'thin');
    expect(ruled.some((c) => c <= 5)).toBe(true);
    expect(ruled.some((c) => c >= 6)).toBe(true);
    expect(ruled.length).toBeLessThan(10);
    expect(ws.getCell('A6').value).toBe('BIỂU 03. DANH SÁCH BÀI THI');
    expect(ws.getCell('A6').alignment).toMatchObject({ horizontal: 'center' });
    const merges = (ws.model as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:E1', 'A2:E2', 'F1:Q1', 'F4:Q4', 'A6:Q6']));

    const header = 11; // 4 header rows, a blank, 4 title lines, a blank
    expect(ws.getCell(`A${header}`).value).toBe('STT');
    expect(ws.getCell(`A${header + 1}`).value).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(ws.autoFilter).toBe(`A${header}:Q${header}`);

    const last = ws.rowCount;
    expect(ws.getCell(`A${last}`).value).toBe('Lê Thị Mai');
    expect(ws.getCell(`F${last}`).value).toBe('Phan Văn Long');
    expect(ws.getCell(`F${last}`).font?.bold).toBe(true);
    expect(ws.getCell(`A${last - 2}`).value).toBe('(Ký, ghi rõ họ tên)');
    expect(ws.getCell(`F${last - 2}`).value).toBe('(Ký tên, đóng dấu)');
    expect(ws.getCell(`F${last - 3}`).value).toBe('GIÁM ĐỐC');
    expect(ws.getRow(last - 1).height).toBeGreaterThanOrEqual(40);
    expect(merges).toEqual(expect.arrayContaining([`A${last}:E${last}`, `F${last}:Q${last}`]));
  });

  it('fails the transfer when the rows fail midway', async () => {
    async function* broken(): AsyncGenerator<AttemptAuditRow> {
      yield* attempts(1500);
      throw new Error('connection lost');
    }
    const { sink } = slowSink();
    await expect(writeAttemptsXlsx(broken(), sink, { scope: SCOPE })).rejects.toThrow(
      'connection lost',
    );
    expect(sink.destroyed).toBe(true);
  });
});

describe(writeAttemptsCsv.name, () => {
  it('streams 20,000 rows, BOM first, through a slow reader', { timeout: 30_000 }, async () => {
    const { sink, bytes } = slowSink();
    const progress: number[] = [];
    const result = await writeAttemptsCsv(attempts(20_000), sink, {
      scope: SCOPE,
      exportedAt: EXPORTED_AT,
      onProgress: (n) => progress.push(n),
    });
    expect(result).toEqual({ rows: 20_000 });
    expect(progress).toHaveLength(21);
    const buf = bytes();
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(buf, { bom: true, relax_column_count: true }) as string[][];
    const h = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[h]).toHaveLength(17);
    expect(rows.filter((r) => /^\d+$/.test(r[0] ?? ''))).toHaveLength(20_000);
    expect(rows[h + 1]).toEqual([
      '1',
      'Nguyễn Văn Thí Sinh 0',
      '',
      'Phường Hải Châu 0',
      'Hội thi tìm hiểu cải cách hành chính năm 2025',
      'Đợt 1',
      '1',
      'Hết giờ – tự nộp',
      '10/03/2025 08:30:00',
      '10/03/2025 08:42:34',
      '12:34',
      '0',
      '20',
      '',
      '203.113.0.1',
      'a1b2c3',
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(rows[h + 2]![1]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[h + 2]![13]).toBe('1234');
    expect(rows[h + 3]![14]).toBe("'-1+1");
    expect(rows.flat().filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    const lines = rows.map((r) => r[0]);
    expect(lines).toContain('Tổng số bài thi: 20000');
    expect(lines).toContain('Số liệu tính đến: 28/03/2025 23:59 (giờ Việt Nam)');
  });

  it('fails the transfer when the rows fail midway', async () => {
    async function* broken(): AsyncGenerator<AttemptAuditRow> {
      yield* attempts(10);
      throw new Error('connection lost');
    }
    const { sink } = slowSink();
    await expect(writeAttemptsCsv(broken(), sink, { scope: SCOPE })).rejects.toThrow(
      'connection lost',
    );
    expect(sink.destroyed).toBe(true);
  });
});
