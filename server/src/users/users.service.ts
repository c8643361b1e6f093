import { Inject, Injectable } from '@nestjs/common';
import type {
  BulkUsers,
  BulkUsersResult,
  CreateUserSchema,
  ListUsersQuerySchema,
  OneTimeCode,
  Role,
  UpdateUserSchema,
  User,
  UserPage,
  UserMergePreview,
  UserMergeResult,
} from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { PasswordService } from '../common/password.service.js';
import { AppError } from '../common/app-error.js';
import { EventBus } from '../common/events.js';
import { assertPasswordNotCommon } from '../common/password-policy.js';
import { ENV, type Env } from '../config/env.js';
import { fieldIssue } from '../common/messages.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import type { UserEntity } from './entities/user.entity.js';
import { type LoginSlip, writeLoginSlipsPdf, writeLoginSlipsXlsx } from './login-slips.js';
import { OneTimeCodesService } from './one-time-codes.service.js';
import { SlipFiles } from './slip-files.js';
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

/** Only people's own accounts merge: never an admin's or an organiser's. */
const MERGEABLE: readonly Role[] = ['participant', 'reporter'];

/** Why two accounts cannot merge: the same one, not a person's own, or merged already. */
const refusesMerge = (a: UserEntity, b: UserEntity) =>
  a.id === b.id ||
  !MERGEABLE.includes(a.role) ||
  !MERGEABLE.includes(b.role) ||
  a.mergedIntoId !== null ||
  b.mergedIntoId !== null;

