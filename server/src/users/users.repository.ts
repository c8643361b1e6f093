import { Injectable } from '@nestjs/common';
import { foldVietnamese, type UserStatus } from '@cchc/contracts';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuthSessionEntity } from '../auth/entities/auth-session.entity.js';
import { sqlFold } from '../common/sql-fold.js';
import { mapUniqueViolation } from '../common/unique-violation.js';
import { escapeLike } from '../scope/scope.policy.js';
import { UnitEntity } from '../units/entities/unit.entity.js';
import { UserEntity } from './entities/user.entity.js';

@Injectable()
export class UsersRepository {
  constructor(private readonly ds: DataSource) {}

  /** One unit of work (registration inserts the user and links it to staff lists together). */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  findUnit(id: string): Promise<UnitEntity | null> {
    return this.ds.getRepository(UnitEntity).findOneBy({ id });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ id });
  }

  /** Username is a phone (already normalised by the caller), an email or a CCCD (12 digits). */
  findByLogin(login: {
    phone: string | null;
    email: string | null;
    citizenId: string | null;
  }): Promise<UserEntity | null> {
    const qb = this.ds.getRepository(UserEntity).createQueryBuilder('u');
    if (login.phone) qb.where('u.phone = :phone', { phone: login.phone });
    else if (login.email) qb.where('lower(u.email) = lower(:email)', { email: login.email });
    else if (login.citizenId) qb.where('u.citizen_id = :cid', { cid: login.citizenId });
    else return Promise.resolve(null);
    return qb.getOne();
  }

  /** Every open session of the account ends (deactivated, or a password set from a code). */
  async endSessions(em: EntityManager, userId: string, at: Date): Promise<number> {
    const ended = await em
      .getRepository(AuthSessionEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: at });
    return ended.affected ?? 0;
  }

  /** Applies a patch; unique-index violations become the matching duplicate_* error. */
  async update(em: EntityManager, id: string, patch: Partial<UserEntity>): Promise<void> {
    if (!Object.keys(patch).length) return;
    try {
      await em.getRepository(UserEntity).update({ id }, patch);
    } catch (e) {
      throw mapUniqueViolation(e);
    }
  }

  async touchLogin(userId: string, at: Date): Promise<void> {
    await this.ds.getRepository(UserEntity).update({ id: userId }, { lastLoginAt: at });
  }

  /** Any admin account at all: the first admin from ADMIN_* is created only when none exists. */
  async adminExists(em: EntityManager): Promise<boolean> {
    return em.getRepository(UserEntity).existsBy({ role: 'admin' });
  }

  /** A new password ends every session of the account (an operator's reset at a shell). */
  async setPasswordEndingSessions(
    em: EntityManager,
    userId: string,
    passwordHash: string,
    at: Date,
  ): Promise<number> {
    await em.getRepository(UserEntity).update({ id: userId }, { passwordHash });
    const ended = await em
      .getRepository(AuthSessionEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: at });
    return ended.affected ?? 0;
  }

  async unitName(unitId: string | null): Promise<string | null> {
    if (!unitId) return null;
    const unit = await this.ds.getRepository(UnitEntity).findOneBy({ id: unitId });
    return unit?.name ?? null;
  }

  /** Inserts a user; unique-index violations become the matching duplicate_* error. */
  async insert(em: EntityManager, user: Partial<UserEntity>): Promise<UserEntity> {
    try {
      const saved = await em
        .getRepository(UserEntity)
        .save(em.getRepository(UserEntity).create(user));
      return saved;
    } catch (e) {
      throw mapUniqueViolation(e);
    }
  }

  /**
   * One page of the accounts a manager sees: in `scopeSql` (on the unit's path), of the roles they
   * manage, filtered by unit (or its subtree), role, state and a search over the name (accents
   * and case ignored), email, phone and CCCD digits. Each row says whether the account is on a
   * current staff list.
   */
  async list(opts: {
    scopeSql: string;
    params: Record<string, string>;
    roles: readonly string[] | null;
    unitId?: string;
    subtreePath?: string;
    role?: string;
    status?: UserStatus;
    search?: string;
    page: number;
    pageSize: number;
  }): Promise<{ items: UserListRow[]; total: number }> {
    const qb = this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoin(UnitEntity, 'unit', 'unit.id = u.unit_id')
      .addSelect('unit.name', 'unit_name')
      .addSelect(`EXISTS (${ON_ROSTER})`, 'on_roster')
      .where(opts.scopeSql, opts.params);
    if (opts.roles) qb.andWhere('u.role IN (:...roles)', { roles: opts.roles });
    if (opts.subtreePath !== undefined) {
      qb.andWhere('unit.path LIKE :unitPrefix', { unitPrefix: `${escapeLike(opts.subtreePath)}%` });
    } else if (opts.unitId) qb.andWhere('u.unit_id = :unitId', { unitId: opts.unitId });
    if (opts.role) qb.andWhere('u.role = :role', { role: opts.role });
    if (opts.status) qb.andWhere(STATUS_SQL[opts.status]);
    if (opts.search) {
      const digits = opts.search.replace(/[\s.()+-]/g, '');
      const params = {
        folded: `%${escapeLike(foldVietnamese(opts.search))}%`,
        email: `%${escapeLike(opts.search.toLowerCase())}%`,
        digits: /^\d{3,}$/.test(digits) ? `%${digits}%` : null,
      };
      qb.andWhere(
        `(${sqlFold('u.full_name')} LIKE :folded OR lower(u.email) LIKE :email
          OR u.phone LIKE :digits OR u.citizen_id LIKE :digits)`,
        params,
      );
    }
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .orderBy('u.full_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .offset((opts.page - 1) * opts.pageSize)
      .limit(opts.pageSize)
      .getRawAndEntities();
    const extras = new Map(
      (raw as { u_id: string; unit_name: string | null; on_roster: boolean }[]).map((r) => [
        r.u_id,
        r,
      ]),
    );
    const items = entities.map((e) =>
      Object.assign(e, {
        unitName: extras.get(e.id)?.unit_name ?? null,
        onRoster: extras.get(e.id)?.on_roster === true,
      }),
    );
    return { items, total };
  }

  /** The accounts with these ids that exist, each with its unit's path and name. */
  async findManyWithUnits(
    ids: readonly string[],
  ): Promise<(UserEntity & { unitPath: string | null; unitName: string | null })[]> {
    const { entities, raw } = await this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoin(UnitEntity, 'unit', 'unit.id = u.unit_id')
      .addSelect('unit.path', 'unit_path')
      .addSelect('unit.name', 'unit_name')
      .where('u.id IN (:...ids)', { ids })
      .orderBy('u.full_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getRawAndEntities();
    const units = new Map(
      (raw as { u_id: string; unit_path: string | null; unit_name: string | null }[]).map((r) => [
        r.u_id,
        r,
      ]),
    );
    return entities.map((e) =>
      Object.assign(e, {
        unitPath: units.get(e.id)?.unit_path ?? null,
        unitName: units.get(e.id)?.unit_name ?? null,
      }),
    );
  }

  /**
   * Both accounts of a merge, locked until the transaction ends (in id order, so two merges of
   * the same pair cannot deadlock); a second merge of the same source waits and then sees it
   * merged.
   */
  async lockForMerge(em: EntityManager, ids: [string, string]): Promise<UserEntity[]> {
    return em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id IN (:...ids)', { ids })
      .orderBy('u.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /**
   * What the merge confirmation shows of an account besides its own row: how many attempts it
   * has and whether a current staff-list entry is linked to it (read-only counts over the
   * attempts and roster tables; the merge itself moves them through the features' steps).
   */
  async mergeFacts(userId: string): Promise<{ attempts: number; onStaffList: boolean }> {
    const [r] = (await this.ds.query(
      `SELECT (SELECT count(*) FROM attempts WHERE user_id = $1)::int AS attempts,
              EXISTS (SELECT 1 FROM roster_entries
                       WHERE user_id = $1 AND valid_to IS NULL) AS on_staff_list`,
      [userId],
    )) as [{ attempts: number; on_staff_list: boolean }];
    return { attempts: r.attempts, onStaffList: r.on_staff_list };
  }
}

export type UserListRow = UserEntity & { unitName: string | null; onRoster: boolean };

/** A current staff-list entry linked to the account `u`. */
const ON_ROSTER = `SELECT 1 FROM roster_entries re WHERE re.user_id = u.id AND re.valid_to IS NULL`;

const STATUS_SQL: Record<UserStatus, string> = {
  active: 'u.active',
  inactive: 'NOT u.active',
  never_logged_in: 'u.last_login_at IS NULL',
  pending_activation: 'u.password_hash IS NULL',
  not_on_roster: `NOT EXISTS (${ON_ROSTER})`,
};
