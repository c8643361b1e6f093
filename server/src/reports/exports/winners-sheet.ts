import { rankingOrderVi } from '../../attempts/ranking.js';
import type { RoundWinners } from '../../results/results.service.js';
import { footerLines, reportFileName, viDateTime } from './export-format.js';
import type { DocForm } from './official-form.js';
import { type DocBlock, type DocColumn, type SheetDoc } from './sheet-doc.js';

export interface WinnersExportOptions {
  exportedAt: Date;
  /** The organising unit's header and signatures; none: a plain table. */
  form?: DocForm;
}

export const WINNERS_COLUMNS: DocColumn[] = [
  { header: 'STT', width: 6, format: 'int' },
  { header: 'Giải', width: 16, format: 'text' },
  { header: 'Họ và tên', width: 26, format: 'text' },
  { header: 'Đơn vị', width: 32, format: 'text' },
  { header: 'Đối tượng', width: 13, format: 'text' },
  { header: 'Số câu đúng', width: 9, format: 'text' },
  { header: 'Thời gian làm bài (phút:giây,mili giây)', width: 14, format: 'text' },
  { header: 'Dự đoán', width: 9, format: 'int' },
  { header: 'Sai số dự đoán', width: 9, format: 'int' },
  { header: 'Thứ hạng', width: 8, format: 'int' },
  { header: 'Điện thoại (che)', width: 14, format: 'text' },
];

/** Printed under Biểu 02: the ranking rule the winners were chosen by. */
export const WINNERS_DEFINITIONS = [
  // From the ranking's one definition, so the printed rule cannot drop a step again.
  `Thứ tự xếp hạng: ${rankingOrderVi()}.`,
  'Sai số dự đoán = |số dự đoán − đáp án câu dự đoán|; đáp án được chốt khi chốt kết quả đợt thi.',
  'Thời gian làm bài tính theo đồng hồ máy chủ, từ lúc nhận đề đến lúc nộp bài.',
  'Thành viên Ban tổ chức, tổ ra đề, giám khảo, tổ kỹ thuật và bài thi bị loại không được xếp hạng.',
  'Số điện thoại được che một phần.',
] as const;

const TRACK = { staff: 'CBCCVC-NLĐ', citizen: 'Người dân' } as const;

/** "12:34,567": ranking ties are broken by the millisecond. */
function duration(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)},${pad(ms % 1000, 3)}`;
}

/** Biểu 02 laid out: the contest, round and its dates, the finalisation, one line per prize. */
export function winnersDoc(data: RoundWinners, opts: WinnersExportOptions): SheetDoc {
  const finalised =
    `Kết quả chốt lúc ${viDateTime(data.finalizedAt)} (lần ${data.version})` +
    (data.reason ? ` – lý do: ${data.reason}` : '');
  const table: DocBlock = data.rows.length
    ? {
        kind: 'table',
        table: {
          columns: WINNERS_COLUMNS,
          main: true,
          rows: data.rows.map((r, i) => ({
            cells: [
              i + 1,
              r.prize,
              r.fullName,
              r.unitName,
              TRACK[r.track],
              `${r.correctCount}/${r.total}`,
              duration(r.durationMs),
              r.prediction,
              r.predictionError,
              r.rank,
              r.phoneMasked || null,
            ],
          })),
        },
      }
    : { kind: 'text', text: 'Không có cá nhân đoạt giải.' };
  return {
    sheetName: 'Biểu 02',
    title: `Biểu 02 – ${data.contestTitle} – ${data.roundTitle}`,
    blocks: [
      { kind: 'title', text: 'BIỂU 02. DANH SÁCH CÁ NHÂN ĐOẠT GIẢI' },
      { kind: 'subtitle', text: `Cuộc thi: ${data.contestTitle}` },
      { kind: 'subtitle', text: `Đợt thi: ${data.roundTitle}` },
      {
        kind: 'subtitle',
        text: `Thời gian thi: từ ${viDateTime(data.opensAt)} đến ${viDateTime(data.closesAt)} (giờ Việt Nam)`,
      },
      { kind: 'subtitle', text: finalised },
      { kind: 'blank' },
      table,
    ],
    footer: footerLines(WINNERS_DEFINITIONS, {
      cutoff: data.finalizedAt,
      unitName: data.organizerUnitName,
      exportedAt: opts.exportedAt,
    }),
    running: `Biểu 02 · ${data.contestTitle} · ${data.roundTitle}`,
    exportedAt: opts.exportedAt,
    form: opts.form,
  };
}

export function winnersFileName(data: RoundWinners): string {
  return reportFileName('bieu-02-danh-sach-doat-giai', null, data.finalizedAt);
}
