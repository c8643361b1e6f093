import type { NonParticipants } from '@cchc/contracts';
import { footerLines, NON_PARTICIPANT_DEFINITIONS, reportFileName } from './export-format.js';
import { type DocBlock, type DocColumn, type SheetDoc } from './sheet-doc.js';
import type { DocForm } from './official-form.js';

export interface NonParticipantsExportOptions {
  /** The issuing unit's header and signatures (official-form.ts); none: a plain table. */
  form?: DocForm;
  exportedAt: Date;
}

export const NON_PARTICIPANT_COLUMNS: DocColumn[] = [
  { header: 'STT', width: 6, format: 'int' },
  { header: 'Họ và tên', width: 28, format: 'text' },
  { header: 'Chức vụ', width: 22, format: 'text' },
  { header: 'Đơn vị', width: 34, format: 'text' },
  { header: 'Số điện thoại', width: 15, format: 'text' },
  { header: 'Email', width: 28, format: 'text' },
  { header: 'Đã đăng ký tài khoản', width: 12, format: 'text' },
];

const UNITS_WITHOUT_ROSTER_COLUMNS: DocColumn[] = [
  { header: 'STT', width: 6, format: 'int' },
  { header: 'Đơn vị', width: 28, format: 'text' },
  { header: 'Tổng số CBCCVC-NLĐ (đơn vị khai báo)', width: 22, format: 'int' },
  { header: 'Số người tham gia', width: 34, format: 'int' },
];

/** The staff who have not taken part, to chase by name; then the units that cannot be named. */
export function nonParticipantsDoc(
  data: NonParticipants,
  opts: NonParticipantsExportOptions,
): SheetDoc {
  const { scope } = data;
  const contest = scope.contestTitle
    ? `Cuộc thi: ${scope.contestTitle}${scope.roundTitle ? ` – ${scope.roundTitle}` : ''}`
    : null;
  // A page of a longer list must say so, or the reader takes it for everyone.
  const count =
    data.rows.length < data.total
      ? `Tổng số người chưa tham gia: ${data.total} (danh sách này gồm ${data.rows.length} người)`
      : `Tổng số người chưa tham gia: ${data.total}`;
  const withoutRoster: DocBlock[] = data.unitsWithoutRoster.length
    ? [
        {
          kind: 'table',
          table: {
            columns: UNITS_WITHOUT_ROSTER_COLUMNS,
            rows: data.unitsWithoutRoster.map((u, i) => ({
              cells: [i + 1, u.name, u.headcount, u.participants],
            })),
          },
        },
      ]
    : [{ kind: 'text', text: 'Không có.' }];
  return {
    sheetName: 'Chưa tham gia',
    title: `Danh sách chưa tham gia – ${scope.unitName} – ${scope.label}`,
    blocks: [
      { kind: 'title', text: 'DANH SÁCH CBCCVC-NLĐ CHƯA THAM GIA CUỘC THI' },
      { kind: 'subtitle', text: scope.unitName },
      ...(contest ? [{ kind: 'subtitle' as const, text: contest }] : []),
      { kind: 'subtitle', text: scope.label },
      { kind: 'text', text: count },
      { kind: 'blank' },
      {
        kind: 'table',
        table: {
          columns: NON_PARTICIPANT_COLUMNS,
          main: true,
          rows: data.rows.map((p, i) => ({
            cells: [
              i + 1,
              p.fullName,
              p.position,
              p.unitName,
              p.phone,
              p.email,
              p.registered ? 'Có' : 'Không',
            ],
          })),
        },
      },
      { kind: 'blank' },
      { kind: 'heading', text: 'Đơn vị chưa có danh sách cán bộ' },
      ...withoutRoster,
    ],
    footer: footerLines(NON_PARTICIPANT_DEFINITIONS, {
      cutoff: scope.cutoff,
      unitName: scope.unitName,
      exportedAt: opts.exportedAt,
    }),
    running: `Danh sách chưa tham gia · ${scope.unitName} · ${scope.label}`,
    exportedAt: opts.exportedAt,
    form: opts.form,
  };
}

export function nonParticipantsFileName(data: NonParticipants): string {
  return reportFileName('chua-tham-gia', data.scope.unitCode, data.scope.cutoff);
}
