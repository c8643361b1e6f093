import type { CollectiveRanking, CollectiveRow } from '@cchc/contracts';
import {
  COLLECTIVE_DEFINITIONS,
  footerLines,
  GROUP_LABEL,
  reportFileName,
  viDateTime,
  viText,
} from './export-format.js';
import { type DocBlock, type DocColumn, type SheetDoc } from './sheet-doc.js';
import type { DocForm } from './official-form.js';

export interface CollectiveExportOptions {
  /** The issuing unit's header and signatures (official-form.ts); none: a plain table. */
  form?: DocForm;
  exportedAt: Date;
}

export const COLLECTIVE_COLUMNS: DocColumn[] = [
  { header: 'STT', width: 6, format: 'int' },
  { header: 'Hạng', width: 7, format: 'int' },
  { header: 'Đơn vị', width: 36, format: 'text' },
  { header: 'Tổng số CBCCVC-NLĐ', width: 12, format: 'int' },
  { header: 'Số người tham gia', width: 11, format: 'int' },
  { header: 'Tỷ lệ tham gia bình quân các đợt (%)', width: 14, format: 'percent' },
  { header: 'Tỷ lệ bài đạt tuyệt đối (%)', width: 13, format: 'percent' },
  { header: 'Số giải cá nhân', width: 10, format: 'int' },
  { header: 'Đủ điều kiện', width: 22, format: 'text' },
  { header: 'Giải', width: 20, format: 'text' },
];

/** "Có (tối thiểu 80%)": the minimum is each unit's own, so it is printed on each line. */
export function eligibility(row: Pick<CollectiveRow, 'eligible' | 'minRate'>): string {
  return `${row.eligible ? 'Có' : 'Không'} (tối thiểu ${viText.percentShort(row.minRate)})`;
}

/** Biểu 04 laid out: the rule above the tables, one table per khối. */
export function collectiveDoc(data: CollectiveRanking, opts: CollectiveExportOptions): SheetDoc {
  const groups: DocBlock[] = data.groups.flatMap((g): DocBlock[] => [
    { kind: 'heading', text: `Khối: ${GROUP_LABEL[g.group]}` },
    g.rows.length
      ? {
          kind: 'table',
          table: {
            columns: COLLECTIVE_COLUMNS,
            rows: g.rows.map((r, i) => ({
              cells: [
                i + 1,
                r.rank,
                r.name,
                r.headcount,
                r.participants,
                r.averageRoundRate,
                r.perfectShare,
                r.individualPrizes,
                eligibility(r),
                r.prize,
              ],
              bold: r.prize !== null,
              warn: r.averageRoundRate !== null && r.averageRoundRate > 1 ? [5] : undefined,
            })),
          },
        }
      : { kind: 'text', text: 'Không có đơn vị.' },
    { kind: 'blank' },
  ]);
  return {
    sheetName: 'Biểu 04',
    title: `Biểu 04 – ${data.contestTitle} – ${data.unitName}`,
    blocks: [
      { kind: 'title', text: 'BIỂU 04. XẾP HẠNG TẬP THỂ' },
      { kind: 'subtitle', text: `Cuộc thi: ${data.contestTitle}` },
      {
        kind: 'subtitle',
        text: `Các đơn vị trực thuộc ${data.unitName} · ${data.rounds} đợt thi · số liệu tính đến ${viDateTime(data.generatedAt)}`,
      },
      { kind: 'blank' },
      { kind: 'text', text: `Cách xếp hạng: ${data.formula}` },
      { kind: 'blank' },
      ...groups,
    ],
    footer: footerLines(COLLECTIVE_DEFINITIONS, {
      cutoff: data.generatedAt,
      unitName: data.unitName,
      exportedAt: opts.exportedAt,
    }),
    running: `Biểu 04 · ${data.contestTitle} · ${data.unitName}`,
    exportedAt: opts.exportedAt,
    form: opts.form,
  };
}

export function collectiveFileName(data: CollectiveRanking): string {
  return reportFileName('bieu-04-xep-hang-tap-the', null, data.generatedAt);
}
