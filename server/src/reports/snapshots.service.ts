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
import { ScopePolicy, escapeLike } from '../scope/scope.policy.js';
import { ParticipationService } from './participation.service.js';

interface SnapshotRow {
  id: string;
  unit_id: string;
  unit_name: string;
  label: string;
  note: string | null;
  created_by: string | null;
  created_by_name: string;
  created_at: Date;
  totals: Figures;
}

/**
 * Chốt số liệu: a report frozen as it was computed, with its author and time. The row is
 * written once (a trigger refuses updates), so later attempts never change what was reported.
 */
@Injectable()
export class SnapshotsService {
  constructor(
    private readonly ds: DataSource,
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
      const [row] = (await em.query(
        `INSERT INTO report_snapshots (unit_id, params, label, note, report, created_by, created_by_name, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          report.scope.unitId,
          JSON.stringify(input.query),
          report.scope.label,
          input.note ?? null,
          JSON.stringify(report),
          actor.id,
          actor.fullName,
          now,
        ],
      )) as { id: string }[];
      await this.audit.record(
        actor,
        meta,
        {
          action: 'report.freeze',
          targetType: 'report_snapshot',
          targetId: row!.id,
          after: { unitId: report.scope.unitId, label: report.scope.label, query: input.query },
        },
        em,
      );
      return {
        id: row!.id,
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
    const prefix = root?.path ?? (actor.role === 'admin' ? '' : actor.unitPath);
    const rows = (await this.ds.query(
      `SELECT s.id, s.unit_id, u.name AS unit_name, s.label, s.note, s.created_by,
              s.created_by_name, s.created_at, s.report->'totals' AS totals
         FROM report_snapshots s JOIN units u ON u.id = s.unit_id
        WHERE u.path LIKE $1
        ORDER BY s.created_at DESC LIMIT 500`,
      [`${escapeLike(prefix)}%`],
    )) as SnapshotRow[];
    return rows.map(toSummary);
  }

  async get(actor: Actor, id: string): Promise<ParticipationReport> {
    const [row] = (await this.ds.query(
      `SELECT s.report, s.created_by_name, s.created_at, u.path
         FROM report_snapshots s JOIN units u ON u.id = s.unit_id WHERE s.id = $1`,
      [id],
    )) as {
      report: ParticipationReport;
      created_by_name: string;
      created_at: Date;
      path: string;
    }[];
    if (!row || !this.scope.covers(actor, row.path)) throw new AppError('not_found');
    return {
      ...row.report,
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
