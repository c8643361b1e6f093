import { Injectable } from '@nestjs/common';
import type { ContestLinks, ContestShare, PublicContest, PublicRound } from '@cchc/contracts';
import { AppError } from '../common/app-error.js';
import type { Actor } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { contestPagePath, shortLinkPath } from '../config/public-url.js';
import { ContestSlugsService } from '../contests/contest-slugs.service.js';
import { ContestsRepository } from '../contests/contests.repository.js';
import { ContestsService, participantPhase, rulesInputOf } from '../contests/contests.service.js';
import { generateRules } from '../contests/rules-page.js';
import { toPublicWinner } from '../results/results.service.js';
import { PublicContestsRepository, type PublishedResultRow } from './public-contests.repository.js';
import { describeContest, SHARE_IMAGE, type ShareMeta } from './share-page.js';

export function contestLinks(
  origin: string,
  c: { slug: string; short_code: string },
): ContestLinks {
  return {
    slug: c.slug,
    shortCode: c.short_code,
    publicUrl: `${origin}${contestPagePath(c.slug)}`,
    shortUrl: `${origin}${shortLinkPath(c.short_code)}`,
  };
}

/** The head of /cuoc-thi/<slug>, and the contest's current slug (to redirect earlier ones). */
export interface SharePage {
  slug: string;
  meta: ShareMeta;
}

/**
 * The public face of a contest: readable by anyone with the link once it is published, with no
 * personal data (winners by name, unit and prize only, SPEC §3).
 */
@Injectable()
export class PublicContestsService {
  constructor(
    private readonly repo: PublicContestsRepository,
    private readonly contestsRepo: ContestsRepository,
    private readonly contests: ContestsService,
    private readonly slugs: ContestSlugsService,
    private readonly clock: Clock,
  ) {}

  async page(slug: string, origin: string): Promise<PublicContest> {
    const c = await this.repo.bySlug(slug);
    if (!c) throw new AppError('not_found');
    const [rounds, results, units] = await Promise.all([
      this.repo.rounds(c.id),
      // Winners only once the organisers publish the results (the same rule as the round's page).
      c.status === 'results_published' ? this.repo.latestResults(c.id) : [],
      this.contestsRepo.unitsByIds(c.eligible_unit_ids),
    ]);
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    const eligibleUnitNames = c.eligible_unit_ids.flatMap((id) => unitName.get(id) ?? []);
    const rulesText =
      c.rules_text ??
      generateRules(
        rulesInputOf(c, rounds, eligibleUnitNames, await this.contestsRepo.areaNames()),
      );
    const resultOf = new Map(results.map((r) => [r.round_id, r]));
    const now = this.clock.now();
    return {
      title: c.title,
      description: c.description,
      organizerUnitName: c.organizer_unit_name,
      eligibleUnitNames,
      tracks: c.tracks,
      legalBasis: c.legal_basis,
      prizeTable: c.prize_table,
      status: c.status,
      rulesText,
      rounds: rounds.map((r): PublicRound => ({
        id: r.id,
        seq: r.seq,
        title: r.title,
        mode: r.mode,
        opensAt: r.opens_at.toISOString(),
        closesAt: r.closes_at.toISOString(),
        durationSec: r.duration_sec,
        questionCount: r.question_count,
        maxAttempts: r.max_attempts,
        track: r.track,
        phase: participantPhase(c.status, r, now),
        results: publishedResults(resultOf.get(r.id)),
      })),
      links: contestLinks(origin, c),
    };
  }

  /** The head of /cuoc-thi/<slug> for crawlers: two index lookups, no rules, no results. */
  async sharePage(slug: string, origin: string): Promise<SharePage | null> {
    const c = await this.repo.bySlug(slug);
    if (!c) return null;
    const rounds = await this.repo.rounds(c.id);
    return {
      slug: c.slug,
      meta: {
        title: c.title,
        description: describeContest(c, rounds, this.clock.now()),
        url: `${origin}${contestPagePath(c.slug)}`,
        image: `${origin}${SHARE_IMAGE.path}`,
      },
    };
  }

  /** Where a short link leads: the current page of its contest, or nowhere for a draft. */
  slugOfShortCode(code: string): Promise<string | null> {
    return this.repo.slugOfShortCode(code);
  }

  /** The links an organiser shares, for a contest they manage (drafts too, to prepare posters). */
  async share(actor: Actor, contestId: string, origin: string, configured: boolean) {
    const c = await this.contests.managed(actor, contestId);
    const share: ContestShare = {
      ...contestLinks(origin, c),
      isPublic: c.status !== 'draft',
      previousSlugs: await this.slugs.previous(c.id, c.slug),
      publicUrlConfigured: configured,
    };
    return share;
  }
}

function publishedResults(r: PublishedResultRow | undefined): PublicRound['results'] {
  if (!r) return null;
  return { finalizedAt: r.finalized_at.toISOString(), winners: r.prizes.map(toPublicWinner) };
}
