import { Injectable } from '@nestjs/common';
import { numberedSlug, slugify } from '@cchc/contracts';
import type { EntityManager } from 'typeorm';
import { AppError } from '../common/app-error.js';
import { ContestSlugsRepository } from './contest-slugs.repository.js';

/**
 * Addresses of public contest pages. A slug comes from the title when the contest is created and
 * does not follow later title edits (a shared link must not break); the organiser may choose
 * another, and every slug a contest has held keeps leading to it (the database records them).
 */
@Injectable()
export class ContestSlugsService {
  constructor(private readonly repo: ContestSlugsRepository) {}

  /** A free slug for a new contest titled `title`; call inside the transaction that inserts it. */
  async allocate(em: EntityManager, title: string): Promise<string> {
    await this.repo.lock(em);
    const base = slugify(title);
    const taken = await this.repo.takenLike(em, base);
    let n = 1;
    while (taken.has(numberedSlug(base, n))) n++;
    return numberedSlug(base, n);
  }

  /**
   * Checks that `contestId` may take `slug` (free, or one of its own earlier ones); call inside the
   * transaction that writes it.
   */
  async claim(em: EntityManager, contestId: string, slug: string): Promise<void> {
    await this.repo.lock(em);
    const owner = await this.repo.owner(em, slug);
    if (owner !== null && owner !== contestId) throw new AppError('duplicate_slug');
  }

  previous(contestId: string, current: string): Promise<string[]> {
    return this.repo.previous(contestId, current);
  }
}