/** The contacts a merge carries over to the target when it has none of its own. */
const CONTACTS = ['phone', 'email', 'citizenId'] as const;

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
    private readonly slips: SlipFiles,
    @Inject(ENV) private readonly env: Env,
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
    const ended = await this.ds.transaction((em) => this.applyIn(em, actor, meta, user, patch));
    this.published(user, patch, ended);
    const saved = await this.repo.findById(userId);
    if (!saved) throw new AppError('not_found');
    return toUserDto(saved, await this.repo.unitName(saved.unitId));
  }

  /**
   * Moves a person into `unitId`, a unit in the actor's scope (an approved unit change request:
   * the receiving focal person decides, so the scope checked is the receiving unit's, not the
   * person's current one). The unit is written the way a PATCH writes it (applyIn: audited,
   * 'users.unit-changed' after the commit); `within` runs in the same transaction and its error
   * rolls the move back.
   */
  async moveToUnit(
    actor: Actor,
    meta: RequestMeta,
    userId: string,
    unitId: string,
    within: (em: EntityManager) => Promise<void>,
  ): Promise<void> {
    const unit = await this.scope.unitInScope(actor, unitId);
    if (unit.activeTo) throw new AppError('unit_inactive');
    const user = await this.repo.findById(userId);
    if (!user || !MANAGES[actor.role].includes(user.role)) throw new AppError('not_found');
    const patch: Partial<UserEntity> = user.unitId === unit.id ? {} : { unitId: unit.id };
    const ended = await this.ds.transaction(async (em) => {
      await within(em);
      return this.applyIn(em, actor, meta, user, patch);
    });
    this.published(user, patch, ended);
  }

  /** The facts of a committed change, for the features and caches that listen. */
  private published(user: UserEntity, patch: Partial<UserEntity>, ended: boolean): void {
    if (ended) this.events.publish('users.sessions-ended', { userId: user.id });
    if (patch.unitId && patch.unitId !== user.unitId)
      this.events.publish('users.unit-changed', {
        userId: user.id,
        fromUnitId: user.unitId,
        toUnitId: patch.unitId,
      });
  }

  /**
   * The one way an account changes (a PATCH, or a bulk deactivate/reactivate), inside the
   * caller's transaction: the patch, every session ended when it deactivates, staff lists told
   * when the phone or CCCD changes, the audit entry. Returns whether sessions ended: the caller
   * publishes 'users.sessions-ended' after the commit (auth and the sockets hear it).
   */
  private async applyIn(
    em: EntityManager,
    actor: Actor,
    meta: RequestMeta,
    user: UserEntity,
    patch: Partial<UserEntity>,
  ): Promise<boolean> {
    const after: UserEntity = { ...user, ...patch };
    const deactivated = user.active && !after.active;
    await this.repo.update(em, user.id, patch);
    if (deactivated) await this.repo.endSessions(em, user.id, this.clock.now());
    if (after.phone !== user.phone || after.citizenId !== user.citizenId) {
      await this.events.run('users.contacts-changing', {
        em,
        user: {
          id: user.id,
          unitId: after.unitId,
          citizenId: after.citizenId,
          phone: after.phone,
        },
      });
    }
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
        targetId: user.id,
        before: auditView(user),
        after: auditView(after),
      },
      em,
    );
    return deactivated;
  }

  /**
   * One action on many accounts: every id must be an account the actor manages (else not_found,
   * nothing done), and the actor never deactivates themself (forbidden). All in one transaction,
   * one audit entry per account; deactivation goes the way of the PATCH (applyIn). Codes are
   * issued as the single route does and printed on login slips kept for the actor.
   */
  async bulk(
    actor: Actor,
    meta: RequestMeta,
    input: BulkUsers,
    origin: string,
  ): Promise<BulkUsersResult> {
    const ids = [...new Set(input.ids)];
    if (ids.length > this.env.USERS_BULK_MAX) {
      throw new AppError('validation_failed', [
        fieldIssue('ids', 'users_bulk_too_many', { max: this.env.USERS_BULK_MAX }),
      ]);
    }
    const users = await this.repo.findManyWithUnits(ids);
    const subtree = ScopePolicy.subtreeOf(actor);
    const inScope = (u: (typeof users)[number]) =>
      MANAGES[actor.role].includes(u.role) &&
      (subtree === null || (u.unitPath !== null && this.scope.covers(actor, u.unitPath)));
    if (users.length !== ids.length || !users.every(inScope)) throw new AppError('not_found');

    if (input.action === 'issue-codes') {
      const secret = await this.oneTimeCodes.secret();
      const now = this.clock.now();
      const issued = await this.ds.transaction(async (em) => {
        const out: LoginSlip[] = [];
        for (const u of users) {
          const c = await this.oneTimeCodes.issueIn(em, actor, meta, u, secret, now);
          out.push({
            fullName: u.fullName,
            unitName: u.unitName ?? '',
            username: u.phone ?? u.citizenId ?? u.email ?? '',
            code: c.code,
            expiresAt: new Date(c.expiresAt),
          });
        }
        return out;
      });
      const { token, open } = await this.slips.create(actor.id);
      // the slips name the issuer's unit; an admin without one, the accounts' own unit
      const issuerUnit = actor.unitId ? await this.repo.unitName(actor.unitId) : null;
      const issuingUnit = issuerUnit ?? users[0]?.unitName ?? '';
      const opts = { origin, issuingUnit, issuedAt: now };
      await writeLoginSlipsPdf(issued, open('pdf'), opts);
      await writeLoginSlipsXlsx(issued, open('xlsx'), opts);
      return {
        action: input.action,
        changed: issued.length,
        slips: {
          pdfUrl: `/api/roster/slips/${token}.pdf`,
          xlsxUrl: `/api/roster/slips/${token}.xlsx`,
        },
      };
    }

    const active = input.action === 'reactivate';
    if (!active && users.some((u) => u.id === actor.id)) throw new AppError('forbidden');
    const changing = users.filter((u) => u.active !== active);
    const ended = await this.ds.transaction(async (em) => {
      const out: string[] = [];
      for (const u of changing) {
        if (await this.applyIn(em, actor, meta, u, { active })) out.push(u.id);
      }
      return out;
    });
    for (const userId of ended) this.events.publish('users.sessions-ended', { userId });
    return { action: input.action, changed: changing.length, slips: null };
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

  /** Accounts the actor manages (their roles, their subtree), one page, newest state. */
  async list(actor: Actor, query: z.output<typeof ListUsersQuerySchema>): Promise<UserPage> {
    const unit = query.unitId ? await this.scope.unitInScope(actor, query.unitId) : null;
    const filter = this.scope.pathFilter(actor, 'unit');
    const { items, total } = await this.repo.list({
      scopeSql: filter.sql,
      params: filter.params,
      roles: actor.role === 'admin' ? null : MANAGES[actor.role],
      unitId: unit?.id,
      subtreePath: unit && query.subtree ? unit.path : undefined,
      role: query.role,
      status: query.status,
      search: query.search || undefined,
      page: query.page,
      pageSize: query.pageSize,
    });
    return {
      items: items.map((u) => ({
        ...toUserDto(u, u.unitName),
        lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
        activated: u.passwordHash !== null,
        onRoster: u.onRoster,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Both accounts of a merge, in the actor's reach (else 404) and mergeable (else 422). */
  private async mergeable(actor: Actor, sourceId: string, targetId: string) {
    const source = await this.manageable(actor, sourceId);
    const target = await this.manageable(actor, targetId);
    if (refusesMerge(source, target)) throw new AppError('merge_not_allowed');
    return { source, target };
  }

  /** Both accounts side by side before a merge, after the merge's own checks. */
  async mergePreview(actor: Actor, sourceId: string, targetId: string): Promise<UserMergePreview> {
    const { source, target } = await this.mergeable(actor, sourceId, targetId);
    const side = async (u: UserEntity) => ({
      ...toUserDto(u, await this.repo.unitName(u.unitId)),
      ...(await this.repo.mergeFacts(u.id)),
    });
    return { source: await side(source), target: await side(target) };
  }

  /**
   * Merges a duplicate account (`sourceId`, typically self-registered) into the person's other
   * one (`targetId`, typically made from the staff list), all or nothing: attempts and counted
   * entries move (attempts' step), staff-list links move (rosters' step), the phone, email or
   * CCCD the target lacks moves over from the source, and the source is deactivated, marked as
   * merged into the target, its sessions and sockets ended and its unused code dropped. Its
   * record stays, so the audit trail and frozen results that name it still resolve.
   *
   * Who: an admin, or an organiser/reporter whose subtree holds both accounts (outside it: 404).
   * Refused (merge_not_allowed): the same account, an admin or organiser account on either side,
   * or an account already merged. Refused (merge_open_attempts, 409) when both have an attempt in
   * progress in the same round.
   */
  async mergeInto(
    actor: Actor,
    meta: RequestMeta,
    sourceId: string,
    targetId: string,
  ): Promise<UserMergeResult> {
    await this.mergeable(actor, sourceId, targetId);
    const now = this.clock.now();
    const done = await this.ds.transaction(async (em) => {
      const locked = await this.repo.lockForMerge(em, [sourceId, targetId]);
      const src = locked.find((u) => u.id === sourceId);
      const tgt = locked.find((u) => u.id === targetId);
      if (!src || !tgt) throw new AppError('not_found');
      // changed while we were not holding the rows (merged or given a role meanwhile)
      if (refusesMerge(src, tgt)) throw new AppError('merge_not_allowed');
      const details: Record<string, number> = {};
      const roundIds: string[] = [];
      await this.events.run('users.merging', {
        em,
        sourceId,
        targetId,
        at: now,
        details,
        roundIds,
      });
      const movedContacts = CONTACTS.filter((k) => src[k] !== null && tgt[k] === null);
      const srcPatch: Partial<UserEntity> = { active: false, mergedIntoId: targetId };
      const tgtPatch: Partial<UserEntity> = {};
      for (const k of movedContacts) {
        srcPatch[k] = null;
        tgtPatch[k] = src[k];
      }
      // the source lets go first: phone, email and CCCD are unique across accounts
      await this.repo.update(em, sourceId, srcPatch);
      await this.repo.update(em, targetId, tgtPatch);
      await this.repo.endSessions(em, sourceId, now);
      await this.oneTimeCodes.dropUnused(em, sourceId);
      await this.audit.record(
        actor,
        meta,
        {
          action: 'user.merge',
          targetType: 'user',
          targetId: sourceId,
          before: { source: auditView(src), target: auditView(tgt) },
          after: { mergedIntoId: targetId, movedContacts, ...details },
        },
        em,
      );
      return { movedContacts, details, roundIds };
    });
    this.events.publish('users.sessions-ended', { userId: sourceId });
    this.events.publish('users.merged', { sourceId, targetId, roundIds: done.roundIds });
    const [src, tgt] = await Promise.all([
      this.repo.findById(sourceId),
      this.repo.findById(targetId),
    ]);
    if (!src || !tgt) throw new AppError('not_found');
    return {
      source: toUserDto(src, await this.repo.unitName(src.unitId)),
      target: toUserDto(tgt, await this.repo.unitName(tgt.unitId)),
      movedAttempts: done.details.movedAttempts ?? 0,
      rounds: done.roundIds.length,
      movedContacts: done.movedContacts,
      rosterLinksMoved: done.details.rosterLinksMoved ?? 0,
    };
  }
}
