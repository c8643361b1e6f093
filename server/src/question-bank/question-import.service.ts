import { Injectable } from '@nestjs/common';
import {
  CreateQuestionSchema,
  foldVietnamese,
  type ImportRowError,
  type QuestionImportQuerySchema,
  type QuestionImportResult,
  type QuestionListQuerySchema,
} from '@cchc/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { fieldMessage, type Lang } from '../common/messages.js';
import { SheetReader } from '../common/sheet-reader.js';
import {
  buildSpreadsheet,
  mapColumns,
  safeCell,
  unescapeCell,
  type SheetFormat,
} from '../common/spreadsheet.js';
import { toIssues } from '../common/zod.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { LETTERS, parseAiken, parseGift, type RawQuestion } from './question-formats.js';
import { QuestionsRepository, type QuestionContent } from './questions.repository.js';
import { QuestionsService } from './questions.service.js';

export const MAX_IMPORT_QUESTIONS = 5000;

export const QUESTION_COLUMNS = {
  area: ['Lĩnh vực', 'area'],
  difficulty: ['Mức độ', 'difficulty'],
  type: ['Loại câu hỏi', 'type'],
  stem: ['Câu hỏi', 'stem'],
  A: ['Phương án A', 'A'],
  B: ['Phương án B', 'B'],
  C: ['Phương án C', 'C'],
  D: ['Phương án D', 'D'],
  E: ['Phương án E', 'E'],
  F: ['Phương án F', 'F'],
  correct: ['Đáp án đúng', 'correct'],
  explanation: ['Giải thích', 'explanation'],
  sourceDocument: ['Nguồn - văn bản', 'source'],
  sourceDate: ['Nguồn - ngày', 'sourceDate'],
  sourceArticle: ['Nguồn - điều khoản', 'sourceArticle'],
  tags: ['Thẻ', 'tags'],
  track: ['Đối tượng', 'track'],
} as const;
const REQUIRED = ['stem', 'A', 'B', 'correct'] as const;

const TYPE_WORDS: Record<string, 'single' | 'multiple' | 'true_false'> = {
  single: 'single',
  'mot dap an': 'single',
  multiple: 'multiple',
  'nhieu dap an': 'multiple',
  true_false: 'true_false',
  'dung/sai': 'true_false',
  'dung sai': 'true_false',
};

type Format = 'xlsx' | 'csv' | 'aiken' | 'gift';

@Injectable()
export class QuestionImportService {
  constructor(
    private readonly ds: DataSource,
    private readonly questions: QuestionsService,
    private readonly repo: QuestionsRepository,
    private readonly scope: ScopePolicy,
    private readonly audit: AuditService,
    private readonly sheets: SheetReader,
  ) {}

