import { Injectable } from '@nestjs/common';
import type {
  CreateSnapshotSchema,
  Figures,
  ParticipationReport,
  SnapshotSummary,
} from '@cchc/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { ParticipationService } from './participation.service.js';
import { SnapshotsRepository, type SnapshotRow } from './snapshots.repository.js';

/**
 * Chốt số liệu: a report frozen as it was computed, with its author and time. The row is
 * written once (a trigger refuses updates), so later attempts never change what was reported.
 */
@Injectable()
export class SnapshotsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: SnapshotsRepository,
    private readonly participation: ParticipationService,
    private readonly scope: ScopePolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(
    actor: Actor,
    meta: RequestMeta,
    input: z.output<typeof CreateSnapshotSchema>,
  ): Promise<SnapshotSummary> {
    const report = await this.participation.report(actor, input.query, { fresh: true });
    const now = this.clock.now();
    return this.ds.transaction(async (em) => {
      const id = await this.repo.insert(em, {
        unitId: report.scope.unitId,
        params: input.query,
        label: report.scope.label,
        note: input.note ?? null,
        report,
        createdBy: actor.id,
        createdByName: actor.fullName,
        createdAt: now,
      });
      await this.audit.record(
        actor,
        meta,
        {
          action: 'report.freeze',
          targetType: 'report_snapshot',
          targetId: id,
          after: { unitId: report.scope.unitId, label: report.scope.label, query: input.query },
        },
        em,
      );
      return {
        id,
        unitId: report.scope.unitId,
        unitName: report.scope.unitName,
        label: report.scope.label,
        note: input.note ?? null,
        createdBy: { id: actor.id, fullName: actor.fullName },
        createdAt: now.toISOString(),
        totals: pickFigures(report.totals),
      };
    });
  }

  /** Snapshots of the caller's subtree, or of one unit's subtree; newest first. */
  async list(actor: Actor, unitId?: string): Promise<SnapshotSummary[]> {
    const root = unitId ? await this.scope.unitInScope(actor, unitId) : null;
    const prefix = root?.path ?? ScopePolicy.subtreeOf(actor) ?? '';
    const rows = await this.repo.listUnder(prefix);
    return rows.map(toSummary);
  }

  async get(actor: Actor, id: string): Promise<ParticipationReport> {
    const row = await this.repo.find(id);
    if (!row || !this.scope.covers(actor, row.path)) throw new AppError('not_found');
    return {
      ...withRule(row.report),
      snapshotId: id,
      frozen: { by: row.created_by_name, at: row.created_at.toISOString() },
    };
  }
}

function pickFigures(f: Figures): Figures {
  return {
    headcount: f.headcount,
    headcountSource: f.headcountSource,
    unitsWithoutHeadcount: f.unitsWithoutHeadcount,
    participants: f.participants,
    offList: f.offList ?? null,
    attempts: f.attempts,
    rate: f.rate,
    overHundred: f.overHundred,
    coverage: f.coverage,
    averageRoundRate: f.averageRoundRate,
    quality: f.quality,
    averageScore: f.averageScore,
    perfectEntries: f.perfectEntries,
    entries: f.entries,
  };
}

/**
 * A report frozen before the staff-list rule has neither its rule nor an off-list figure: it
 * keeps its figures and says which rule made them.
 */
function withRule(report: ParticipationReport): ParticipationReport {
  if (report.rule) return report;
  const old = <T extends Figures>(f: T): T => ({ ...f, offList: null });
  return {
    ...report,
    rule: 'unit_of_attempt',
    totals: old(report.totals),
    units: report.units.map(old),
  };
}

function toSummary(r: SnapshotRow): SnapshotSummary {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    label: r.label,
    note: r.note,
    createdBy: { id: r.created_by, fullName: r.created_by_name },
    createdAt: r.created_at.toISOString(),
    totals: pickFigures(r.totals),
  };
}
