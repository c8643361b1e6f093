import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import {
  COUNTING_RULE_LABEL,
  participationDefinitions,
  ParticipationReportSchema,
  type ParticipationReport,
  type UnitFigures,
} from '@cchc/contracts';
import { participationDoc, participationFileName } from './participation-sheet.js';
import { renderCsv, renderPdf, renderXlsx } from './sheet-doc.js';

const ROOT = randomUUID();
const EXPORTED_AT = new Date('2025-03-30T02:15:00Z'); // 09:15 in Vietnam

function unit(p: Partial<UnitFigures> & Pick<UnitFigures, 'name'>): UnitFigures {
  const headcount = p.headcount === undefined ? 10 : p.headcount;
  const participants = p.participants ?? 0;
  const rate = headcount ? participants / headcount : null;
  return {
    unitId: randomUUID(),
    code: p.name.slice(0, 6).toUpperCase(),
    kind: 'department',
    group: 'administrative',
    parentId: ROOT,
    depth: 1,
    target: 0.9,
    active: true,
    mergedIntoName: null,
    ownHeadcount: headcount,
    belowThreshold: rate !== null && rate < 0.9,
    rankInGroup: null,
    headcountSource: headcount === null ? 'none' : 'declared',
    unitsWithoutHeadcount: headcount === null ? 1 : 0,
    offList: 0,
    attempts: participants,
    rate,
    overHundred: rate !== null && rate > 1,
    coverage: null,
    averageRoundRate: null,
    quality: { perfect: participants, high: 0, mid: 0, low: 0, zero: 0 },
    averageScore: participants ? 10 : null,
    perfectEntries: participants,
    entries: participants,
    ...p,
    headcount,
    participants,
  };
}

function fixture(over: { rootName?: string; extraUnits?: number } = {}): ParticipationReport {
  const rootName = over.rootName ?? 'Sở Nội vụ tỉnh Quảng Nam';
  const root = unit({
    unitId: ROOT,
    name: rootName,
    code: 'SNV',
    parentId: null,
    depth: 0,
    headcount: 120,
    participants: 105,
    offList: 4,
    attempts: 160,
    rate: 0.875,
    belowThreshold: true,
    unitsWithoutHeadcount: 1,
    headcountSource: 'mixed',
    quality: { perfect: 40, high: 35, mid: 20, low: 7, zero: 3 },
    averageScore: 7.456,
  });
  const units = [
    root,
    unit({
      name: 'Phòng Cải cách hành chính',
      headcount: 20,
      participants: 22,
      offList: 3,
      attempts: 30,
      rankInGroup: 1,
      quality: { perfect: 10, high: 8, mid: 4, low: 0, zero: 0 },
      averageScore: 8.9,
    }),
    unit({
      name: 'Phường Hải Châu',
      group: 'commune_level',
      kind: 'commune',
      headcount: 60,
      participants: 50,
      attempts: 90,
      rankInGroup: 1,
      quality: { perfect: 20, high: 15, mid: 10, low: 4, zero: 1 },
      averageScore: 7.2,
    }),
    unit({
      name: 'Trung tâm Lưu trữ lịch sử',
      group: 'public_service',
      headcount: null,
      participants: 3,
      attempts: 5,
    }),
    unit({
      name: 'Phòng Tổ chức biên chế',
      active: false,
      mergedIntoName: 'Phòng Cải cách hành chính',
      headcount: 40,
      participants: 30,
      attempts: 35,
      rankInGroup: 2,
    }),
    ...Array.from({ length: over.extraUnits ?? 0 }, (_, i) =>
      unit({ name: `Ủy ban nhân dân xã số ${i + 1}`, depth: 2, participants: i % 10 }),
    ),
  ];
  return ParticipationReportSchema.parse({
    scope: {
      unitId: ROOT,
      unitName: rootName,
      unitCode: 'SNV',
      contestId: randomUUID(),
      contestTitle: 'Hội thi tìm hiểu cải cách hành chính năm 2025',
      roundId: null,
      roundTitle: null,
      period: 'Q1',
      year: 2025,
      from: '2024-12-31T17:00:00.000Z',
      to: '2025-03-28T17:00:00.000Z',
      asOf: '2025-03-28',
      cutoff: '2025-03-28T16:59:59.999Z',
      label: 'Quý I năm 2025 · số liệu tính đến ngày 28/03/2025',
    },
    rule: 'staff_list',
    generatedAt: '2025-03-30T02:14:00.000Z',
    totals: root,
    units,
    daily: [],
    roundsOpen: false,
    snapshotId: null,
    frozen: null,
  } satisfies ParticipationReport);
}

