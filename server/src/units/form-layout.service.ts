import { Injectable } from '@nestjs/common';
import {
  effectiveFormLayout,
  type EffectiveFormLayout,
  type FormLayout,
  type UnitFormLayout,
} from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import {
  FormLayoutRepository,
  type LayoutChainLink,
  type StoredFormLayout,
} from './form-layout.repository.js';

/** Headings printed when a unit leaves them empty (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export const DEFAULT_PREPARER_TITLE = 'Người lập biểu';
export const DEFAULT_SIGNER_TITLE = 'Thủ trưởng đơn vị';

/**
 * A unit's layout with the defaults of its empty fields. Names of people are never inherited
 * (another unit's head does not sign for this one): left empty, they print as dotted lines to
 * fill by hand. What describes the place is: the cơ quan chủ quản is the unit above (its
 * issuing name), and the địa danh is the nearest one set on the way up to the root.
 */
export function resolveFormLayout(chain: LayoutChainLink[]): Omit<UnitFormLayout, 'unitId'> {
  const [self, parent] = chain;
  if (!self) throw new AppError('not_found');
  const stored = self.layout;
  return {
    unitName: self.unitName,
    layout: {
      superiorBody: stored?.superiorBody ?? null,
      issuingUnit: stored?.issuingUnit ?? null,
      placeName: stored?.placeName ?? null,
      preparerTitle: stored?.preparerTitle ?? null,
      preparerName: stored?.preparerName ?? null,
      signerTitle: stored?.signerTitle ?? null,
      signerName: stored?.signerName ?? null,
      dateLine: stored?.dateLine ?? 'export_date',
    },
    defaults: {
      superiorBody: parent ? (parent.layout?.issuingUnit ?? parent.unitName) : null,
      issuingUnit: self.unitName,
      placeName: chain.slice(1).find((l) => l.layout?.placeName)?.layout?.placeName ?? null,
      preparerTitle: DEFAULT_PREPARER_TITLE,
      signerTitle: DEFAULT_SIGNER_TITLE,
    },
    updatedAt: stored?.updatedAt.toISOString() ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
}

/** The audit log keeps the fields as written, without who/when (the log has its own). */
function auditView(l: StoredFormLayout | FormLayout): FormLayout {
  return {
    superiorBody: l.superiorBody,
    issuingUnit: l.issuingUnit,
    placeName: l.placeName,
    preparerTitle: l.preparerTitle,
    preparerName: l.preparerName,
    signerTitle: l.signerTitle,
    signerName: l.signerName,
    dateLine: l.dateLine,
  };
}

@Injectable()
export class FormLayoutService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: FormLayoutRepository,
    private readonly scope: ScopePolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor, unitId: string): Promise<UnitFormLayout> {
    await this.scope.unitInScope(actor, unitId);
    return { unitId, ...resolveFormLayout(await this.repo.chain(unitId)) };
  }

  /** Replaces the whole layout; the change is audited with what it was before. */
  async save(
    actor: Actor,
    meta: RequestMeta,
    unitId: string,
    input: FormLayout,
  ): Promise<UnitFormLayout> {
    const unit = await this.scope.unitInScope(actor, unitId);
    // A merged unit issues nothing any more; its old reports print with the layout it had.
    if (unit.activeTo) throw new AppError('unit_inactive');
    return this.ds.transaction(async (em) => {
      const before = (await this.repo.chain(unitId, em))[0]?.layout ?? null;
      await this.repo.save(em, unitId, input, actor.id, this.clock.now());
      await this.audit.record(
        actor,
        meta,
        {
          action: 'unit.form_layout',
          targetType: 'unit',
          targetId: unitId,
          before: before ? auditView(before) : null,
          after: auditView(input),
        },
        em,
      );
      return { unitId, ...resolveFormLayout(await this.repo.chain(unitId, em)) };
    });
  }

  /**
   * What the forms of `unitId` print. No scope check: callers print a report they already
   * checked the actor may read.
   */
  async effective(unitId: string): Promise<EffectiveFormLayout> {
    return effectiveFormLayout(resolveFormLayout(await this.repo.chain(unitId)));
  }
}
