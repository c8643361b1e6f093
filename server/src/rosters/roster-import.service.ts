import { Injectable } from '@nestjs/common';
import type { ImportRowError, RosterDuplicate, RosterImportResult } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import { maskTail } from '../common/mask.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { fieldMessage, type Lang } from '../common/messages.js';
import { SheetReader } from '../common/sheet-reader.js';
import { buildSpreadsheet, safeCell, type SheetFormat } from '../common/spreadsheet.js';
import { Clock } from '../config/clock.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import {
  parseRosterRows,
  planRosterImport,
  ROSTER_COLUMNS,
  ROSTER_MAX_ROWS,
  type ParsedRosterRow,
} from './roster-rows.js';
import { RostersRepository } from './rosters.repository.js';
import { RostersService } from './rosters.service.js';

type Mode = 'replace' | 'append';

/** Thrown inside the transaction of a dry run so that everything it did is rolled back. */
class DryRunRollback extends Error {
  constructor(readonly result: RosterImportResult) {
    super('dry run');
  }
}

@Injectable()
export class RosterImportService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: RostersRepository,
    private readonly rosters: RostersService,
    private readonly scope: ScopePolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly sheets: SheetReader,
  ) {}

  /**
   * Validates the whole file first; only a file without a single error is written, in one
   * transaction. A dry run goes through the same writes (so its counts, links included, are
   * exactly what a real import would do) and rolls them back.
   */
  async import(
    actor: Actor,
    meta: RequestMeta,
    unitId: string,
    file: { originalname: string; buffer: Buffer },
    opts: { dryRun: boolean; mode: Mode },
    lang: Lang,
  ): Promise<RosterImportResult> {
    const unit = await this.scope.unitInScope(actor, unitId);
    if (unit.activeTo) throw new AppError('unit_inactive');
    const sheet = await this.sheets.read(file);
    const { rows, errors } = parseRosterRows(sheet, lang);
    if (errors.length) return this.failed(opts, errors);
    const duplicates = await this.duplicates(unit.id, rows);

    try {
      return await this.ds.transaction(async (em) => {
        await this.repo.lockUnit(em, unit.id);
        const current = await this.repo.current(em, unit.id);
        const plan = planRosterImport(
          current.map((e) => ({
            id: e.id,
            fullName: e.full_name,
            citizenId: e.citizen_id,
            phone: e.phone,
            email: e.email,
            position: e.position,
          })),
          rows,
          opts.mode,
        );
        if (plan.conflicts.length) {
          const conflictErrors = plan.conflicts.map((c) => ({
            row: c.row,
            field: c.field,
            message: fieldMessage(c.key, lang),
          }));
          // Nothing was written yet; a dry run reports, a real import refuses.
          throw new DryRunRollback(this.failed(opts, conflictErrors));
        }
        const now = this.clock.now();
        // The unit's first list also stands for the time before it was imported.
        const first = !(await this.repo.everHadEntries(em, unit.id));
        await this.repo.end(em, plan.remove, now);
        await this.repo.update(em, plan.update);
        await this.repo.insert(
          em,
          unit.id,
          plan.create.map((c) => c.person),
          first ? null : now,
        );
        const linked = await this.rosters.linkUnit(em, actor, unit.id);
        const result: RosterImportResult = {
          dryRun: opts.dryRun,
          mode: opts.mode,
          created: plan.create.length,
          updated: plan.update.length,
          unchanged: plan.unchanged,
          removed: plan.remove.length,
          linked,
          duplicates,
          errors: [],
          total: current.length - plan.remove.length + plan.create.length,
        };
        if (opts.dryRun) throw new DryRunRollback(result);
        await this.audit.record(
          actor,
          meta,
          {
            action: 'roster.import',
            targetType: 'unit',
            targetId: unit.id,
            after: {
              mode: opts.mode,
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
              removed: result.removed,
              linked: result.linked,
              total: result.total,
              duplicates: duplicates.length,
            },
          },
          em,
        );
        return result;
      });
    } catch (e) {
      if (e instanceof DryRunRollback) return e.result;
      throw e;
    }
  }

  private failed(opts: { dryRun: boolean; mode: Mode }, errors: ImportRowError[]) {
    if (!opts.dryRun) throw new AppError('import_failed', errors, { count: errors.length });
    const result: RosterImportResult = {
      dryRun: true,
      mode: opts.mode,
      created: 0,
      updated: 0,
      unchanged: 0,
      removed: 0,
      linked: 0,
      duplicates: [],
      errors,
      total: 0,
    };
    return result;
  }

  /** People of the file who are also on the current list of another unit: a warning only. */
  private async duplicates(unitId: string, rows: ParsedRosterRow[]): Promise<RosterDuplicate[]> {
    const citizenIds = rows.flatMap((r) => (r.data.citizenId ? [r.data.citizenId] : []));
    const phones = rows.flatMap((r) => (r.data.phone ? [r.data.phone] : []));
    if (!citizenIds.length && !phones.length) return [];
    const found = await this.repo.elsewhere(this.ds, unitId, citizenIds, phones);
    const out: RosterDuplicate[] = [];
    for (const r of rows) {
      const seen = new Set<string>();
      for (const f of found) {
        if (seen.has(f.unit_id)) continue;
        const field =
          r.data.citizenId && f.citizen_id === r.data.citizenId
            ? 'citizenId'
            : r.data.phone && f.phone === r.data.phone
              ? 'phone'
              : null;
        if (!field) continue;
        seen.add(f.unit_id);
        out.push({
          row: r.row,
          field,
          value: maskTail(field === 'citizenId' ? r.data.citizenId! : r.data.phone!)!,
          unitId: f.unit_id,
          unitName: f.unit_name,
        });
      }
    }
    return out;
  }

  template(format: SheetFormat): Promise<Buffer> {
    const example = [
      ['Nguyễn Văn An', '049085000001', '0912345678', 'nvan@example.gov.vn', 'Chuyên viên'],
      ['Trần Thị Bích Ngọc', '051190000002', '0987654321', '', 'Kế toán'],
    ];
    return buildSpreadsheet({
      sheetName: 'Danh sách cán bộ',
      header: Object.values(ROSTER_COLUMNS).map((t) => t[0]),
      rows: example.map((r) => r.map(safeCell)),
      format,
      textColumns: [1, 2],
      widths: (i) => (i === 0 ? 30 : 22),
      help: [
        ['Họ và tên', 'Bắt buộc; họ, chữ đệm và tên, có dấu'],
        [
          'Số CCCD',
          'Đủ 12 chữ số (được phép có dấu cách, dấu chấm). Định dạng cột là Văn bản (Text) để Excel không bỏ số 0 ở đầu',
        ],
        ['Số điện thoại', 'Số di động hoặc cố định, dạng 0912345678 hoặc +84912345678'],
        ['', 'Mỗi dòng cần có Số CCCD hoặc Số điện thoại (ít nhất một); không trùng trong tệp'],
        ['Email', 'Không bắt buộc'],
        ['Chức vụ', 'Không bắt buộc, ví dụ: Chuyên viên, Kế toán, Phó Chủ tịch UBND'],
        [
          'Chế độ nhập',
          'Thay thế (mặc định): người không có trong tệp được đưa ra khỏi danh sách. Bổ sung: chỉ thêm và cập nhật',
        ],
        ['Giới hạn', `Tối đa ${ROSTER_MAX_ROWS.toLocaleString('vi-VN')} người cho một đơn vị`],
        ['Dữ liệu mẫu', 'Hai dòng ví dụ là dữ liệu giả: xóa trước khi nhập danh sách thật'],
      ],
    });
  }
}
