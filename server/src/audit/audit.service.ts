import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../config/clock.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { AuditLogEntity } from './entities/audit-log.entity.js';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string | null;
  before?: object | null;
  after?: object | null;
}

/** Never put secrets or contact data in `before`/`after`: callers pass redacted views. */
@Injectable()
export class AuditService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  /** `'system'`: done by the server itself or an operator at its shell, not by an account. */
  async record(
    actor: Pick<Actor, 'id' | 'role'> | 'system' | null,
    meta: RequestMeta | null,
    entry: AuditEntry,
    em?: EntityManager,
  ) {
    await (em ?? this.ds.manager).insert(AuditLogEntity, {
      actorId: actor === 'system' ? null : (actor?.id ?? null),
      actorRole: actor === 'system' ? 'system' : (actor?.role ?? null),
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: meta?.requestId ?? null,
      at: this.clock.now(),
    });
  }

  /** Newest first, filtered by target or actor. */
  async list(q: {
    targetType?: string;
    targetId?: string;
    actorId?: string;
    page: number;
    pageSize: number;
  }) {
    const where: string[] = [];
    const params: unknown[] = [];
    for (const [col, v] of [
      ['a.target_type', q.targetType],
      ['a.target_id', q.targetId],
      ['a.actor_id', q.actorId],
    ] as const) {
      if (v) {
        params.push(v);
        where.push(`${col} = $${params.length}`);
      }
    }
    params.push(q.pageSize, (q.page - 1) * q.pageSize);
    const rows: {
      id: string;
      actor_id: string | null;
      actor_name: string | null;
      actor_role: string | null;
      action: string;
      target_type: string;
      target_id: string | null;
      before: unknown;
      after: unknown;
      request_id: string | null;
      at: Date;
    }[] = await this.ds.query(
      `SELECT a.*, u.full_name AS actor_name FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY a.id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        actorId: r.actor_id,
        actorName: r.actor_name,
        actorRole: r.actor_role,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        before: r.before,
        after: r.after,
        requestId: r.request_id,
        at: r.at.toISOString(),
      })),
    };
  }
}
