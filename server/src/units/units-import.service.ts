import { Injectable } from '@nestjs/common';
import { UnitImportRowSchema, type ImportRowError, type UnitImportResult } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { fieldMessage, type Lang } from '../common/messages.js';
import { SheetReader } from '../common/sheet-reader.js';
import { buildSpreadsheet, mapColumns, safeCell, type SheetFormat } from '../common/spreadsheet.js';
import { toIssues } from '../common/zod.js';
import { Clock } from '../config/clock.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import type { UnitEntity } from './entities/unit.entity.js';
import { UnitsRepository } from './units.repository.js';
import { UnitsService } from './units.service.js';

export const UNIT_COLUMNS = {
  code: ['Mã đơn vị', 'code'],
  name: ['Tên đơn vị', 'name'],
  kind: ['Loại', 'kind'],
  group: ['Khối', 'group'],
  parentCode: ['Mã đơn vị cấp trên', 'parentCode'],
  headcount: ['Tổng số CBCCVC-NLĐ', 'headcount'],
} as const;
const REQUIRED = ['code', 'name', 'kind'] as const;

type Parsed = { row: number; data: ReturnType<typeof UnitImportRowSchema.parse> };

@Injectable()
export class UnitsImportService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: UnitsRepository,
    private readonly units: UnitsService,
    private readonly scope: ScopePolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly sheets: SheetReader,
  ) {}

  /**
   * Validates every row first; only a file without a single error is written, in one
   * transaction, so a failed import leaves nothing behind.
   */
  async import(
    actor: Actor,
    meta: RequestMeta,
    file: { originalname: string; buffer: Buffer },
    dryRun: boolean,
    lang: Lang,
  ): Promise<UnitImportResult> {
    const sheet = await this.sheets.read(file);
    const errors: ImportRowError[] = [];
    const err = (row: number, field: string, key: string) =>
      errors.push({ row, field, message: fieldMessage(key, lang) });
    const { index, missing } = mapColumns(sheet.header, UNIT_COLUMNS);
    for (const m of missing.filter((k) => (REQUIRED as readonly string[]).includes(k)))
      err(1, m, 'missing_column');
    if (!errors.length && sheet.rows.length === 0) err(0, 'file', 'empty_file');
    if (errors.length) return this.finish(dryRun, 0, 0, errors);

    const parsed: Parsed[] = [];
    const seen = new Map<string, number>();
    for (const r of sheet.rows) {
      const raw: Record<string, string> = {};
      for (const [k, i] of Object.entries(index) as [string, number][]) {
        const v = r.cells[i] ?? '';
        if (v !== '') raw[k] = v;
      }
      const res = UnitImportRowSchema.safeParse(raw);
      if (!res.success) {
        for (const issue of toIssues(res.error))
          errors.push({ row: r.row, field: issue.path, message: issue[lang] });
        continue;
      }
      if (seen.has(res.data.code)) {
        err(r.row, 'code', 'duplicate_in_file');
        continue;
      }
      seen.set(res.data.code, r.row);
      parsed.push({ row: r.row, data: res.data });
    }

    const codes = [
      ...new Set(parsed.flatMap((p) => [p.data.code, p.data.parentCode ?? '']).filter(Boolean)),
    ];
    const existing = new Map((await this.repo.findByCodes(codes)).map((u) => [u.code, u]));
    for (const p of parsed) {
      const current = existing.get(p.data.code);
      if (current && !this.scope.covers(actor, current.path)) err(p.row, 'code', 'out_of_scope');
      if (p.data.parentCode) {
        const dbParent = existing.get(p.data.parentCode);
        if (!seen.has(p.data.parentCode) && !dbParent) err(p.row, 'parentCode', 'unknown_parent');
        else if (
          !seen.has(p.data.parentCode) &&
          dbParent &&
          !this.scope.covers(actor, dbParent.path)
        ) {
          err(p.row, 'parentCode', 'out_of_scope');
        }
      } else if (!current && !ScopePolicy.mayCreateRoot(actor)) {
        err(p.row, 'parentCode', 'out_of_scope');
      }
    }
    const ordered = topoOrder(parsed, (code) => seen.has(code));
    if (!ordered) err(0, 'parentCode', 'cycle');
    if (errors.length || !ordered) return this.finish(dryRun, 0, 0, errors);

    const created = ordered.filter((p) => !existing.has(p.data.code)).length;
    const updated = ordered.length - created;
    if (dryRun) return this.finish(true, created, updated, []);

    await this.ds.transaction(async (em) => {
      const byCode = new Map(existing);
      for (const p of ordered) {
        const parent = p.data.parentCode ? (byCode.get(p.data.parentCode) ?? null) : null;
        const current = byCode.get(p.data.code);
        if (current) {
          await this.repo.update(em, current.id, {
            name: p.data.name,
            kind: p.data.kind,
            group: p.data.group,
            ...(p.data.headcount !== undefined ? { headcount: p.data.headcount } : {}),
          });
          if (p.data.headcount !== undefined && p.data.headcount !== current.headcount) {
            await this.repo.addHeadcount(
              em,
              current.id,
              p.data.headcount,
              actor.id,
              this.clock.now(),
            );
          }
        } else {
          const unit: UnitEntity = await this.units.createIn(
            em,
            actor,
            { ...p.data, isDemo: false },
            parent,
          );
          byCode.set(unit.code, unit);
        }
      }
      await this.audit.record(
        actor,
        meta,
        {
          action: 'unit.import',
          targetType: 'unit',
          targetId: null,
          after: { created, updated, codes: ordered.map((p) => p.data.code) },
        },
        em,
      );
    });
    return this.finish(false, created, updated, []);
  }

  private finish(
    dryRun: boolean,
    created: number,
    updated: number,
    errors: ImportRowError[],
  ): UnitImportResult {
    if (errors.length && !dryRun)
      throw new AppError('import_failed', errors, { count: errors.length });
    return { dryRun, created, updated, errors };
  }

  template(format: SheetFormat): Promise<Buffer> {
    const example = [
      ['PX.VP', 'Văn phòng HĐND và UBND phường', 'office', 'administrative', 'PX', 25],
      ['PX.TH', 'Trường Tiểu học số 1', 'school', 'public_service', 'PX', 40],
    ];
    return buildSpreadsheet({
      sheetName: 'Đơn vị',
      header: Object.values(UNIT_COLUMNS).map((t) => t[0]),
      rows: example.map((r) => r.map(safeCell)),
      format,
      widths: () => 28,
      help: [
        ['Mã đơn vị', 'Bắt buộc; chữ, số, _ . - ; duy nhất'],
        [
          'Loại',
          'province, city, commune, ward, special_zone, department, office, village, school, health_station, other',
        ],
        [
          'Khối',
          'administrative (cơ quan hành chính), public_service (đơn vị sự nghiệp), commune_level (cấp xã), other',
        ],
        ['Mã đơn vị cấp trên', 'Mã của đơn vị cha: đã có trong hệ thống hoặc nằm trong tệp'],
        ['Tổng số CBCCVC-NLĐ', 'Số nguyên ≥ 0 (không bắt buộc)'],
      ],
    });
  }
}

/** Parents before children; null when the file's parent links form a cycle. */
function topoOrder(rows: Parsed[], inFile: (code: string) => boolean): Parsed[] | null {
  const byCode = new Map(rows.map((r) => [r.data.code, r]));
  const out: Parsed[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (r: Parsed): boolean => {
    const s = state.get(r.data.code);
    if (s === 'done') return true;
    if (s === 'visiting') return false;
    state.set(r.data.code, 'visiting');
    const pc = r.data.parentCode;
    if (pc && inFile(pc) && !visit(byCode.get(pc)!)) return false;
    state.set(r.data.code, 'done');
    out.push(r);
    return true;
  };
  for (const r of rows) if (!visit(r)) return null;
  return out;
}
