import { Injectable } from '@nestjs/common';
import type {
  CreateUnitChangeSchema,
  DecideUnitChangeSchema,
  ErrorCode,
  ListUnitChangesQuerySchema,
  MyUnitChange,
  UnitChangePage,
  UnitChangeRequest,
  UnitChangeStatus,
} from '@cchc/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AuditService, type AuditEntry } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { maskTail } from '../common/mask.js';
import { fieldIssue } from '../common/messages.js';
import { violatedUnique } from '../common/unique-violation.js';
import { Clock } from '../config/clock.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { UnitChangeRepository, type UnitChangeRow } from './unit-change.repository.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

const toDto = (r: UnitChangeRow): UnitChangeRequest => ({
  id: r.id,
  userId: r.userId,
  fullName: r.fullName,
  phone: maskTail(r.phone),
  fromUnitId: r.fromUnitId,
  fromUnitName: r.fromUnitName,
  toUnitId: r.toUnitId,
  toUnitName: r.toUnitName,
  note: r.note,
  status: r.status,
  reason: r.reason,
  createdAt: r.createdAt.toISOString(),
  decidedAt: r.decidedAt?.toISOString() ?? null,
});

/**
 * A participant asks to move to another unit; the focal person (reporter, organiser) of the
 * RECEIVING unit — or an admin — approves or rejects. Approval moves the account through
 * UsersService (the one path that writes a user's unit), so the move is audited and heard.
 */
@Injectable()
export class UnitChangeService {
  constructor(
    private readonly repo: UnitChangeRepository,
    private readonly users: UsersRepository,
    private readonly accounts: UsersService,
    private readonly scope: ScopePolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async mine(actor: Actor): Promise<MyUnitChange> {
    const row = await this.repo.latestOf(actor.id);
    return { request: row ? toDto(row) : null };
  }

  /**
   * One pending request per person: a second is refused (unit_change_pending) rather than
   * silently replacing the first, which the receiving focal person may be reading.
   */
  async request(
    actor: Actor,
    meta: RequestMeta,
    input: z.output<typeof CreateUnitChangeSchema>,
  ): Promise<UnitChangeRequest> {
    if (actor.role !== 'participant') throw new AppError('forbidden');
    const unit = await this.users.findUnit(input.unitId);
    if (!unit) throw new AppError('validation_failed', [fieldIssue('unitId', 'unknown_unit')]);
    if (unit.activeTo) throw new AppError('unit_inactive');
    if (unit.id === actor.unitId) throw new AppError('unit_change_same_unit');
    if (await this.repo.pendingOf(actor.id)) throw new AppError('unit_change_pending');
    const id = await this.repo.transaction(async (em) => {
      const id = await this.repo
        .insert(em, {
          userId: actor.id,
          fromUnitId: actor.unitId,
          toUnitId: unit.id,
          note: input.note || null,
          at: this.clock.now(),
        })
        .catch((e: unknown) => {
          throw violatedUnique(e) === 'uq_unit_change_requests_pending'
            ? new AppError('unit_change_pending')
            : e;
        });
      await this.audit.record(
        actor,
        meta,
        {
          action: 'unit_change.request',
          targetType: 'user',
          targetId: actor.id,
          before: { unitId: actor.unitId },
          after: { unitId: unit.id, requestId: id },
        },
        em,
      );
      return id;
    });
    return toDto((await this.repo.findById(id))!);
  }

  async withdraw(actor: Actor, meta: RequestMeta): Promise<void> {
    const pending = await this.repo.pendingOf(actor.id);
    if (!pending) throw new AppError('not_found');
    await this.repo.transaction((em) =>
      this.close(em, actor, meta, pending.id, 'withdrawn', null, 'not_found', {
        action: 'unit_change.withdraw',
        targetType: 'user',
        targetId: actor.id,
        after: { requestId: pending.id },
      }),
    );
  }

  async list(
    actor: Actor,
    query: z.output<typeof ListUnitChangesQuerySchema>,
  ): Promise<UnitChangePage> {
    const subtree = ScopePolicy.subtreeOf(actor);
    // an actor without a unit (and not an admin) reaches nothing
    if (subtree === '') return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const { items, total } = await this.repo.list({ subtree, ...query });
    return { items: items.map(toDto), total, page: query.page, pageSize: query.pageSize };
  }

  /** A request into a unit the actor reaches; anything else is not_found (no existence leak). */
  private async inScope(actor: Actor, id: string): Promise<UnitChangeRow> {
    const row = await this.repo.findById(id);
    if (!row || !this.scope.covers(actor, row.toUnitPath)) throw new AppError('not_found');
    if (row.status !== 'pending') throw new AppError('invalid_transition');
    return row;
  }

  async approve(
    actor: Actor,
    meta: RequestMeta,
    id: string,
    input: z.output<typeof DecideUnitChangeSchema>,
  ): Promise<UnitChangeRequest> {
    const row = await this.inScope(actor, id);
    const reason = input.reason || null;
    await this.accounts.moveToUnit(actor, meta, row.userId, row.toUnitId, (em) =>
      this.close(em, actor, meta, id, 'approved', reason, 'invalid_transition', {
        action: 'unit_change.approve',
        targetType: 'user',
        targetId: row.userId,
        before: { unitId: row.fromUnitId },
        after: { unitId: row.toUnitId, requestId: id, reason },
      }),
    );
    return toDto((await this.repo.findById(id))!);
  }

  async reject(
    actor: Actor,
    meta: RequestMeta,
    id: string,
    input: z.output<typeof DecideUnitChangeSchema>,
  ): Promise<UnitChangeRequest> {
    const row = await this.inScope(actor, id);
    const reason = input.reason || null;
    await this.repo.transaction((em) =>
      this.close(em, actor, meta, id, 'rejected', reason, 'invalid_transition', {
        action: 'unit_change.reject',
        targetType: 'user',
        targetId: row.userId,
        after: { requestId: id, toUnitId: row.toUnitId, reason },
      }),
    );
    return toDto((await this.repo.findById(id))!);
  }

  /**
   * Closes a pending request and audits it in the caller's transaction; `gone` is the error when
   * it is no longer pending (another decision or a withdrawal got there first).
   */
  private async close(
    em: EntityManager,
    actor: Actor,
    meta: RequestMeta,
    id: string,
    status: Exclude<UnitChangeStatus, 'pending'>,
    reason: string | null,
    gone: ErrorCode,
    entry: AuditEntry,
  ): Promise<void> {
    if (!(await this.repo.decide(em, id, { status, reason, by: actor.id, at: this.clock.now() })))
      throw new AppError(gone);
    await this.audit.record(actor, meta, entry, em);
  }
}
