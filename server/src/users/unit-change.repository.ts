import { Injectable } from '@nestjs/common';
import { UNIT_CHANGE_STATUSES, type UnitChangeStatus } from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike } from '../scope/scope.policy.js';
import { firstRow, mapRows, read, type Row } from '../database/rows.js';

export interface UnitChangeRow {
  id: string;
  userId: string;
  fullName: string;
  phone: string | null;
  fromUnitId: string | null;
  fromUnitName: string | null;
  toUnitId: string;
  toUnitName: string;
  toUnitPath: string;
  note: string | null;
  status: UnitChangeStatus;
  reason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
}

const toRow = (r: Row): UnitChangeRow => ({
  id: read.str(r, 'id'),
  userId: read.str(r, 'user_id'),
  fullName: read.str(r, 'full_name'),
  phone: read.strOrNull(r, 'phone'),
  fromUnitId: read.strOrNull(r, 'from_unit_id'),
  fromUnitName: read.strOrNull(r, 'from_unit_name'),
  toUnitId: read.str(r, 'to_unit_id'),
  toUnitName: read.str(r, 'to_unit_name'),
  toUnitPath: read.str(r, 'to_unit_path'),
  note: read.strOrNull(r, 'note'),
  status: read.oneOf(r, 'status', UNIT_CHANGE_STATUSES),
  reason: read.strOrNull(r, 'reason'),
  createdAt: read.date(r, 'created_at'),
  decidedAt: read.dateOrNull(r, 'decided_at'),
});

/** A request with the names a reader needs: the person and both units. */
const SELECT = `
  SELECT r.id, r.user_id, u.full_name, u.phone, r.from_unit_id, fu.name AS from_unit_name,
         r.to_unit_id, tu.name AS to_unit_name, tu.path AS to_unit_path, r.note, r.status,
         r.reason, r.created_at, r.decided_at
    FROM unit_change_requests r
    JOIN users u ON u.id = r.user_id
    JOIN units tu ON tu.id = r.to_unit_id
    LEFT JOIN units fu ON fu.id = r.from_unit_id`;

@Injectable()
export class UnitChangeRepository {
  constructor(private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  async insert(
    em: EntityManager,
    req: {
      userId: string;
      fromUnitId: string | null;
      toUnitId: string;
      note: string | null;
      at: Date;
    },
  ): Promise<string> {
    const rows = mapRows(
      await em.query(
        `INSERT INTO unit_change_requests (user_id, from_unit_id, to_unit_id, note, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [req.userId, req.fromUnitId, req.toUnitId, req.note, req.at],
      ),
      (r) => read.str(r, 'id'),
    );
    return rows[0]!;
  }

  async findById(id: string): Promise<UnitChangeRow | null> {
    return firstRow(await this.ds.query(`${SELECT} WHERE r.id = $1`, [id]), toRow);
  }

  /** The person's pending request, or else their latest decided one (withdrawn ones are gone). */
  async latestOf(userId: string): Promise<UnitChangeRow | null> {
    return firstRow(
      await this.ds.query(
        `${SELECT} WHERE r.user_id = $1 AND r.status <> 'withdrawn'
          ORDER BY (r.status = 'pending') DESC, r.created_at DESC LIMIT 1`,
        [userId],
      ),
      toRow,
    );
  }

  async pendingOf(userId: string): Promise<UnitChangeRow | null> {
    return firstRow(
      await this.ds.query(`${SELECT} WHERE r.user_id = $1 AND r.status = 'pending'`, [userId]),
      toRow,
    );
  }

  /**
   * Closes a pending request (approved, rejected, withdrawn); false when it is no longer pending,
   * so two focal people deciding at once cannot both win.
   */
  async decide(
    em: EntityManager,
    id: string,
    d: { status: UnitChangeStatus; reason: string | null; by: string; at: Date },
  ): Promise<boolean> {
    const [, count] = (await em.query(
      `UPDATE unit_change_requests SET status = $2, reason = $3, decided_by = $4, decided_at = $5
        WHERE id = $1 AND status = 'pending'`,
      [id, d.status, d.reason, d.by, d.at],
    )) as [unknown, number];
    return count > 0;
  }

  /** One page of requests into units under `subtree` (null: every unit), oldest first. */
  async list(opts: {
    subtree: string | null;
    status: UnitChangeStatus;
    page: number;
    pageSize: number;
  }): Promise<{ items: UnitChangeRow[]; total: number }> {
    const where = `r.status = $1 AND ($2::text IS NULL OR tu.path LIKE $2)`;
    const params = [opts.status, opts.subtree === null ? null : `${escapeLike(opts.subtree)}%`];
    const [count] = mapRows(
      await this.ds.query(
        `SELECT count(*)::int AS n FROM unit_change_requests r
           JOIN units tu ON tu.id = r.to_unit_id WHERE ${where}`,
        params,
      ),
      (r) => read.int(r, 'n'),
    );
    const items = mapRows(
      await this.ds.query(
        `${SELECT} WHERE ${where} ORDER BY r.created_at, r.id LIMIT $3 OFFSET $4`,
        [...params, opts.pageSize, (opts.page - 1) * opts.pageSize],
      ),
      toRow,
    );
    return { items, total: count ?? 0 };
  }
}
