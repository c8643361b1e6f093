import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error.js';
import type { Actor } from '../common/auth.decorators.js';
import { UnitEntity } from '../units/entities/unit.entity.js';

/**
 * The one place that decides who may touch which unit. Organisers and reporters act on their
 * unit's subtree only; anything outside answers 404, so ids of other subtrees reveal nothing.
 */
@Injectable()
export class ScopePolicy {
  constructor(private readonly ds: DataSource) {}

  covers(actor: Actor, unitPath: string): boolean {
    if (actor.role === 'admin') return true;
    return actor.unitPath !== '' && unitPath.startsWith(actor.unitPath);
  }

  /** Loads a unit the actor may see, or throws not_found. */
  async unitInScope(actor: Actor, unitId: string): Promise<UnitEntity> {
    const unit = await this.ds.getRepository(UnitEntity).findOneBy({ id: unitId });
    if (!unit || !this.covers(actor, unit.path)) throw new AppError('not_found');
    return unit;
  }

  /** SQL fragment + parameter restricting `alias.path` to the actor's subtree. */
  pathFilter(actor: Actor, alias: string): { sql: string; params: Record<string, string> } {
    if (actor.role === 'admin') return { sql: 'TRUE', params: {} };
    return {
      sql: `${alias}.path LIKE :scopePrefix`,
      params: { scopePrefix: `${escapeLike(actor.unitPath)}%` },
    };
  }
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
