import {
  COUNTING_RULE_LABEL,
  participationDefinitions,
  type ParticipationReport,
  type UnitFigures,
} from '@cchc/contracts';
import { footerLines, GROUP_LABEL, reportFileName } from './export-format.js';
import { type DocColumn, type DocRow, type SheetDoc } from './sheet-doc.js';
import type { DocForm } from './official-form.js';

export interface ParticipationExportOptions {
  /** The issuing unit's header and signatures (official-form.ts); none: a plain table. */
  form?: DocForm;
  /** "Xuất lúc": the server clock's now. */
  exportedAt: Date;
  /** Who froze the figures (chốt số liệu); defaults to report.frozen. */
  frozen?: { by: string; at: string } | null;
}

const QUALITY = 'Số người theo kết quả bài tốt nhất';

export const PARTICIPATION_COLUMNS: DocColumn[] = [
  { header: 'STT', width: 6, format: 'int' },
  { header: 'Đơn vị', width: 34, format: 'text', indented: true },
  { header: 'Khối', width: 21, format: 'text' },
  { header: 'Tổng số CBCCVC-NLĐ', width: 12, format: 'int' },
  { header: 'Số người tham gia', width: 11, format: 'int' },
  { header: 'Tham gia nhưng chưa có trong danh sách', width: 12, format: 'int' },
  { header: 'Số lượt thi', width: 10, format: 'int' },
  { header: 'Tỷ lệ (%)', width: 10, format: 'percent' },
  { header: 'Đúng 100%', group: QUALITY, width: 9, format: 'int' },
  { header: 'Từ 75% đến dưới 100%', group: QUALITY, width: 10, format: 'int' },
  { header: 'Từ 25% đến dưới 75%', group: QUALITY, width: 10, format: 'int' },
  { header: 'Dưới 25%', group: QUALITY, width: 9, format: 'int' },
  { header: 'Không câu đúng', group: QUALITY, width: 9, format: 'int' },
  { header: 'Điểm TB (thang 10)', width: 9, format: 'score' },
  { header: 'Xếp hạng trong khối', width: 9, format: 'int' },
  { header: 'Ghi chú', width: 22, format: 'text' },
];
const RATE_COL = 7;

/** What a reader must know about a line before trusting its rate. */
export function participationNotes(u: UnitFigures): string {
  const notes: string[] = [];
  if (u.mergedIntoName) notes.push(`Đã sáp nhập vào ${u.mergedIntoName}`);
  else if (!u.active) notes.push('Ngừng hoạt động');
  if (u.headcount === null) notes.push('Chưa có tổng số CBCCVC-NLĐ');
  else if (u.unitsWithoutHeadcount > 0) {
    notes.push(`${u.unitsWithoutHeadcount} đơn vị chưa có tổng số CBCCVC-NLĐ`);
  }
  if (u.overHundred) notes.push('Vượt 100%');
  else if (u.belowThreshold) notes.push('Dưới mức chỉ tiêu');
  return notes.join('; ');
}

function figuresRow(u: UnitFigures, stt: number | null, name: string, group: string): DocRow {
  return {
    cells: [
      stt,
      name,
      group,
      u.headcount,
      u.participants,
      u.offList,
      u.attempts,
      u.rate,
      u.quality.perfect,
      u.quality.high,
      u.quality.mid,
      u.quality.low,
      u.quality.zero,
      u.averageScore,
      u.rankInGroup,
      participationNotes(u),
    ],
    warn: u.overHundred ? [RATE_COL] : undefined,
  };
}

/** Biểu 01 laid out: title block, one line per unit in tree order, "Tổng cộng", footer. */
export function participationDoc(
  report: ParticipationReport,
  opts: ParticipationExportOptions,
): SheetDoc {
  const { scope } = report;
  const contest = scope.contestTitle
    ? `Cuộc thi: ${scope.contestTitle}${scope.roundTitle ? ` – ${scope.roundTitle}` : ''}`
    : null;
  const rows: DocRow[] = report.units.map((u, i) => ({
    ...figuresRow(u, i + 1, u.name, GROUP_LABEL[u.group]),
    indent: u.depth,
  }));
  rows.push({ ...figuresRow(report.totals, null, 'Tổng cộng', ''), bold: true });
  return {
    sheetName: 'Biểu 01',
    title: `Biểu 01 – ${scope.unitName} – ${scope.label}`,
    blocks: [
      { kind: 'title', text: 'BIỂU 01. TỔNG HỢP KẾT QUẢ THAM GIA CUỘC THI' },
      { kind: 'subtitle', text: scope.unitName },
      ...(contest ? [{ kind: 'subtitle' as const, text: contest }] : []),
      { kind: 'subtitle', text: scope.label },
      { kind: 'blank' },
      { kind: 'table', table: { columns: PARTICIPATION_COLUMNS, rows, main: true } },
    ],
    footer: footerLines(
      [...participationDefinitions(report.rule, 'vi'), COUNTING_RULE_LABEL[report.rule].vi],
      {
        cutoff: scope.cutoff,
        unitName: scope.unitName,
        exportedAt: opts.exportedAt,
        frozen: opts.frozen === undefined ? report.frozen : opts.frozen,
      },
    ),
    running: `Biểu 01 · ${scope.unitName} · ${scope.label}`,
    exportedAt: opts.exportedAt,
    form: opts.form,
  };
}

export function participationFileName(report: ParticipationReport): string {
  return reportFileName('bieu-01-tong-hop', report.scope.unitCode, report.scope.cutoff);
}
