import { Injectable } from '@nestjs/common';
import type { CreateUserSchema, ListUsersQuerySchema, User } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { PasswordService } from '../common/password.service.js';
import { AppError } from '../common/app-error.js';
import { fieldIssue } from '../common/messages.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { UsersRepository } from './users.repository.js';
import { auditView, toUserDto } from './user.mapper.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: UsersRepository,
    private readonly scope: ScopePolicy,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

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