  async import(
    actor: Actor,
    meta: RequestMeta,
    file: { originalname: string; buffer: Buffer },
    q: z.output<typeof QuestionImportQuerySchema>,
    lang: Lang,
  ): Promise<QuestionImportResult> {
    if (!actor.unitId) throw new AppError('forbidden');
    await this.scope.unitInScope(actor, actor.unitId);
    const errors: ImportRowError[] = [];
    const err = (row: number, field: string, key: string) =>
      errors.push({ row, field, message: fieldMessage(key, lang) });
    const raws = await this.read(file, q.format ?? detect(file.originalname), err);
    if (raws.length > MAX_IMPORT_QUESTIONS)
      throw new AppError('too_many_rows', undefined, { max: MAX_IMPORT_QUESTIONS });
    if (!raws.length && !errors.length) err(0, 'file', 'empty_file');

    const areas = await this.repo.areas();
    const areaByWord = new Map<string, string>();
    for (const a of areas) {
      areaByWord.set(a.code, a.code);
      areaByWord.set(foldVietnamese(a.name), a.code);
    }
    const valid: { row: number; content: QuestionContent }[] = [];
    for (const r of raws) {
      const before = errors.length;
      const areaWord = r.area ? foldVietnamese(r.area) : (q.area ?? '');
      const area = areaByWord.get(areaWord) ?? areaByWord.get(areaWord.replace(/\s+/g, '_'));
      if (!area) err(r.row, 'area', 'unknown_area');
      const difficulty = r.difficulty ? Number(r.difficulty) : (q.difficulty ?? 2);
      if (![1, 2, 3].includes(difficulty)) err(r.row, 'difficulty', 'bad_difficulty');
      const letters = r.correct
        .toUpperCase()
        .split(/[\s,;]+/)
        .filter(Boolean);
      if (!letters.length) err(r.row, 'correct', 'missing_answer');
      else if (letters.some((l) => !LETTERS.slice(0, r.options.length).includes(l as never)))
        err(r.row, 'correct', 'bad_correct_letter');
      let type = r.type ? TYPE_WORDS[foldVietnamese(r.type)] : undefined;
      if (r.type && !type) err(r.row, 'type', 'unknown_type');
      type ??= letters.length > 1 ? 'multiple' : isTrueFalse(r.options) ? 'true_false' : 'single';
      if (errors.length > before) continue;
      const parsed = CreateQuestionSchema.safeParse({
        area,
        difficulty,
        type,
        stem: r.stem,
        options: r.options.map((text, i) => ({ text, correct: letters.includes(LETTERS[i]!) })),
        ...(r.explanation ? { explanation: r.explanation } : {}),
        ...(r.sourceDocument
          ? {
              source: {
                document: r.sourceDocument,
                ...(r.sourceDate ? { date: r.sourceDate } : {}),
                ...(r.sourceArticle ? { article: r.sourceArticle } : {}),
              },
            }
          : {}),
        tags: r.tags
          ? r.tags
              .split(/[;,]/)
              .map((t) => t.trim())
              .filter(Boolean)
          : [],
        ...(r.track ? { track: r.track.trim().toLowerCase() } : {}),
        status: q.status,
      });
      if (!parsed.success) {
        for (const issue of toIssues(parsed.error))
          errors.push({
            row: r.row,
            field: issue.path.split('.')[0] || 'stem',
            message: issue[lang],
          });
        continue;
      }
      valid.push({ row: r.row, content: this.questions.content(parsed.data) });
    }

    // Duplicates within the file and against the bank are reported and not imported.
    const firstRowByKey = new Map<string, number>();
    const existing = await this.repo.findByKeys(
      [...new Set(valid.map((v) => v.content.stemKey))],
      this.questions.readable(actor),
    );
    const duplicates: QuestionImportResult['duplicates'] = [];
    const toCreate: typeof valid = [];
    for (const v of valid) {
      const key = v.content.stemKey;
      const firstRow = firstRowByKey.get(key) ?? null;
      const existingId = existing.get(key) ?? null;
      if (firstRow !== null || existingId)
        duplicates.push({ row: v.row, stem: v.content.stem, existingId, firstRow });
      else toCreate.push(v);
      if (firstRow === null) firstRowByKey.set(key, v.row);
    }
    errors.sort((a, b) => a.row - b.row);
    const result: QuestionImportResult = {
      dryRun: q.dryRun,
      total: raws.length,
      created: toCreate.length,
      duplicates,
      errors,
      preview: toCreate.slice(0, 20).map((v) => ({
        row: v.row,
        area: v.content.area,
        type: v.content.type,
        stem: v.content.stem,
        options: v.content.options.length,
        correct: v.content.options
          .map((o, i) => (o.correct ? LETTERS[i] : ''))
          .filter(Boolean)
          .join(','),
      })),
    };
    if (q.dryRun) return result;
    // A real import is all-or-nothing: any row error and nothing is written.
    if (errors.length) throw new AppError('import_failed', errors, { count: errors.length });
    await this.ds.transaction(async (em) => {
      await this.questions.insertMany(
        em,
        actor.unitId!,
        toCreate.map((v) => v.content),
        actor.id,
      );
      await this.audit.record(
        actor,
        meta,
        {
          action: 'question.import',
          targetType: 'question',
          targetId: null,
          after: {
            file: file.originalname,
            created: toCreate.length,
            duplicates: duplicates.length,
          },
        },
        em,
      );
    });
    return result;
  }

  private async read(
    file: { originalname: string; buffer: Buffer },
    format: Format | null,
    err: (row: number, field: string, key: string) => void,
  ): Promise<RawQuestion[]> {
    if (format === 'aiken' || format === 'gift') {
      const text = file.buffer.toString('utf8');
      if (text.includes('\u0000')) throw new AppError('file_invalid');
      const parsed = format === 'aiken' ? parseAiken(text) : parseGift(text);
      for (const e of parsed.errors) err(e.row, 'stem', e.message);
      for (const q of parsed.questions)
        if (q.options.length > 6) err(q.row, 'options', 'too_many_options');
      return parsed.questions.filter((q) => q.options.length <= 6);
    }
    if (format !== 'xlsx' && format !== 'csv') throw new AppError('file_invalid');
    const sheet = await this.sheets.read({ ...file, originalname: `x.${format}` });
    const { index, missing } = mapColumns(sheet.header, QUESTION_COLUMNS);
    const missingRequired = missing.filter((k) => (REQUIRED as readonly string[]).includes(k));
    for (const m of missingRequired) err(1, m, 'missing_column');
    if (missingRequired.length) return [];
    // A 7th option column ("Phương án G" …) is not allowed.
    const extraOptions = sheet.header
      .map((h, i) => ({ h: foldVietnamese(h), i }))
      .filter(({ h }) => /^phuong an [g-z]$/.test(h));
    const out: RawQuestion[] = [];
    for (const r of sheet.rows) {
      const cell = (k: keyof typeof QUESTION_COLUMNS) => {
        const i = index[k];
        if (i === undefined) return '';
        if (sheet.formulas.has(`${r.row}:${i}`)) err(r.row, k, 'formula_cell');
        return unescapeCell(r.cells[i] ?? '');
      };
      if (extraOptions.some(({ i }) => (r.cells[i] ?? '') !== '')) {
        err(r.row, 'options', 'too_many_options');
        continue;
      }
      const options = LETTERS.map((l) => cell(l));
      const lastFilled = options.map((o) => o !== '').lastIndexOf(true);
      const stem = cell('stem');
      if (!stem) {
        err(r.row, 'stem', 'missing_stem');
        continue;
      }
      out.push({
        row: r.row,
        area: cell('area') || undefined,
        difficulty: cell('difficulty') || undefined,
        type: cell('type') || undefined,
        stem,
        options: options.slice(0, lastFilled + 1),
        correct: cell('correct'),
        explanation: cell('explanation') || undefined,
        sourceDocument: cell('sourceDocument') || undefined,
        sourceDate: cell('sourceDate') || undefined,
        sourceArticle: cell('sourceArticle') || undefined,
        tags: cell('tags') || undefined,
        track: cell('track') || undefined,
      });
    }
    return out;
  }

