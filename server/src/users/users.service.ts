import { Injectable } from '@nestjs/common';
import type {
  CreateUserSchema,
  ListUsersQuerySchema,
  OneTimeCode,
  Role,
  UpdateUserSchema,
  User,
} from '@cchc/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { PasswordService } from '../common/password.service.js';
import { AppError } from '../common/app-error.js';
import { EventBus } from '../common/events.js';
import { assertPasswordNotCommon } from '../common/password-policy.js';
import { fieldIssue } from '../common/messages.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import type { UserEntity } from './entities/user.entity.js';
import { OneTimeCodesService } from './one-time-codes.service.js';
import { UsersRepository } from './users.repository.js';
import { auditView, toUserDto } from './user.mapper.js';
import './user-events.js';

/**
 * Whose accounts a non-admin may manage, besides the scope of units: a reporter the
 * participants and reporters, an organiser everyone but admins. Taking over an account of a
 * higher role by resetting its password must not be possible.
 */
const MANAGES: Record<Role, readonly Role[]> = {
  admin: ['participant', 'reporter', 'organizer', 'admin'],
  organizer: ['participant', 'reporter', 'organizer'],
  reporter: ['participant', 'reporter'],
  participant: [],
};

@Injectable()
export class UsersService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: UsersRepository,
    private readonly scope: ScopePolicy,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly oneTimeCodes: OneTimeCodesService,
    private readonly events: EventBus,
  ) {}

  /**
   * An account the actor may manage, or not_found: outside the actor's subtree, an admin
   * account for a non-admin, or a role above what the actor manages all look the same.
   */
  private async manageable(actor: Actor, userId: string): Promise<UserEntity> {
    const user = await this.repo.findById(userId);
    if (!user || !MANAGES[actor.role].includes(user.role)) throw new AppError('not_found');
    if (ScopePolicy.subtreeOf(actor) === null) return user;
    const unit = user.unitId ? await this.repo.findUnit(user.unitId) : null;
    if (!unit || !this.scope.covers(actor, unit.path)) throw new AppError('not_found');
    return user;
  }

  /**
   * A one-time code for someone the actor manages, shown once to the issuer (the rules of the
   * code itself: OneTimeCodesService).
   */
  async issueCode(actor: Actor, meta: RequestMeta, userId: string): Promise<OneTimeCode> {
    return this.oneTimeCodes.issue(actor, meta, await this.manageable(actor, userId));
  }

  /**
   * Edits an account in scope. Only an admin grants or removes admin; a reporter changes no
   * roles; an account keeps something to sign in with. Deactivating ends every session and
   * closes the sockets at once; the person's attempts stay and keep counting.
   */
  async update(
    actor: Actor,
    meta: RequestMeta,
    userId: string,
    input: z.output<typeof UpdateUserSchema>,
  ): Promise<User> {
    const user = await this.manageable(actor, userId);
    if (input.role !== undefined && input.role !== user.role) {
      if (actor.role === 'reporter' || !MANAGES[actor.role].includes(input.role))
        throw new AppError('forbidden');
      if (user.id === actor.id) throw new AppError('forbidden');
    }
    if (input.active === false && user.id === actor.id) throw new AppError('forbidden');
    let unitId = user.unitId;
    if (input.unitId !== undefined && input.unitId !== user.unitId) {
      const unit = await this.scope.unitInScope(actor, input.unitId);
      if (unit.activeTo) throw new AppError('unit_inactive');
      unitId = unit.id;
    }
    const patch: Partial<UserEntity> = {};
    if (input.fullName !== undefined) patch.fullName = input.fullName;
    if (input.phone !== undefined) patch.phone = input.phone;
    if (input.email !== undefined) patch.email = input.email;
    if (input.citizenId !== undefined) patch.citizenId = input.citizenId;
    if (input.role !== undefined) patch.role = input.role;
    if (input.active !== undefined) patch.active = input.active;
    if (unitId !== user.unitId) patch.unitId = unitId;
    const after: UserEntity = { ...user, ...patch };
    if (!after.phone && !after.email && !after.citizenId)
      throw new AppError('validation_failed', [fieldIssue('phone', 'login_required')]);
    const deactivated = user.active && !after.active;
    await this.ds.transaction(async (em) => {
      await this.repo.update(em, userId, patch);
      if (deactivated) await this.repo.endSessions(em, userId, this.clock.now());
      await this.audit.record(
        actor,
        meta,
        {
          action: deactivated
            ? 'user.deactivate'
            : !user.active && after.active
              ? 'user.reactivate'
              : 'user.update',
          targetType: 'user',
          targetId: userId,
          before: auditView(user),
          after: auditView(after),
        },
        em,
      );
    });
    if (deactivated) this.events.publish('users.sessions-ended', { userId });
    const saved = await this.repo.findById(userId);
    if (!saved) throw new AppError('not_found');
    return toUserDto(saved, await this.repo.unitName(saved.unitId));
  }

  /** Admins create any account; organisers create organiser/reporter accounts in their subtree. */
  async create(
    actor: Actor,
    meta: RequestMeta,
    input: z.output<typeof CreateUserSchema>,
  ): Promise<User> {
    const unit = await this.scope.unitInScope(actor, input.unitId);
    if (input.role === 'admin' && actor.role !== 'admin') throw new AppError('forbidden');
    if (!input.phone && !input.email) {
      throw new AppError('validation_failed', [fieldIssue('email', 'login_required')]);
    }
    assertPasswordNotCommon(input.password);
    const passwordHash = await this.passwords.hash(input.password);
    const user = await this.ds.transaction(async (em) => {
      const created = await this.repo.insert(em, {
        fullName: input.fullName,
        role: input.role,
        unitId: unit.id,
        phone: input.phone ?? null,
        email: input.email ?? null,
        passwordHash,
        consentAt: this.clock.now(),
      });
      await this.audit.record(
        actor,
        meta,
        {
          action: 'user.create',
          targetType: 'user',
          targetId: created.id,
          after: auditView(created),
        },
        em,
      );
      return created;
    });
    return toUserDto(user, unit.name);
  }

  async list(actor: Actor, query: z.output<typeof ListUsersQuerySchema>) {
    if (query.unitId) await this.scope.unitInScope(actor, query.unitId);
    const filter = this.scope.pathFilter(actor, 'unit');
    const { items, total } = await this.repo.list({
      scopeSql: filter.sql,
      params: filter.params,
      unitId: query.unitId,
      role: query.role,
      search: query.search,
      page: query.page,
      pageSize: query.pageSize,
    });
    return {
      items: items.map((u) => toUserDto(u, u.unitName)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
