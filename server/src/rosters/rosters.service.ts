import { Injectable } from '@nestjs/common';
import type {
  Roster,
  RosterCandidate,
  RosterCandidatesQuerySchema,
  RosterEntry,
  RosterQuerySchema,
} from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { fieldIssue, type FieldKey } from '../common/messages.js';
import { Clock } from '../config/clock.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { UnitEntity } from '../units/entities/unit.entity.js';
import { maskTail } from '../common/mask.js';
import { RostersRepository, type RosterListRow } from './rosters.repository.js';

const CANDIDATE_LIMIT = 20;

export function toRosterEntryDto(
  r: RosterListRow,
  duplicateIn: { unitId: string; unitName: string }[] = [],
): RosterEntry {
  return {
    id: r.id,
    unitId: r.unit_id,
    fullName: r.full_name,
    citizenId: maskTail(r.citizen_id),
    phone: r.phone,
    email: r.email,
    position: r.position,
    user:
      r.user_id && r.user_full_name !== null
        ? { id: r.user_id, fullName: r.user_full_name, linkedBy: r.linked_by ?? 'auto' }
        : null,
    duplicateIn,
    addedAt: (r.valid_from ?? r.created_at).toISOString(),
  };
}

@Injectable()
export class RostersService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: RostersRepository,
    private readonly scope: ScopePolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** 404 outside the actor's scope. */
  async assertUnit(actor: Actor, unitId: string): Promise<void> {
    await this.scope.unitInScope(actor, unitId);
  }

  async list(actor: Actor, unitId: string, q: z.output<typeof RosterQuerySchema>): Promise<Roster> {
    await this.scope.unitInScope(actor, unitId);
    const res = await this.repo.list(unitId, {
      search: q.search || null,
      linked: q.linked === undefined ? null : q.linked === 'true',
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    const dups = await this.duplicatesOf(
      this.ds,
      res.rows.map((r) => r.id),
    );
    return {
      unitId,
      total: res.total,
      linked: res.linked,
      matching: res.matching,
      rows: res.rows.map((r) => toRosterEntryDto(r, dups.get(r.id))),
    };
  }

  private async duplicatesOf(db: DataSource | EntityManager, ids: string[]) {
    const out = new Map<string, { unitId: string; unitName: string }[]>();
    for (const d of await this.repo.duplicateUnits(db, ids)) {
      const list = out.get(d.entry_id) ?? [];
      list.push({ unitId: d.unit_id, unitName: d.unit_name });
      out.set(d.entry_id, list);
    }
    return out;
  }

  async candidates(
    actor: Actor,
    unitId: string,
    q: z.output<typeof RosterCandidatesQuerySchema>,
  ): Promise<RosterCandidate[]> {
    const unit = await this.scope.unitInScope(actor, unitId);
    const rows = await this.repo.candidates(unit.path, q.search || null, CANDIDATE_LIMIT);
    return rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      phone: maskTail(r.phone),
      unitName: r.unit_name,
    }));
  }

  /** Links an account by hand; an account linked to another entry moves here. */
  async link(
    actor: Actor,
    meta: RequestMeta,
    entryId: string,
    userId: string,
  ): Promise<RosterEntry> {
    return this.ds.transaction(async (em) => {
      const entry = await this.entryInScope(em, actor, entryId);
      const target = await this.repo.accountWithPath(em, userId);
      if (!target || !this.scope.covers(actor, target.path)) throw new AppError('not_found');
      if (target.role !== 'participant') {
        throw new AppError('validation_failed', [
          fieldIssue('userId', 'roster_link_participant_only'),
        ]);
      }
      const movedFrom = await this.repo.setManualLink(em, entry.id, target.id);
      await this.audit.record(
        actor,
        meta,
        {
          action: 'roster.link',
          targetType: 'roster_entry',
          targetId: entry.id,
          before: { userId: entry.user_id },
          after: { userId: target.id, movedFromEntryId: movedFrom },
        },
        em,
      );
      return this.reload(em, entry.id);
    });
  }

  /**
   * Puts someone who took part without being on any list onto the unit's list, linked to their
   * account, from now on: the one-click fix of the "took part, not on the list" report.
   */
  async addAccount(
    actor: Actor,
    meta: RequestMeta,
    unitId: string,
    input: { userId: string; position?: string | undefined },
  ): Promise<RosterEntry> {
    return this.ds.transaction(async (em) => {
      const unit = await this.scope.unitInScope(actor, unitId);
      if (unit.activeTo) throw new AppError('unit_inactive');
      await this.repo.lockUnit(em, unit.id);
      const account = await this.repo.accountForList(em, input.userId);
      if (!account || !this.scope.covers(actor, account.path)) throw new AppError('not_found');
      const refuse = (key: FieldKey, params: Record<string, string> = {}) =>
        new AppError('validation_failed', [fieldIssue('userId', key, params)]);
      if (account.role !== 'participant') throw refuse('roster_link_participant_only');
      if (account.listed_unit_name !== null) {
        throw refuse('roster_account_listed', { unit: account.listed_unit_name });
      }
      if (!account.citizen_id && !account.phone) throw refuse('roster_account_no_identity');
      const same = await this.repo.currentWithIdentity(
        em,
        unit.id,
        account.citizen_id,
        account.phone,
      );
      if (same) throw refuse('roster_identity_taken', { name: same.full_name });
      const entryId = await this.repo.insertLinked(
        em,
        unit.id,
        {
          fullName: account.full_name,
          citizenId: account.citizen_id,
          phone: account.phone,
          email: account.email,
          position: input.position || null,
        },
        account.id,
        this.clock.now(),
      );
      await this.audit.record(
        actor,
        meta,
        {
          action: 'roster.add_account',
          targetType: 'roster_entry',
          targetId: entryId,
          after: { unitId: unit.id, userId: account.id },
        },
        em,
      );
      return this.reload(em, entryId);
    });
  }

  async unlink(actor: Actor, meta: RequestMeta, entryId: string): Promise<RosterEntry> {
    return this.ds.transaction(async (em) => {
      const entry = await this.entryInScope(em, actor, entryId);
      await this.repo.unlink(em, entry.id);
      await this.audit.record(
        actor,
        meta,
        {
          action: 'roster.unlink',
          targetType: 'roster_entry',
          targetId: entry.id,
          before: { userId: entry.user_id },
          after: { userId: null },
        },
        em,
      );
      return this.reload(em, entry.id);
    });
  }

  /** A current entry of a unit in the actor's scope, its unit locked; 404 otherwise. */
  private async entryInScope(em: EntityManager, actor: Actor, entryId: string) {
    const entry = await this.repo.findCurrent(em, entryId);
    if (!entry) throw new AppError('not_found');
    const unit = await em.getRepository(UnitEntity).findOneBy({ id: entry.unit_id });
    if (!unit || !this.scope.covers(actor, unit.path)) throw new AppError('not_found');
    if (unit.activeTo) throw new AppError('unit_inactive');
    await this.repo.lockUnit(em, unit.id);
    // Re-read under the lock: an import may have ended the entry meanwhile.
    const locked = await this.repo.findCurrent(em, entryId);
    if (!locked) throw new AppError('not_found');
    return locked;
  }

  private async reload(em: EntityManager, entryId: string): Promise<RosterEntry> {
    const row = (await this.repo.findCurrent(em, entryId))!;
    const dups = await this.duplicatesOf(em, [row.id]);
    return toRosterEntryDto(row, dups.get(row.id));
  }

  /**
   * Links the unit's unlinked entries to participant accounts with the same CCCD, else phone
   * (see RostersRepository.linkCandidates for the order). Accounts outside the actor's scope are
   * never taken. Returns how many entries were linked.
   */
  async linkUnit(em: EntityManager, actor: Actor, unitId: string): Promise<number> {
    const pairs = await this.repo.linkCandidates(em, unitId, ScopePolicy.subtreeOf(actor));
    const entries = new Set<string>();
    const users = new Set<string>();
    const links: { entryId: string; userId: string }[] = [];
    for (const p of pairs) {
      if (entries.has(p.entry_id) || users.has(p.user_id)) continue;
      entries.add(p.entry_id);
      users.add(p.user_id);
      links.push({ entryId: p.entry_id, userId: p.user_id });
    }
    await this.repo.setAutoLinks(em, links);
    return links.length;
  }

  /**
   * Called by registration inside its transaction, right after the account is inserted: the new
   * participant takes the unlinked entry with their CCCD, else their phone.
   */
  linkNewAccount(
    em: EntityManager,
    user: { id: string; unitId: string | null; citizenId: string | null; phone: string | null },
  ): Promise<string | null> {
    return this.repo.linkNewAccount(em, user);
  }
}
