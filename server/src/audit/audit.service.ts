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

  async record(
    actor: Actor | null,
    meta: RequestMeta | null,
    entry: AuditEntry,
    em?: EntityManager,
  ) {
    await (em ?? this.ds.manager).insert(AuditLogEntity, {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: meta?.requestId ?? null,
      at: this.clock.now(),
    });
  }
}