  /** The import template's layout, so export → import round-trips. */
  async export(
    actor: Actor,
    filters: z.output<typeof QuestionListQuerySchema>,
    format: 'xlsx' | 'csv',
  ): Promise<Buffer> {
    const { rows } = await this.repo.list(
      this.questions.readable(actor),
      { ...filters, search: filters.search ? foldVietnamese(filters.search) : undefined },
      null,
    );
    const header = Object.values(QUESTION_COLUMNS).map((t) => t[0]);
    const data = rows.map((q) =>
      [
        q.area,
        q.difficulty,
        q.type,
        q.stem,
        ...LETTERS.map((_, i) => q.options[i]?.text ?? ''),
        q.options
          .map((o, i) => (o.correct ? LETTERS[i] : ''))
          .filter(Boolean)
          .join(','),
        q.explanation ?? '',
        q.source?.document ?? '',
        q.source?.date ?? '',
        q.source?.article ?? '',
        q.tags.join('; '),
        q.track,
      ].map(safeCell),
    );
    return this.sheet(header, data, format);
  }

  async template(format: 'xlsx' | 'csv'): Promise<Buffer> {
    const header = Object.values(QUESTION_COLUMNS).map((t) => t[0]);
    const examples = [
      [
        'the_che',
        1,
        'single',
        'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030 được ban hành kèm theo văn bản nào?',
        'Nghị quyết 30c/NQ-CP',
        'Nghị quyết 76/NQ-CP',
        'Chỉ thị 23/CT-TTg',
        'Quyết định 136/2001/QĐ-TTg',
        '',
        '',
        'B',
        'Nghị quyết 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể CCHC giai đoạn 2021–2030.',
        'Nghị quyết 76/NQ-CP',
        '15/07/2021',
        '',
        'nq76',
        'both',
      ],
      [
        'chinh_quyen_so',
        1,
        'true_false',
        'Cổng Dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn.',
        'Đúng',
        'Sai',
        '',
        '',
        '',
        '',
        'A',
        '',
        'Cổng Dịch vụ công quốc gia',
        '',
        '',
        'dịch vụ công',
        'citizen',
      ],
    ];
    return this.sheet(
      header,
      examples.map((r) => r.map(safeCell)),
      format,
    );
  }

  private sheet(
    header: string[],
    rows: (string | number)[][],
    format: SheetFormat,
  ): Promise<Buffer> {
    return buildSpreadsheet({
      sheetName: 'Câu hỏi',
      header,
      rows,
      format,
      widths: (i) => (i === 3 ? 60 : 18),
      help: [
        [
          'Lĩnh vực',
          'Mã hoặc tên lĩnh vực: the_che, thu_tuc_hanh_chinh, to_chuc_bo_may, che_do_cong_vu, tai_chinh_cong, chinh_quyen_so, chi_dao_tuyen_truyen',
        ],
        ['Mức độ', '1 (dễ), 2 (trung bình), 3 (khó)'],
        [
          'Loại câu hỏi',
          'single (một đáp án), multiple (nhiều đáp án, chấm tất cả hoặc không), true_false (Đúng/Sai)',
        ],
        ['Phương án A–F', 'Từ 2 đến 6 phương án; bỏ trống các cột không dùng'],
        ['Đáp án đúng', 'Chữ cái của đáp án đúng, ví dụ B hoặc A,C'],
        ['Thẻ', 'Phân cách bằng dấu ;'],
        ['Đối tượng', 'staff (cán bộ), citizen (người dân), both (cả hai)'],
      ],
    });
  }
}

function detect(name: string): Format | null {
  const n = name.toLowerCase();
  if (n.endsWith('.xlsx')) return 'xlsx';
  if (n.endsWith('.csv')) return 'csv';
  if (n.endsWith('.gift')) return 'gift';
  if (n.endsWith('.txt')) return 'aiken';
  return null;
}

function isTrueFalse(options: string[]): boolean {
  return (
    options.length === 2 &&
    foldVietnamese(options[0]!) === 'dung' &&
    foldVietnamese(options[1]!) === 'sai'
  );
}
