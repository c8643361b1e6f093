import { Injectable } from '@nestjs/common';
import type { Figures, ParticipationReport } from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike } from '../scope/scope.policy.js';

export interface SnapshotRow {
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

export interface StoredSnapshot {
  report: ParticipationReport;
  created_by_name: string;
  created_at: Date;
  path: string;
}

@Injectable()
export class SnapshotsRepository {
  constructor(private readonly ds: DataSource) {}

  async insert(
    em: EntityManager,
    v: {
      unitId: string;
      params: unknown;
      label: string;
      note: string | null;
      report: ParticipationReport;
      createdBy: string;
      createdByName: string;
      createdAt: Date;
    },
  ): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO report_snapshots (unit_id, params, label, note, report, created_by, created_by_name, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        v.unitId,
        JSON.stringify(v.params),
        v.label,
        v.note,
        JSON.stringify(v.report),
        v.createdBy,
        v.createdByName,
        v.createdAt,
      ],
    )) as { id: string }[];
    return row!.id;
  }

  /** Snapshots of units under `pathPrefix`, newest first. */
  listUnder(pathPrefix: string): Promise<SnapshotRow[]> {
    return this.ds.query(
      `SELECT s.id, s.unit_id, u.name AS unit_name, s.label, s.note, s.created_by,
              s.created_by_name, s.created_at, s.report->'totals' AS totals
         FROM report_snapshots s JOIN units u ON u.id = s.unit_id
        WHERE u.path LIKE $1
        ORDER BY s.created_at DESC LIMIT 500`,
      [`${escapeLike(pathPrefix)}%`],
    ) as Promise<SnapshotRow[]>;
  }

  async find(id: string): Promise<StoredSnapshot | null> {
    const [row] = (await this.ds.query(
      `SELECT s.report, s.created_by_name, s.created_at, u.path
         FROM report_snapshots s JOIN units u ON u.id = s.unit_id WHERE s.id = $1`,
      [id],
    )) as StoredSnapshot[];
    return row ?? null;
  }
}
