import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error.js';
import type { Actor } from '../common/auth.decorators.js';
import { UnitEntity } from '../units/entities/unit.entity.js';

/**
 * The one place that decides who may touch which unit. Organisers and reporters act on their
 * unit's subtree only; an admin reaches the whole tree. Anything outside answers 404, so ids of
 * other subtrees reveal nothing. Features ask here instead of testing the role themselves.
 */
@Injectable()
export class ScopePolicy {
  constructor(private readonly ds: DataSource) {}

  /**
   * The path prefix the actor's reach is limited to, or null for the whole tree (an admin).
   * Static: a query that takes "a subtree or everything" asks it without injecting the policy.
   */
  static subtreeOf(actor: Pick<Actor, 'role' | 'unitPath'>): string | null {
    return actor.role === 'admin' ? null : actor.unitPath;
  }

  /** Only an actor who reaches the whole tree may add a unit at its top. */
  static mayCreateRoot(actor: Pick<Actor, 'role' | 'unitPath'>): boolean {
    return ScopePolicy.subtreeOf(actor) === null;
  }

  /**
   * Moving or merging one's own unit would take the actor's scope root out from under them:
   * only an actor above every unit may reshape the unit they belong to.
   */
  static mayReshape(actor: Pick<Actor, 'role' | 'unitPath' | 'unitId'>, unitId: string): boolean {
    return ScopePolicy.subtreeOf(actor) === null || unitId !== actor.unitId;
  }

  covers(actor: Pick<Actor, 'role' | 'unitPath'>, unitPath: string): boolean {
    const subtree = ScopePolicy.subtreeOf(actor);
    if (subtree === null) return true;
    return subtree !== '' && unitPath.startsWith(subtree);
  }

  /** Loads a unit the actor may see, or throws not_found. */
  async unitInScope(actor: Actor, unitId: string): Promise<UnitEntity> {
    const unit = await this.findUnit(unitId);
    if (!unit || !this.covers(actor, unit.path)) throw new AppError('not_found');
    return unit;
  }

  /**
   * A unit that narrows a ranking the caller may already see (a round's leaderboard by unit):
   * any unit, whatever the caller's scope, since every row of the board shows its unit anyway and
   * a participant compares their own unit with others. Unknown ids throw not_found.
   */
  async unitToNarrowBoard(unitId: string): Promise<UnitEntity> {
    const unit = await this.findUnit(unitId);
    if (!unit) throw new AppError('not_found');
    return unit;
  }

  /** SQL fragment + parameter restricting `alias.path` to the actor's subtree. */
  pathFilter(actor: Actor, alias: string): { sql: string; params: Record<string, string> } {
    const subtree = ScopePolicy.subtreeOf(actor);
    if (subtree === null) return { sql: 'TRUE', params: {} };
    return {
      sql: `${alias}.path LIKE :scopePrefix`,
      params: { scopePrefix: `${escapeLike(subtree)}%` },
    };
  }

  private findUnit(unitId: string): Promise<UnitEntity | null> {
    return this.ds.getRepository(UnitEntity).findOneBy({ id: unitId });
  }
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
