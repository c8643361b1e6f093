import { Injectable } from '@nestjs/common';
import type { PrizeAward, PrizeTier } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import type { RulesContest, RulesRound } from '../contests/contests.service.js';

/**
 * What the public page may show of a contest. Excluded persons, creators and the like are
 * never selected, so they cannot leak through a later mapping mistake.
 */
export interface PublicContestRow extends RulesContest {
  id: string;
  /** The current slug: differs from the one asked for when an earlier address was used. */
  slug: string;
  short_code: string;
  description: string | null;
  eligible_unit_ids: string[];
  prize_table: PrizeTier[];
  rules_text: string | null;
  status: 'published' | 'closed' | 'results_published';
}

export interface PublicRoundRow extends RulesRound {
  id: string;
  seq: number;
  mode: 'self_paced' | 'live';
  question_count: number;
  track: 'staff' | 'citizen' | null;
  finalized_at: Date | null;
}

export interface PublishedResultRow {
  round_id: string;
  prizes: PrizeAward[];
  finalized_at: Date;
}

// Drafts have no public page: not even their existence is told (same answer as an unknown slug).
const PUBLIC_CONTEST_SELECT = `SELECT c.id, c.slug, c.short_code, c.title, c.description, c.legal_basis,
    c.tracks, c.prize_table, c.one_prize_per_person_per_contest, c.rules_text, c.status,
    c.eligible_unit_ids, u.name AS organizer_unit_name
  FROM contests c JOIN units u ON u.id = c.organizer_unit_id`;

// No attempt counts here: the public page is the most read page of a contest and stays an
// index lookup whatever the number of entrants.
const PUBLIC_ROUND_COLUMNS = `id, seq, title, mode, opens_at, closes_at, duration_sec, question_count,
    max_attempts, track, finalized_at, blueprint, prediction_enabled, prediction_target,
    prediction_prompt, review_after_close`;

@Injectable()
export class PublicContestsRepository {
  constructor(private readonly ds: DataSource) {}

  /** The published contest that holds or once held `slug`. */
  async bySlug(slug: string): Promise<PublicContestRow | null> {
    const [row] = (await this.ds.query(
      `${PUBLIC_CONTEST_SELECT} JOIN contest_slugs s ON s.contest_id = c.id
        WHERE s.slug = $1 AND c.status <> 'draft'`,
      [slug],
    )) as PublicContestRow[];
    return row ?? null;
  }

  /** The current slug of the published contest behind a short link. */
  async slugOfShortCode(code: string): Promise<string | null> {
    const [row] = (await this.ds.query(
      `SELECT slug FROM contests WHERE short_code = $1 AND status <> 'draft'`,
      [code],
    )) as { slug: string }[];
    return row?.slug ?? null;
  }

  rounds(contestId: string): Promise<PublicRoundRow[]> {
    return this.ds.query(
      `SELECT ${PUBLIC_ROUND_COLUMNS} FROM rounds WHERE contest_id = $1 ORDER BY seq`,
      [contestId],
    ) as Promise<PublicRoundRow[]>;
  }

  /** The latest finalisation of each finalised round: its prizes only, never the full ranking. */
  latestResults(contestId: string): Promise<PublishedResultRow[]> {
    return this.ds.query(
      `SELECT DISTINCT ON (rr.round_id) rr.round_id, rr.prizes, rr.finalized_at
         FROM round_results rr JOIN rounds r ON r.id = rr.round_id
        WHERE r.contest_id = $1 AND r.finalized_at IS NOT NULL
        ORDER BY rr.round_id, rr.version DESC`,
      [contestId],
    ) as Promise<PublishedResultRow[]>;
  }
}