async function readXlsx(buf: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

function rowsOf(ws: ExcelJS.Worksheet): { n: number; values: unknown[] }[] {
  const out: { n: number; values: unknown[] }[] = [];
  ws.eachRow((row, n) => out.push({ n, values: (row.values as unknown[]).slice(1) }));
  return out;
}

async function pdfPages(buf: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(buf), disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    // Wrapped cells come back as pieces: compare text with single spaces.
    pages.push(
      content.items
        .map((it) => ('str' in it ? it.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await pdf.destroy();
  return pages;
}

const FOOTER_CUTOFF = 'Số liệu tính đến: 28/03/2025 23:59 (giờ Việt Nam)';
const FOOTER_EXPORTED = 'Xuất lúc: 30/03/2025 09:15 (giờ Việt Nam)';

describe('participationDoc as .xlsx', () => {
  it('writes every unit with the figures of the report, the totals, and the footer', async () => {
    const report = fixture();
    const ws = await readXlsx(
      await renderXlsx(participationDoc(report, { exportedAt: EXPORTED_AT })),
    );
    const rows = rowsOf(ws);
    // Merged title and footer lines: the text lives in the first cell.
    const text = rows.map((r) => r.values[0]);
    expect(text[0]).toBe('BIỂU 01. TỔNG HỢP KẾT QUẢ THAM GIA CUỘC THI');
    expect(text).toContain('Sở Nội vụ tỉnh Quảng Nam');
    expect(text).toContain('Cuộc thi: Hội thi tìm hiểu cải cách hành chính năm 2025');
    expect(text).toContain('Quý I năm 2025 · số liệu tính đến ngày 28/03/2025');

    const header = rows.find((r) => r.values[0] === 'STT')!;
    expect(header.values.slice(1, 8)).toEqual([
      'Đơn vị',
      'Khối',
      'Tổng số CBCCVC-NLĐ',
      'Số người tham gia',
      'Tham gia nhưng chưa có trong danh sách',
      'Số lượt thi',
      'Tỷ lệ (%)',
    ]);
    // Two header rows: the quality buckets sit under one shared cell.
    expect(ws.getRow(header.n + 1).getCell(9).value).toBe('Đúng 100%');
    expect(ws.getRow(header.n + 1).getCell(13).value).toBe('Không câu đúng');
    expect(ws.getRow(header.n).getCell(1).font?.bold).toBe(true);

    report.units.forEach((u, i) => {
      const row = ws.getRow(header.n + 2 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(2).value).toBe(u.name);
      expect(row.getCell(2).alignment?.indent ?? 0).toBe(u.depth);
      expect(row.getCell(4).value).toBe(u.headcount);
      expect(row.getCell(5).value).toBe(u.participants);
      expect(row.getCell(6).value).toBe(u.offList);
      expect(row.getCell(7).value).toBe(u.attempts);
      expect(row.getCell(8).value).toBe(u.rate);
      expect(row.getCell(9).value).toBe(u.quality.perfect);
      expect(row.getCell(14).value).toBe(u.averageScore);
    });
    const first = header.n + 2;
    expect(ws.getRow(first).getCell(3).value).toBe('Cơ quan hành chính');
    expect(ws.getRow(first + 2).getCell(3).value).toBe('Cấp xã');
    expect(ws.getRow(first + 3).getCell(3).value).toBe('Đơn vị sự nghiệp');
    expect(ws.getRow(first).getCell(8).numFmt).toBe('0.0%');
    expect(ws.getRow(first).getCell(14).numFmt).toBe('0.00');

    // 22 of 20: shown as 110%, highlighted and explained, never capped.
    const over = ws.getRow(first + 1);
    expect(over.getCell(8).value).toBeCloseTo(1.1);
    expect((over.getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFD7D2');
    expect(over.getCell(16).value).toBe('Vượt 100%');
    expect(ws.getRow(first + 3).getCell(16).value).toBe('Chưa có tổng số CBCCVC-NLĐ');
    expect(ws.getRow(first + 3).getCell(8).value).toBeNull();
    expect(ws.getRow(first + 4).getCell(16).value).toContain(
      'Đã sáp nhập vào Phòng Cải cách hành chính',
    );
    expect(ws.getRow(first).getCell(16).value).toBe(
      '1 đơn vị chưa có tổng số CBCCVC-NLĐ; Dưới mức chỉ tiêu',
    );

    const total = ws.getRow(first + report.units.length);
    expect(total.getCell(2).value).toBe('Tổng cộng');
    expect(total.getCell(2).font?.bold).toBe(true);
    expect(total.getCell(4).value).toBe(report.totals.headcount);
    expect(total.getCell(5).value).toBe(report.totals.participants);
    expect(total.getCell(6).value).toBe(report.totals.offList);
    expect(total.getCell(7).value).toBe(report.totals.attempts);
    expect(total.getCell(8).value).toBe(report.totals.rate);

    expect(text).toContain('Giải thích:');
    // the same words as the dashboard, of the rule the report was made by
    for (const d of participationDefinitions('staff_list', 'vi')) expect(text).toContain(`• ${d}`);
    expect(text).toContain(`• ${COUNTING_RULE_LABEL.staff_list.vi}`);
    expect(text).toContain(FOOTER_CUTOFF);
    expect(text).toContain('Đơn vị: Sở Nội vụ tỉnh Quảng Nam');
    expect(text).toContain(FOOTER_EXPORTED);
    expect(text.some((t) => String(t).startsWith('Số liệu đã chốt'))).toBe(false);
  });

  it('is print-ready: A4 landscape, one page wide, header frozen and repeated', async () => {
    const ws = await readXlsx(
      await renderXlsx(participationDoc(fixture(), { exportedAt: EXPORTED_AT })),
    );
    const header = rowsOf(ws).find((r) => r.values[0] === 'STT')!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header.n}:${header.n + 1}`,
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header.n + 1 });
    expect(ws.getColumn(2).width).toBeGreaterThan(30);
  });

  it('names who froze the figures and when', async () => {
    const ws = await readXlsx(
      await renderXlsx(
        participationDoc(fixture(), {
          exportedAt: EXPORTED_AT,
          frozen: { by: 'Nguyễn Thị Hoa', at: '2025-03-29T01:30:00.000Z' },
        }),
      ),
    );
    const text = rowsOf(ws).map((r) => r.values[0]);
    expect(text).toContain('Số liệu đã chốt bởi Nguyễn Thị Hoa lúc 29/03/2025 08:30');
  });

  it('escapes a unit name that would run as a formula', async () => {
    const evil = '=HYPERLINK("http://x")';
    const report = fixture({ rootName: evil });
    const ws = await readXlsx(
      await renderXlsx(participationDoc(report, { exportedAt: EXPORTED_AT })),
    );
    const strings = rowsOf(ws).flatMap((r) => r.values.filter((v) => typeof v === 'string'));
    expect(strings).toContain(`'${evil}`);
    expect(strings.filter((s) => /^[=+\-@]/.test(s))).toEqual([]);
    ws.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    );
  });
});

describe('participationDoc as .csv', () => {
  it('is UTF-8 with a BOM and parses back to the figures, with title and footer lines', () => {
    const report = fixture();
    const buf = renderCsv(participationDoc(report, { exportedAt: EXPORTED_AT }));
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(buf, { bom: true, relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual(['BIỂU 01. TỔNG HỢP KẾT QUẢ THAM GIA CUỘC THI']);
    const h = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[h]).toHaveLength(16);
    expect(rows[h]![7]).toBe('Tỷ lệ (%)');
    expect(rows[h + 1]).toEqual([
      '1',
      'Sở Nội vụ tỉnh Quảng Nam',
      'Cơ quan hành chính',
      '120',
      '105',
      '4',
      '160',
      '87.5',
      '40',
      '35',
      '20',
      '7',
      '3',
      '7.46',
      '',
      '1 đơn vị chưa có tổng số CBCCVC-NLĐ; Dưới mức chỉ tiêu',
    ]);
    expect(rows[h + 2]!.slice(1, 8)).toEqual([
      '— Phòng Cải cách hành chính',
      'Cơ quan hành chính',
      '20',
      '22',
      '3',
      '30',
      '110',
    ]);
    expect(rows[h + 2]![15]).toBe('Vượt 100%');
    const total = rows[h + 1 + report.units.length]!;
    expect(total.slice(1, 8)).toEqual(['Tổng cộng', '', '120', '105', '4', '160', '87.5']);
    const lines = rows.map((r) => r[0]);
    expect(lines).toContain(FOOTER_CUTOFF);
    expect(lines).toContain(FOOTER_EXPORTED);
    expect(lines).toContain('Đơn vị: Sở Nội vụ tỉnh Quảng Nam');
  });

  it('escapes formulas in every cell, titles and footer included', () => {
    const evil = '=HYPERLINK("http://x")';
    const buf = renderCsv(
      participationDoc(fixture({ rootName: evil }), { exportedAt: EXPORTED_AT }),
    );
    const cells = (parse(buf, { bom: true, relax_column_count: true }) as string[][]).flat();
    expect(cells).toContain(`'${evil}`);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});

describe('participationDoc as .pdf', () => {
  it('renders Vietnamese text, the table and the footer', async () => {
    const pages = await pdfPages(
      await renderPdf(
        participationDoc(fixture(), {
          exportedAt: EXPORTED_AT,
          frozen: { by: 'Nguyễn Thị Hoa', at: '2025-03-29T01:30:00.000Z' },
        }),
      ),
    );
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    expect(text).toContain('BIỂU 01. TỔNG HỢP KẾT QUẢ THAM GIA CUỘC THI');
    expect(text).toContain('Tỷ lệ');
    expect(text).toContain('Phường Hải Châu');
    expect(text).toContain('Trung tâm Lưu trữ lịch sử');
    expect(text).toContain('87,5%');
    expect(text).toContain('110,0%');
    expect(text).toContain('Tổng cộng');
    expect(text).toContain(FOOTER_CUTOFF);
    expect(text).toContain('Số liệu đã chốt bởi Nguyễn Thị Hoa lúc 29/03/2025 08:30');
    expect(text).toContain('Trang 1/1');
  });

  it('repeats the header on every page, numbers pages and ends with the definitions', async () => {
    const pages = await pdfPages(
      await renderPdf(participationDoc(fixture({ extraUnits: 90 }), { exportedAt: EXPORTED_AT })),
    );
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((p, i) => {
      expect(p).toContain('Số lượt thi');
      expect(p).toContain('Không câu đúng');
      expect(p).toContain(`Trang ${i + 1}/${pages.length}`);
    });
    expect(pages.at(-1)).toContain('Ủy ban nhân dân xã số 90');
    expect(pages.at(-1)).toContain(FOOTER_CUTOFF);
    expect(pages[0]).not.toContain(FOOTER_CUTOFF);
  });
});

describe(participationFileName.name, () => {
  it('is ASCII and dated by the cut-off in Vietnam', () => {
    expect(participationFileName(fixture())).toBe('bieu-01-tong-hop_SNV_20250328');
  });
});
