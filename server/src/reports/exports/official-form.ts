// The parts an official form adds around a report's table, laid out as Nghị định 30/2020/NĐ-CP
// (Phụ lục I) lays out an administrative document: cơ quan chủ quản over the issuing unit at the
// top left, quốc hiệu and tiêu ngữ at the top right with the place and date under them, and the
// signatures at the end. Kept free of exceljs and pdfkit: the Biểu 03 writer thread uses it too.
import {
  formCaps as caps,
  formDateLine,
  FORM_DOTS,
  FORM_NATIONAL_MOTTO,
  FORM_NATIONAL_TITLE,
  FORM_PREPARER_NOTE,
  FORM_SIGNER_NOTE,
  type EffectiveFormLayout,
} from '@cchc/contracts';

export interface DocSignature {
  /** In capitals; lines separated by "\n" ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"). */
  title: string;
  note: string;
  /** null: a dotted line, to be written by hand. */
  name: string | null;
}

/** Plain strings only: it is posted to the Biểu 03 writer thread as it is. */
export interface DocForm {
  /** Cơ quan chủ quản in capitals, or null when there is none. */
  superiorBody: string | null;
  /** The issuing unit in capitals. */
  issuingUnit: string;
  /** "Mộ Lao, ngày 05 tháng 3 năm 2025", or with dots to date it by hand. */
  dateLine: string;
  preparer: DocSignature;
  signer: DocSignature;
}

/** A unit's layout as printed on a form exported at `exportedAt`. */
export function officialForm(layout: EffectiveFormLayout, exportedAt: Date): DocForm {
  return {
    superiorBody: layout.superiorBody ? caps(layout.superiorBody) : null,
    issuingUnit: caps(layout.issuingUnit),
    dateLine: formDateLine(layout.placeName, layout.dateLine === 'blank' ? null : exportedAt),
    preparer: {
      title: caps(layout.preparerTitle),
      note: FORM_PREPARER_NOTE,
      name: layout.preparerName,
    },
    signer: { title: caps(layout.signerTitle), note: FORM_SIGNER_NOTE, name: layout.signerName },
  };
}

export type FormTextStyle = 'regular' | 'bold' | 'italic';

/** One line of a header stack: text, or a short rule under the text above it. */
export type FormItem =
  | { kind: 'text'; text: string; style: FormTextStyle }
  /** `share` of the width of the text above (a third under the unit, all of the tiêu ngữ). */
  | { kind: 'rule'; share: number };

/** The two stacks of the header, top to bottom; row i of the sheet holds item i of each. */
export function headerStacks(form: DocForm): { left: FormItem[]; right: FormItem[] } {
  return {
    left: [
      ...(form.superiorBody
        ? [{ kind: 'text' as const, text: form.superiorBody, style: 'regular' as const }]
        : []),
      { kind: 'text', text: form.issuingUnit, style: 'bold' },
      { kind: 'rule', share: 1 / 3 },
    ],
    right: [
      { kind: 'text', text: FORM_NATIONAL_TITLE, style: 'bold' },
      { kind: 'text', text: FORM_NATIONAL_MOTTO, style: 'bold' },
      { kind: 'rule', share: 1 },
      { kind: 'text', text: form.dateLine, style: 'italic' },
    ],
  };
}

/** The lines of one signature, top to bottom; `null` is the space left to sign in. */
export function signatureLines(s: DocSignature): ({ text: string; style: FormTextStyle } | null)[] {
  return [
    { text: s.title, style: 'bold' },
    { text: s.note, style: 'italic' },
    null,
    { text: s.name ?? FORM_DOTS, style: 'bold' },
  ];
}

/** Rows of the header: item i of both stacks shares row i. */
export function headerRowCount(form: DocForm): number {
  const { left, right } = headerStacks(form);
  return Math.max(left.length, right.length);
}

/** Points between a signature's note and the name in a spreadsheet: room to sign and stamp. */
export const SHEET_SIGN_SPACE = 60;

/**
 * The height (points) a spreadsheet row needs for 12 pt form text in a block `chars` wide:
 * Excel does not grow a merged row to fit wrapped text.
 */
export function formTextHeight(text: string, chars: number): number {
  // 12 pt capitals are ~1.3 times as wide as the 11 pt digits column widths are measured in.
  const perLine = Math.max(1, chars / 1.3);
  const lines = text
    .split('\n')
    .reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
  return lines * 16;
}

/** 1-based, inclusive column ranges of a spreadsheet. */
export interface ColumnSpan {
  from: number;
  to: number;
}

/**
 * Splits a sheet's columns into the header's left block (~40% of the width: the units) and
 * right block (the rest: quốc hiệu, date), and picks in each the columns whose top border draws
 * the rule: about `share` of the block, as centred as whole columns allow.
 */
export function formColumns(widths: readonly number[]): {
  left: ColumnSpan;
  right: ColumnSpan;
  leftRule: ColumnSpan;
  rightRule: ColumnSpan;
} {
  const n = widths.length;
  if (n < 2) throw new Error('a form needs at least two columns');
  const total = widths.reduce((a, b) => a + b, 0);
  let k = 1;
  let acc = widths[0]!;
  while (k < n - 1 && acc + widths[k]! <= total * 0.42) acc += widths[k++]!;
  const left = { from: 1, to: k };
  const right = { from: k + 1, to: n };
  return {
    left,
    right,
    leftRule: centredRun(widths, left, 1 / 3),
    rightRule: centredRun(widths, right, 0.45),
  };
}

function centredRun(widths: readonly number[], block: ColumnSpan, share: number): ColumnSpan {
  const x = (col: number) => widths.slice(0, col - 1).reduce((a, b) => a + b, 0);
  const blockStart = x(block.from);
  const blockWidth = x(block.to + 1) - blockStart;
  const centre = blockStart + blockWidth / 2;
  const target = blockWidth * share;
  let best = { from: block.from, to: block.from };
  let bestCost = Infinity;
  for (let i = block.from; i <= block.to; i++) {
    for (let j = i; j <= block.to; j++) {
      const start = x(i);
      const width = x(j + 1) - start;
      const cost = Math.abs(start + width / 2 - centre) + Math.abs(width - target) / 2;
      if (cost < bestCost) {
        bestCost = cost;
        best = { from: i, to: j };
      }
    }
  }
  return best;
}
