import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { RANKING_ORDER } from '../../attempts/ranking.js';
import type { RoundWinners } from '../../results/results.service.js';
import { expectPdfForm, expectXlsxForm, TEST_FORM } from './form-check.test-support.js';
import { renderCsv, renderPdf, renderXlsx } from './sheet-doc.js';
import { winnersDoc, winnersFileName } from './winners-sheet.js';

const EXPORTED_AT = new Date('2025-06-30T03:00:00Z');

function fixture(over: Partial<RoundWinners> = {}): RoundWinners {
  return {
    contestTitle: 'Hội thi tìm hiểu cải cách hành chính năm 2025',
    roundTitle: 'Tuần 1',
    organizerUnitId: '00000000-0000-4000-8000-000000000001',
    organizerUnitName: 'Sở Nội vụ tỉnh Quảng Nam',
    opensAt: new Date('2025-06-01T17:00:00Z'), // 02/06 00:00 in Vietnam
    closesAt: new Date('2025-06-08T16:59:59Z'), // 08/06 23:59
    finalizedAt: new Date('2025-06-09T02:30:00Z'),
    version: 1,
    reason: null,
    rows: [
      {
        prize: 'Giải Nhất',
        rank: 1,
        fullName: 'Nguyễn Thị Ánh Tuyết',
        unitName: 'Phường Hải Châu',
        track: 'staff',
        correctCount: 15,
        total: 15,
        durationMs: 754_321,
        prediction: 120,
        predictionError: 3,
        phoneMasked: '090****456',
      },
      {
        prize: 'Giải Khuyến khích',
        rank: 2,
        fullName: '=HYPERLINK("http://x")',
        unitName: 'Xã Định Quán',
        track: 'citizen',
        correctCount: 14,
        total: 15,
        durationMs: 61_005,
        prediction: null,
        predictionError: null,
        phoneMasked: '',
      },
    ],
    ...over,
  };
}

describe('winnersDoc (Biểu 02)', () => {
  it('opens with its title, the contest, the round and its dates, and the finalisation', async () => {
    const doc = winnersDoc(fixture({ version: 2, reason: 'Khiếu nại được chấp nhận' }), {
      exportedAt: EXPORTED_AT,
    });
    const rows = parse(renderCsv(doc), { bom: true, relax_column_count: true }) as string[][];
    expect(rows.slice(0, 5).map((r) => r[0])).toEqual([
      'BIỂU 02. DANH SÁCH CÁ NHÂN ĐOẠT GIẢI',
      'Cuộc thi: Hội thi tìm hiểu cải cách hành chính năm 2025',
      'Đợt thi: Tuần 1',
      'Thời gian thi: từ 02/06/2025 00:00 đến 08/06/2025 23:59 (giờ Việt Nam)',
      'Kết quả chốt lúc 09/06/2025 09:30 (lần 2) – lý do: Khiếu nại được chấp nhận',
    ]);
    const h = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[h + 1]).toEqual([
      '1',
      'Giải Nhất',
      'Nguyễn Thị Ánh Tuyết',
      'Phường Hải Châu',
      'CBCCVC-NLĐ',
      '15/15',
      '12:34,321',
      '120',
      '3',
      '1',
      '090****456',
    ]);
    expect(rows[h + 2]!.slice(0, 7)).toEqual([
      '2',
      'Giải Khuyến khích',
      `'=HYPERLINK("http://x")`,
      'Xã Định Quán',
      'Người dân',
      '14/15',
      '01:01,005',
    ]);
    expect(rows.map((r) => r[0])).toContain('Đơn vị: Sở Nội vụ tỉnh Quảng Nam');
  });

  it(
    'is headed and signed as the organising unit set it, in .xlsx and PDF',
    { timeout: 30_000 },
    async () => {
      const doc = winnersDoc(fixture(), { exportedAt: EXPORTED_AT, form: TEST_FORM });
      const ws = await expectXlsxForm(await renderXlsx(doc));
      expect(ws.getCell('A6').value).toBe('BIỂU 02. DANH SÁCH CÁ NHÂN ĐOẠT GIẢI');
      expect(ws.getCell('A8').value).toBe('Đợt thi: Tuần 1');
      const pages = await expectPdfForm(await renderPdf(doc));
      expect(pages.join(' ')).toContain('Nguyễn Thị Ánh Tuyết');
      expect(pages.join(' ')).toContain('Thời gian thi: từ 02/06/2025 00:00 đến 08/06/2025 23:59');
    },
  );

  it('says so when nobody won, and is named by the finalisation date', () => {
    const data = fixture({ rows: [] });
    const lines = (
      parse(renderCsv(winnersDoc(data, { exportedAt: EXPORTED_AT })), {
        bom: true,
        relax_column_count: true,
      }) as string[][]
    ).map((r) => r[0]);
    expect(lines).toContain('Không có cá nhân đoạt giải.');
    expect(lines).not.toContain('STT');
    expect(winnersFileName(data)).toBe('bieu-02-danh-sach-doat-giai_20250609');
  });

  it('prints the ranking order with every tie-break step, step (5) included', () => {
    const lines = (
      parse(renderCsv(winnersDoc(fixture(), { exportedAt: EXPORTED_AT })), {
        bom: true,
        relax_column_count: true,
      }) as string[][]
    ).map((r) => r[0]);
    expect(lines).toContain(
      '• Thứ tự xếp hạng: số câu đúng nhiều hơn → sai số dự đoán nhỏ hơn → thời gian làm bài ngắn hơn → nộp bài sớm hơn (khi được thi nhiều lượt: dùng ít lượt hơn).',
    );
    const rule = lines.find((l) => l?.startsWith('• Thứ tự xếp hạng'))!;
    for (const step of RANKING_ORDER) expect(rule).toContain(step.vi);
  });
});
