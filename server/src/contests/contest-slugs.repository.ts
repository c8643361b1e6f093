import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike } from '../scope/scope.policy.js';

@Injectable()
export class ContestSlugsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Slugs are claimed one transaction at a time: choosing a free "-2" and writing it must not
   * interleave with another contest choosing the same. Creating contests and renaming their
   * addresses are rare, so one lock for all of them costs nothing.
   */
  async lock(em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('contest_slugs'))`);
  }

  /** Slugs ever held that are `base` or `base-<anything>`: the candidates a new one must avoid. */
  async takenLike(em: EntityManager, base: string): Promise<Set<string>> {
    const rows = (await em.query(`SELECT slug FROM contest_slugs WHERE slug = $1 OR slug LIKE $2`, [
      base,
      `${escapeLike(base)}-%`,
    ])) as { slug: string }[];
    return new Set(rows.map((r) => r.slug));
  }

  /** The contest that holds or once held `slug`, if any. */
  async owner(em: EntityManager, slug: string): Promise<string | null> {
    const [row] = (await em.query(`SELECT contest_id FROM contest_slugs WHERE slug = $1`, [
      slug,
    ])) as { contest_id: string }[];
    return row?.contest_id ?? null;
  }

  /** Earlier addresses of a contest, newest first (the current one excluded). */
  async previous(contestId: string, current: string): Promise<string[]> {
    const rows = (await this.ds.query(
      `SELECT slug FROM contest_slugs WHERE contest_id = $1 AND slug <> $2
        ORDER BY created_at DESC, slug`,
      [contestId, current],
    )) as { slug: string }[];
    return rows.map((r) => r.slug);
  }
}
