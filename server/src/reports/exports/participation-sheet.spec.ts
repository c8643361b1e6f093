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
import { formColumns, officialForm } from './official-form.js';
import {
  PARTICIPATION_COLUMNS,
  participationDoc,
  participationFileName,
} from './participation-sheet.js';
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

/** Text pieces of each page with their position (PDF points, y up from the bottom). */
async function pdfLayout(buf: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buf), disableFontFace: true }).promise;
  const pages: {
    width: number;
    height: number;
    items: { str: string; x: number; y: number; w: number }[];
  }[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    pages.push({
      width,
      height,
      items: content.items.flatMap((it) =>
        'str' in it && it.str.trim()
          ? [
              {
                str: it.str,
                x: it.transform[4] as number,
                y: it.transform[5] as number,
                w: it.width,
              },
            ]
          : [],
      ),
    });
  }
  await pdf.destroy();
  return pages;
}

/** The layout a focal person of Phường Mộ Lao set for its forms. */
const MO_LAO = officialForm(
  {
    superiorBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
    issuingUnit: 'Ủy ban nhân dân phường Mộ Lao',
    placeName: 'Mộ Lao',
    preparerTitle: 'Người lập biểu',
    preparerName: 'Nguyễn Thị Hoa',
    signerTitle: 'KT. Chủ tịch\nPhó Chủ tịch',
    signerName: 'Trần Văn Bình',
    dateLine: 'export_date',
  },
  EXPORTED_AT,
);

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

  it('repeats the header on every page of the table, numbers pages and ends with the definitions', async () => {
    const pages = await pdfPages(
      await renderPdf(participationDoc(fixture({ extraUnits: 90 }), { exportedAt: EXPORTED_AT })),
    );
    expect(pages.length).toBeGreaterThan(2);
    const lastRow = pages.findIndex((p) => p.includes('Ủy ban nhân dân xã số 90'));
    expect(lastRow).toBeGreaterThan(0);
    pages.forEach((p, i) => {
      if (i <= lastRow) {
        expect(p).toContain('Số lượt thi');
        expect(p).toContain('Không câu đúng');
      }
      expect(p).toContain(`Trang ${i + 1}/${pages.length}`);
    });
    // the definitions follow the table, on its last page or the next ones
    expect(pages.slice(lastRow).join(' ')).toContain(FOOTER_CUTOFF);
    expect(pages.at(-1)).toContain(FOOTER_CUTOFF);
    expect(pages[0]).not.toContain(FOOTER_CUTOFF);
  });
});

