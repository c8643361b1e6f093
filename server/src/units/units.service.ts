import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  CreateUnitSchema,
  MergeUnitSchema,
  PublicUnit,
  Unit,
  UnitHistory,
  UpdateUnitSchema,
} from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { fieldIssue, type FieldKey } from '../common/messages.js';
import { Clock } from '../config/clock.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { EventBus } from '../common/events.js';
import { mapUniqueViolation } from '../common/unique-violation.js';
import type { UnitEntity } from './entities/unit.entity.js';
import { UnitsRepository } from './units.repository.js';
import { toUnitDto, unitAuditView } from './unit.mapper.js';

const fieldError = (path: string, key: FieldKey) =>
  new AppError('validation_failed', [fieldIssue(path, key)]);

@Injectable()
export class UnitsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: UnitsRepository,
    private readonly scope: ScopePolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async list(actor: Actor): Promise<Unit[]> {
    const f = this.scope.pathFilter(actor, 'u');
    const units = await this.repo.listInScope(f.sql, f.params);
    return units.map(toUnitDto);
  }

  async listPublic(): Promise<PublicUnit[]> {
    const rows = await this.repo.listPublic();
    return rows.map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id, path: r.path }));
  }

  async get(actor: Actor, id: string): Promise<Unit> {
    return toUnitDto(await this.scope.unitInScope(actor, id));
  }

  async history(actor: Actor, id: string): Promise<UnitHistory> {
    await this.scope.unitInScope(actor, id);
    const h = await this.repo.history(id);
    return {
      headcounts: h.headcounts.map((r) => ({
        value: r.value,
        declaredAt: r.declared_at.toISOString(),
        declaredBy: r.declared_by,
      })),
      events: h.events.map((e) => ({
        kind: e.kind,
        before: e.before,
        after: e.after,
        actor: e.actor,
        at: e.at.toISOString(),
      })),
    };
  }

  async create(
    actor: Actor,
    meta: RequestMeta,
    input: z.output<typeof CreateUnitSchema>,
  ): Promise<Unit> {
    // Only an admin may create a new root; everyone else creates inside their subtree.
    if (input.parentId === null && !ScopePolicy.mayCreateRoot(actor))
      throw new AppError('forbidden');
    const parent = input.parentId ? await this.scope.unitInScope(actor, input.parentId) : null;
    if (parent?.activeTo) throw new AppError('unit_inactive');
    return this.ds.transaction(async (em) => {
      const unit = await this.createIn(em, actor, { ...input, isDemo: false }, parent);
      await this.audit.record(
        actor,
        meta,
        {
          action: 'unit.create',
          targetType: 'unit',
          targetId: unit.id,
          after: unitAuditView(unit),
        },
        em,
      );
      return toUnitDto(unit);
    });
  }

  /** Creates one unit inside a transaction (shared by the API and the importer). */
  async createIn(
    em: EntityManager,
    actor: Actor | null,
    input: {
      code: string;
      name: string;
      kind: UnitEntity['kind'];
      group: UnitEntity['group'];
      headcount?: number | undefined;
      target?: number;
      isDemo: boolean;
    },
    parent: UnitEntity | null,
  ): Promise<UnitEntity> {
    const id = randomUUID();
    const now = this.clock.now();
    let unit: UnitEntity;
    try {
      unit = await this.repo.insert(em, {
        id,
        code: input.code,
        name: input.name,
        kind: input.kind,
        group: input.group,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        headcount: input.headcount ?? null,
        target: input.target ?? 1,
        activeFrom: now,
        activeTo: null,
        mergedIntoId: null,
        isDemo: input.isDemo,
      });
    } catch (e) {
      throw mapUniqueViolation(e);
    }
    if (input.headcount !== undefined)
      await this.repo.addHeadcount(em, id, input.headcount, actor?.id ?? null, now);
    await this.repo.addEvent(
      em,
      id,
      'created',
      null,
      { code: unit.code, name: unit.name },
      actor?.id ?? null,
      now,
    );
    return unit;
  }

  async update(
    actor: Actor,
    meta: RequestMeta,
    id: string,
    input: z.output<typeof UpdateUnitSchema>,
  ): Promise<Unit> {
    const unit = await this.scope.unitInScope(actor, id);
    // Reporters (focal persons) may declare their headcount, nothing else.
    if (actor.role === 'reporter') {
      const keys = Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined);
      if (keys.some((k) => k !== 'headcount')) throw new AppError('forbidden');
    }
    if (unit.activeTo) throw new AppError('unit_inactive');
    return this.ds.transaction(async (em) => {
      const now = this.clock.now();
      const before = unitAuditView(unit);
      const patch: Partial<UnitEntity> = {};
      if (input.name !== undefined && input.name !== unit.name) {
        patch.name = input.name;
        await this.repo.addEvent(
          em,
          id,
          'renamed',
          { name: unit.name },
          { name: input.name },
          actor.id,
          now,
        );
      }
      if (input.kind !== undefined) patch.kind = input.kind;
      if (input.group !== undefined) patch.group = input.group;
      if (input.target !== undefined) patch.target = input.target;
      if (input.headcount !== undefined) {
        patch.headcount = input.headcount;
        await this.repo.addHeadcount(em, id, input.headcount, actor.id, now);
      }
      if (input.parentId !== undefined && input.parentId !== unit.parentId) {
        await this.moveIn(em, actor, unit, input.parentId, now);
      }
      if (Object.keys(patch).length) await this.repo.update(em, id, patch);
      const after = (await this.repo.findById(id, em))!;
      await this.audit.record(
        actor,
        meta,
        {
          action: 'unit.update',
          targetType: 'unit',
          targetId: id,
          before,
          after: unitAuditView(after),
        },
        em,
      );
      return toUnitDto(after);
    });
  }

  private async moveIn(
    em: EntityManager,
    actor: Actor,
    unit: UnitEntity,
    newParentId: string,
    now: Date,
  ) {
    // Moving one's own unit would take it out of one's own scope.
    if (!ScopePolicy.mayReshape(actor, unit.id)) throw new AppError('forbidden');
    const parent = await this.scope.unitInScope(actor, newParentId);
    if (parent.path.startsWith(unit.path)) throw fieldError('parentId', 'cycle');
    if (parent.activeTo) throw new AppError('unit_inactive');
    await this.repo.repath(em, unit.path, `${parent.path}${unit.id}/`);
    await this.repo.update(em, unit.id, { parentId: parent.id });
    await this.repo.addEvent(
      em,
      unit.id,
      'moved',
      { parentId: unit.parentId },
      { parentId: parent.id },
      actor.id,
      now,
    );
  }

  /**
   * Merging A into B keeps A's history: A becomes an inactive child of B (so B's subtree still
   * counts A's past participation), A's children and accounts move to B.
   */
  async merge(
    actor: Actor,
    meta: RequestMeta,
    id: string,
    input: z.output<typeof MergeUnitSchema>,
  ): Promise<Unit> {
    const source = await this.scope.unitInScope(actor, id);
    const target = await this.scope.unitInScope(actor, input.intoUnitId);
    if (!ScopePolicy.mayReshape(actor, source.id)) throw new AppError('forbidden');
    if (source.id === target.id || target.path.startsWith(source.path))
      throw fieldError('intoUnitId', 'cycle');
    if (source.activeTo || target.activeTo) throw new AppError('unit_inactive');
    const at = input.effectiveDate
      ? new Date(`${input.effectiveDate}T00:00:00+07:00`)
      : this.clock.now();
    return this.ds.transaction(async (em) => {
      const now = this.clock.now();
      const before = unitAuditView(source);
      for (const child of await this.repo.children(em, source.id)) {
        await this.repo.repath(em, child.path, `${target.path}${child.id}/`);
        await this.repo.update(em, child.id, { parentId: target.id });
        await this.repo.addEvent(
          em,
          child.id,
          'moved',
          { parentId: source.id },
          { parentId: target.id },
          actor.id,
          now,
        );
      }
      await this.repo.repath(em, source.path, `${target.path}${source.id}/`);
      await this.repo.update(em, source.id, {
        parentId: target.id,
        activeTo: at,
        mergedIntoId: target.id,
      });
      const movedUsers = await this.repo.moveUsers(em, source.id, target.id);
      // The staff list moves with the people (rosters adds this step): it ends on the old unit
      // when the merge takes effect.
      const details: Record<string, number> = {};
      await this.events.run('units.merging', {
        em,
        sourceId: source.id,
        targetId: target.id,
        at,
        details,
      });
      await this.repo.addEvent(
        em,
        source.id,
        'merged',
        { parentId: source.parentId },
        { intoUnitId: target.id, intoName: target.name },
        actor.id,
        now,
      );
      await this.repo.addEvent(
        em,
        target.id,
        'absorbed',
        null,
        {
          unitId: source.id,
          name: source.name,
          code: source.code,
          movedUsers,
          ...details,
        },
        actor.id,
        now,
      );
      const after = (await this.repo.findById(source.id, em))!;
      await this.audit.record(
        actor,
        meta,
        {
          action: 'unit.merge',
          targetType: 'unit',
          targetId: source.id,
          before,
          after: unitAuditView(after),
        },
        em,
      );
      return toUnitDto(after);
    });
  }
}
