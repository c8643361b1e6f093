import { Injectable } from '@nestjs/common';
import { foldVietnamese } from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike } from '../scope/scope.policy.js';
import { UnitEventEntity, type UnitEventKind } from './entities/unit-event.entity.js';
import { UnitHeadcountEntity } from './entities/unit-headcount.entity.js';
import { UnitEntity } from './entities/unit.entity.js';

@Injectable()
export class UnitsRepository {
  constructor(private readonly ds: DataSource) {}

  findById(id: string, em?: EntityManager): Promise<UnitEntity | null> {
    return (em ?? this.ds.manager).getRepository(UnitEntity).findOneBy({ id });
  }

  findByCodes(codes: string[]): Promise<UnitEntity[]> {
    if (!codes.length) return Promise.resolve([]);
    return this.ds
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .where('u.code IN (:...codes)', { codes })
      .getMany();
  }

  listInScope(scopeSql: string, params: Record<string, string>): Promise<UnitEntity[]> {
    return this.ds
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .where(scopeSql, params)
      .orderBy('u.path')
      .getMany();
  }

  /** Active units with their ancestry names, for the public registration picker. */
  async listPublic(): Promise<
    { id: string; name: string; parent_id: string | null; path: string }[]
  > {
    return this.ds.query(
      `SELECT u.id, u.name, u.parent_id,
              (SELECT string_agg(a.name, ' › ' ORDER BY length(a.path))
                 FROM units a WHERE u.path LIKE a.path || '%') AS path
         FROM units u
        WHERE u.active_to IS NULL
        ORDER BY u.path`,
    );
  }

  async insert(
    em: EntityManager,
    unit: Omit<UnitEntity, 'createdAt' | 'updatedAt' | 'nameFolded'>,
  ): Promise<UnitEntity> {
    const repo = em.getRepository(UnitEntity);
    return repo.save(repo.create({ ...unit, nameFolded: foldVietnamese(unit.name) }));
  }

  async update(em: EntityManager, id: string, patch: Partial<UnitEntity>): Promise<void> {
    if (patch.name) patch.nameFolded = foldVietnamese(patch.name);
    await em.getRepository(UnitEntity).update({ id }, patch);
  }

  /** Rewrites the materialised path of a whole subtree after a move. */
  async repath(em: EntityManager, oldPrefix: string, newPrefix: string): Promise<void> {
    await em.query(
      `UPDATE units SET path = $2 || substr(path, length($1) + 1) WHERE path LIKE $3`,
      [oldPrefix, newPrefix, `${escapeLike(oldPrefix)}%`],
    );
  }

  async children(em: EntityManager, id: string): Promise<UnitEntity[]> {
    return em.getRepository(UnitEntity).findBy({ parentId: id });
  }

  async addHeadcount(
    em: EntityManager,
    unitId: string,
    value: number,
    declaredBy: string | null,
    at: Date,
  ) {
    await em
      .getRepository(UnitHeadcountEntity)
      .insert({ unitId, value, declaredBy, declaredAt: at });
  }

  async addEvent(
    em: EntityManager,
    unitId: string,
    kind: UnitEventKind,
    before: object | null,
    after: object | null,
    actorId: string | null,
    at: Date,
  ) {
    await em.getRepository(UnitEventEntity).insert({ unitId, kind, before, after, actorId, at });
  }

  async history(unitId: string) {
    const headcounts: { value: number; declared_at: Date; declared_by: string | null }[] =
      await this.ds.query(
        `SELECT h.value, h.declared_at, u.full_name AS declared_by
         FROM unit_headcounts h LEFT JOIN users u ON u.id = h.declared_by
        WHERE h.unit_id = $1 ORDER BY h.declared_at DESC, h.id`,
        [unitId],
      );
    const events: {
      kind: UnitEventKind;
      before: unknown;
      after: unknown;
      at: Date;
      actor: string | null;
    }[] = await this.ds.query(
      `SELECT e.kind, e.before, e.after, e.at, u.full_name AS actor
           FROM unit_events e LEFT JOIN users u ON u.id = e.actor_id
          WHERE e.unit_id = $1 ORDER BY e.at DESC, e.id`,
      [unitId],
    );
    return { headcounts, events };
  }

  async moveUsers(em: EntityManager, fromUnitId: string, toUnitId: string): Promise<number> {
    const res: [unknown[], number] = await em.query(
      `UPDATE users SET unit_id = $2 WHERE unit_id = $1`,
      [fromUnitId, toUnitId],
    );
    return res[1];
  }
}