describe('participationDoc as an official form (Nghị định 30 layout)', () => {
  // The header's two blocks split Biểu 01's columns about 40/60 by width (see formColumns).
  const blocks = formColumns(PARTICIPATION_COLUMNS.map((c) => c.width));
  const col = (n: number) => String.fromCharCode(64 + n);
  const L = col(blocks.left.to);
  const R = col(blocks.right.from);
  const END = col(blocks.right.to);
  it('puts the header in the first rows and the signatures in the last rows of the .xlsx', async () => {
    const ws = await readXlsx(
      await renderXlsx(participationDoc(fixture(), { exportedAt: EXPORTED_AT, form: MO_LAO })),
    );
    expect(ws.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ');
    expect(ws.getCell('A1').font).toMatchObject({ size: 12 });
    expect(ws.getCell('A1').font?.bold).toBeFalsy();
    expect(ws.getCell('A2').value).toBe('ỦY BAN NHÂN DÂN PHƯỜNG MỘ LAO');
    expect(ws.getCell('A2').font).toMatchObject({ bold: true, size: 12 });
    expect(ws.getCell(`${R}1`).value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(ws.getCell(`${R}1`).font?.bold).toBe(true);
    expect(ws.getCell(`${R}2`).value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(ws.getCell(`${R}2`).font?.bold).toBe(true);
    expect(ws.getCell(`${R}4`).value).toBe('Mộ Lao, ngày 30 tháng 3 năm 2025');
    expect(ws.getCell(`${R}4`).font?.italic).toBe(true);
    for (const ref of ['A1', 'A2', `${R}1`, `${R}2`, `${R}4`]) {
      expect(ws.getCell(ref).alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    }
    const merges = (ws.model as { merges: string[] }).merges;
    expect(merges).toEqual(
      expect.arrayContaining([
        `A1:${L}1`,
        `A2:${L}2`,
        `${R}1:${END}1`,
        `${R}2:${END}2`,
        `${R}4:${END}4`,
      ]),
    );
    // The short rules: a top edge on row 3 under part of each block, not across the sheet.
    const ruled = (col: number) => ws.getRow(3).getCell(col).border?.top?.style === 'thin';
    const span = (b: { from: number; to: number }) =>
      Array.from({ length: b.to - b.from + 1 }, (_, i) => b.from + i);
    const leftRule = span(blocks.left).filter(ruled);
    const rightRule = span(blocks.right).filter(ruled);
    expect(leftRule.length).toBeGreaterThan(0);
    expect(leftRule.length).toBeLessThan(span(blocks.left).length);
    expect(rightRule.length).toBeGreaterThan(0);
    expect(rightRule.length).toBeLessThan(span(blocks.right).length);
    // Then the title block, under the header.
    const rows = rowsOf(ws);
    const titleRow = rows.find(
      (r) => r.values[0] === 'BIỂU 01. TỔNG HỢP KẾT QUẢ THAM GIA CUỘC THI',
    )!;
    expect(titleRow.n).toBe(6);

    // The signatures are the last rows: titles, notes, room to sign, names.
    const last = rows.at(-1)!.n;
    expect(ws.getRow(last).getCell(1).value).toBe('Nguyễn Thị Hoa');
    const r = blocks.right.from;
    expect(ws.getRow(last).getCell(r).value).toBe('Trần Văn Bình');
    expect(ws.getRow(last).getCell(r).font?.bold).toBe(true);
    expect(ws.getRow(last - 1).height).toBeGreaterThanOrEqual(40);
    expect(ws.getRow(last - 2).getCell(1).value).toBe('(Ký, ghi rõ họ tên)');
    expect(ws.getRow(last - 2).getCell(r).value).toBe('(Ký tên, đóng dấu)');
    expect(ws.getRow(last - 2).getCell(r).font?.italic).toBe(true);
    expect(ws.getRow(last - 3).getCell(1).value).toBe('NGƯỜI LẬP BIỂU');
    expect(ws.getRow(last - 3).getCell(r).value).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(merges).toEqual(
      expect.arrayContaining([`A${last}:${L}${last}`, `${R}${last}:${END}${last}`]),
    );
    // The definitions stay, between the table and the signatures.
    const footer = rows.find((r) => r.values[0] === FOOTER_EXPORTED)!;
    expect(footer.n).toBeLessThan(last - 3);
  });

  it('keeps the table print-ready under the header: A4, one page wide, header rows repeated', async () => {
    const ws = await readXlsx(
      await renderXlsx(participationDoc(fixture(), { exportedAt: EXPORTED_AT, form: MO_LAO })),
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
    // The table reads as before: readers that look for the numbered rows are not misled.
    const numbered = rowsOf(ws).filter((r) => typeof r.values[0] === 'number');
    expect(numbered.map((r) => r.values[1])).toEqual(fixture().units.map((u) => u.name));
  });

  it(
    'draws the header at the top of the first page and the signatures at the end of the PDF',
    { timeout: 30_000 },
    async () => {
      const pages = await pdfLayout(
        await renderPdf(participationDoc(fixture(), { exportedAt: EXPORTED_AT, form: MO_LAO })),
      );
      const first = pages[0]!;
      expect(first.width).toBeCloseTo(841.89, 0); // A4 on its side: the table is wide
      expect(first.height).toBeCloseTo(595.28, 0);
      const at = (page: (typeof pages)[number], text: string) => {
        const item = page.items.find((i) => i.str.includes(text));
        expect(item, `"${text}" is printed`).toBeDefined();
        return item!;
      };
      const middle = first.width * 0.42;
      const superior = at(first, 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ');
      const unit = at(first, 'ỦY BAN NHÂN DÂN PHƯỜNG MỘ LAO');
      const nation = at(first, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      const motto = at(first, 'Độc lập - Tự do - Hạnh phúc');
      const date = at(first, 'Mộ Lao, ngày 30 tháng 3 năm 2025');
      const title = at(first, 'BIỂU 01. TỔNG HỢP KẾT QUẢ THAM GIA CUỘC THI');
      for (const left of [superior, unit]) expect(left.x + left.w).toBeLessThan(middle);
      for (const right of [nation, motto, date]) expect(right.x).toBeGreaterThan(middle);
      // Top to bottom (y grows upwards): quốc hiệu level with the cơ quan chủ quản, then the
      // tiêu ngữ and the unit, the date, and the title under all of them.
      expect(nation.y).toBeCloseTo(superior.y, 0);
      expect(motto.y).toBeCloseTo(unit.y, 0);
      expect(date.y).toBeLessThan(motto.y);
      expect(title.y).toBeLessThan(date.y);
      expect(nation.y).toBeGreaterThan(first.height - 80);

      const last = pages.at(-1)!;
      const preparer = at(last, 'NGƯỜI LẬP BIỂU');
      const signer = at(last, 'KT. CHỦ TỊCH');
      const preparerName = at(last, 'Nguyễn Thị Hoa');
      const signerName = at(last, 'Trần Văn Bình');
      const exported = at(last, 'Xuất lúc: 30/03/2025 09:15');
      expect(preparer.x + preparer.w).toBeLessThan(middle);
      expect(signer.x).toBeGreaterThan(middle);
      expect(at(last, 'PHÓ CHỦ TỊCH').y).toBeLessThan(signer.y);
      expect(at(last, '(Ký, ghi rõ họ tên)').x).toBeLessThan(middle);
      expect(at(last, '(Ký tên, đóng dấu)').x).toBeGreaterThan(middle);
      expect(preparer.y).toBeCloseTo(signer.y, 0);
      expect(preparerName.y).toBeCloseTo(signerName.y, 0);
      // Room to sign and stamp between the titles and the names; the definitions come first.
      expect(preparer.y - preparerName.y).toBeGreaterThan(60);
      expect(exported.y).toBeGreaterThan(preparer.y);
    },
  );

  // Several PDFs written and read back: seconds on a busy machine.
  it('never leaves the signatures alone on a page', { timeout: 60_000 }, async () => {
    for (const extraUnits of [0, 40, 55, 90]) {
      const pages = await pdfLayout(
        await renderPdf(
          participationDoc(fixture({ extraUnits }), { exportedAt: EXPORTED_AT, form: MO_LAO }),
        ),
      );
      const last = pages
        .at(-1)!
        .items.map((i) => i.str)
        .join(' ');
      expect(last).toContain('NGƯỜI LẬP BIỂU');
      expect(last).toContain('Xuất lúc: 30/03/2025 09:15');
    }
  });

  it(
    'leaves the date and the names to be written by hand when the unit asks',
    { timeout: 30_000 },
    async () => {
      const form = officialForm(
        {
          superiorBody: null,
          issuingUnit: 'Sở Nội vụ tỉnh Quảng Nam',
          placeName: null,
          preparerTitle: 'Người lập biểu',
          preparerName: null,
          signerTitle: 'Thủ trưởng đơn vị',
          signerName: null,
          dateLine: 'blank',
        },
        EXPORTED_AT,
      );
      const doc = participationDoc(fixture(), { exportedAt: EXPORTED_AT, form });
      const ws = await readXlsx(await renderXlsx(doc));
      // No cơ quan chủ quản: the unit is level with the quốc hiệu, its rule right under it.
      expect(ws.getCell('A1').value).toBe('SỞ NỘI VỤ TỈNH QUẢNG NAM');
      expect(ws.getCell(`${R}4`).value).toMatch(/^…+, ngày …… tháng …… năm ……$/);
      const last = rowsOf(ws).at(-1)!.n;
      expect(ws.getRow(last).getCell(1).value).toMatch(/^…+$/);
      expect(ws.getRow(last).getCell(blocks.right.from).value).toMatch(/^…+$/);
      expect(ws.getRow(last - 3).getCell(blocks.right.from).value).toBe('THỦ TRƯỞNG ĐƠN VỊ');
      const text = (await pdfPages(await renderPdf(doc))).join(' ');
      expect(text).toContain('ngày …… tháng …… năm ……');
      expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
      expect(text).not.toContain('30 tháng 3 năm 2025');
    },
  );

  it('keeps the .csv a plain table: title first, no header or signatures', () => {
    const rows = parse(
      renderCsv(participationDoc(fixture(), { exportedAt: EXPORTED_AT, form: MO_LAO })),
      { bom: true, relax_column_count: true },
    ) as string[][];
    expect(rows[0]).toEqual(['BIỂU 01. TỔNG HỢP KẾT QUẢ THAM GIA CUỘC THI']);
    expect(rows.flat().join(' ')).not.toContain('CỘNG HÒA');
  });

  it('escapes a layout that would run as a formula', async () => {
    const form = { ...MO_LAO, issuingUnit: '=HYPERLINK("http://x")' };
    const ws = await readXlsx(
      await renderXlsx(participationDoc(fixture(), { exportedAt: EXPORTED_AT, form })),
    );
    expect(ws.getCell('A2').value).toBe(`'=HYPERLINK("http://x")`);
  });
});

describe(participationFileName.name, () => {
  it('is ASCII and dated by the cut-off in Vietnam', () => {
    expect(participationFileName(fixture())).toBe('bieu-01-tong-hop_SNV_20250328');
  });
});
