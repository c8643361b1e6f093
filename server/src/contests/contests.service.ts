import { Injectable } from '@nestjs/common';
import {
  CONTEST_TRANSITIONS,
  DEFAULT_PRIZE_TABLE,
  type BlueprintCheck,
  type BlueprintItem,
  type Contest,
  type CreateContestSchema,
  type ExcludedPerson,
  type CreateRoundSchema,
  type Round,
  type RoundPhase,
  type RulesPage,
  type UpdateContestSchema,
  type UpdateRoundSchema,
} from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { matches } from './question-pool.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import { fieldIssue } from '../common/messages.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { EventBus } from '../common/events.js';
import { Clock } from '../config/clock.js';
import './contest-events.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { ContestSlugsService } from './contest-slugs.service.js';
import { ContestsRepository, type ContestRow, type RoundRow } from './contests.repository.js';
import { generateRules, type RulesInput } from './rules-page.js';

type CreateContestInput = z.output<typeof CreateContestSchema>;
type UpdateContestInput = z.output<typeof UpdateContestSchema>;
type CreateRoundInput = z.output<typeof CreateRoundSchema>;
type UpdateRoundInput = z.output<typeof UpdateRoundSchema>;

/** Fields that decide the draw, the time or the score: frozen once anyone has started. */
const LOCKED_ROUND_FIELDS = [
  'blueprint',
  'durationSec',
  'maxAttempts',
  'shuffleQuestions',
  'shuffleOptions',
  'track',
  'prediction',
  'opensAt',
] as const;

const LOW_VARIETY_FACTOR = 5;

// Re-exported for the features that read the rule from here.
export { excludedPersonSql, isExcludedPerson } from './excluded-persons.js';

export function roundPhase(
  r: Pick<RoundRow, 'finalized_at' | 'opens_at' | 'closes_at'>,
  now: Date,
): RoundPhase {
  if (r.finalized_at) return 'finalized';
  if (now < r.opens_at) return 'upcoming';
  if (now < r.closes_at) return 'open';
  return 'closed';
}

/**
 * The phase a participant sees: a round of a contest that is no longer running (closed early,
 * results published) cannot be entered, whatever its dates say.
 */
export function participantPhase(
  contestStatus: ContestRow['status'],
  r: Pick<RoundRow, 'finalized_at' | 'opens_at' | 'closes_at'>,
  now: Date,
): RoundPhase {
  const phase = roundPhase(r, now);
  return contestStatus === 'published' || phase !== 'open' ? phase : 'closed';
}

export function toRoundDto(r: RoundRow, now: Date): Round {
  return {
    id: r.id,
    contestId: r.contest_id,
    seq: r.seq,
    title: r.title,
    mode: r.mode,
    opensAt: r.opens_at.toISOString(),
    closesAt: r.closes_at.toISOString(),
    durationSec: r.duration_sec,
    maxAttempts: r.max_attempts,
    blueprint: r.blueprint,
    questionCount: r.question_count,
    shuffleQuestions: r.shuffle_questions,
    shuffleOptions: r.shuffle_options,
    track: r.track,
    prediction: {
      enabled: r.prediction_enabled,
      target: r.prediction_target,
      ...(r.prediction_prompt ? { prompt: r.prediction_prompt } : {}),
    },
    reviewAfterClose: r.review_after_close,
    graceMs: r.grace_ms,
    phase: roundPhase(r, now),
    finalizedAt: r.finalized_at?.toISOString() ?? null,
    actual: r.actual,
    attemptCount: r.attempt_count,
  };
}

export type RulesContest = Pick<
  ContestRow,
  | 'title'
  | 'organizer_unit_name'
  | 'tracks'
  | 'legal_basis'
  | 'prize_table'
  | 'one_prize_per_person_per_contest'
>;
export type RulesRound = Pick<
  RoundRow,
  | 'title'
  | 'opens_at'
  | 'closes_at'
  | 'duration_sec'
  | 'max_attempts'
  | 'blueprint'
  | 'prediction_enabled'
  | 'prediction_target'
  | 'prediction_prompt'
  | 'review_after_close'
>;

/** What the generated thể lệ is written from: the organiser's page and the public page alike. */
export function rulesInputOf(
  c: RulesContest,
  rounds: RulesRound[],
  eligibleUnitNames: string[],
  areaNames: Map<string, string>,
): RulesInput {
  return {
    title: c.title,
    organizerUnitName: c.organizer_unit_name,
    eligibleUnitNames,
    tracks: c.tracks,
    legalBasis: c.legal_basis,
    prizeTable: c.prize_table,
    onePrizePerPersonPerContest: c.one_prize_per_person_per_contest,
    rounds: rounds.map((r) => ({
      title: r.title,
      opensAt: r.opens_at,
      closesAt: r.closes_at,
      durationSec: r.duration_sec,
      maxAttempts: r.max_attempts,
      blueprint: r.blueprint,
      prediction: {
        enabled: r.prediction_enabled,
        target: r.prediction_target,
        prompt: r.prediction_prompt,
      },
      reviewAfterClose: r.review_after_close,
    })),
    areaNames,
  };
}

export const DEFAULT_PREDICTION_PROMPT =
  'Dự đoán có bao nhiêu người trả lời đúng tất cả các câu hỏi của tuần thi này?';
export const DEFAULT_PARTICIPANT_PROMPT = 'Dự đoán có bao nhiêu người dự thi tuần thi này?';

@Injectable()
export class ContestsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ContestsRepository,
    private readonly scope: ScopePolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly slugs: ContestSlugsService,
    private readonly events: EventBus,
  ) {}

  /**
   * Edits a contest's excluded list inside the caller's transaction, the contest row locked so
   * two edits cannot lose one another. Returns whether the list changed; the caller calls
   * `exclusionsChanged` after its commit.
   */
  async editExclusions(
    em: EntityManager,
    contestId: string,
    edit: (list: ExcludedPerson[]) => ExcludedPerson[],
  ): Promise<boolean> {
    const locked = await this.repo.findContest(contestId, em, true);
    if (!locked) throw new AppError('not_found');
    const next = edit(locked.excluded_persons);
    if (JSON.stringify(next) === JSON.stringify(locked.excluded_persons)) return false;
    await this.repo.update(em, 'contests', contestId, { excluded_persons: JSON.stringify(next) });
    return true;
  }

  /** After the commit of a changed excluded list: the boards of the contest's rounds reload. */
  async exclusionsChanged(contestId: string): Promise<void> {
    const rounds = await this.repo.roundsOf([contestId]);
    this.events.publish('contests.exclusions-changed', {
      contestId,
      roundIds: rounds.map((r) => r.id),
    });
  }

  /** Loads a contest the organiser may manage (its organising unit is in their subtree). */
  async managed(actor: Actor, id: string): Promise<ContestRow> {
    const c = await this.repo.findContest(id);
    if (!c || !this.scope.covers(actor, c.organizer_path)) throw new AppError('not_found');
    return c;
  }

  async managedRound(
    actor: Actor,
    roundId: string,
  ): Promise<{ round: RoundRow; contest: ContestRow }> {
    const round = await this.repo.findRound(roundId);
    if (!round) throw new AppError('not_found');
    const contest = await this.managed(actor, round.contest_id);
    return { round, contest };
  }

  /**
   * A round whose leaderboard the actor may read: organisers of the contest's subtree, or people
   * of an eligible unit once the contest is published.
   */
  async viewableRound(
    actor: Actor,
    roundId: string,
  ): Promise<{ round: RoundRow; contest: ContestRow }> {
    const round = await this.repo.findRoundLite(roundId);
    if (!round) throw new AppError('not_found');
    const contest = (await this.repo.findContest(round.contest_id))!;
    if (this.scope.covers(actor, contest.organizer_path)) return { round, contest };
    if (contest.status === 'draft' || !actor.unitPath) throw new AppError('not_found');
    const eligible = await this.repo.unitsByIds(contest.eligible_unit_ids);
    if (!eligible.some((u) => actor.unitPath.startsWith(u.path))) throw new AppError('not_found');
    return { round, contest };
  }

  async list(actor: Actor): Promise<Contest[]> {
    const rows = await this.repo.listContests(ScopePolicy.subtreeOf(actor));
    return this.toDtos(rows);
  }

  async get(actor: Actor, id: string): Promise<Contest> {
    const [dto] = await this.toDtos([await this.managed(actor, id)]);
    return dto!;
  }

  async toDtos(rows: ContestRow[]): Promise<Contest[]> {
    const rounds = await this.repo.roundsOf(rows.map((r) => r.id));
    const units = await this.repo.unitsByIds([
      ...new Set(rows.flatMap((r) => r.eligible_unit_ids)),
    ]);
    const names = new Map(units.map((u) => [u.id, u.name]));
    const now = this.clock.now();
    return rows.map((c) => ({
      id: c.id,
      title: c.title,
      slug: c.slug,
      shortCode: c.short_code,
      description: c.description,
      organizerUnitId: c.organizer_unit_id,
      organizerUnitName: c.organizer_unit_name,
      eligibleUnitIds: c.eligible_unit_ids,
      eligibleUnitNames: c.eligible_unit_ids.map((id) => names.get(id) ?? ''),
      tracks: c.tracks,
      legalBasis: c.legal_basis,
      prizeTable: c.prize_table,
      onePrizePerPersonPerContest: c.one_prize_per_person_per_contest,
      excludedPersons: c.excluded_persons,
      rulesText: c.rules_text,
      status: c.status,
      rounds: rounds.filter((r) => r.contest_id === c.id).map((r) => toRoundDto(r, now)),
      createdAt: c.created_at.toISOString(),
      updatedAt: c.updated_at.toISOString(),
    }));
  }

  /** Eligible subtrees must lie inside the organising unit's subtree. */
  private async checkEligible(organizerPath: string, ids: string[]) {
    const units = await this.repo.unitsByIds(ids);
    if (units.length !== new Set(ids).size || units.some((u) => !u.path.startsWith(organizerPath)))
      throw new AppError('validation_failed', [fieldIssue('eligibleUnitIds', 'eligible_outside')]);
  }

  async create(actor: Actor, meta: RequestMeta, body: CreateContestInput): Promise<Contest> {
    const organizer = await this.scope.unitInScope(actor, body.organizerUnitId);
    const eligible = body.eligibleUnitIds?.length ? body.eligibleUnitIds : [organizer.id];
    await this.checkEligible(organizer.path, eligible);
    const id = await this.ds.transaction(async (em) => {
      const id = await this.repo.insertContest(em, {
        organizer_unit_id: organizer.id,
        eligible_unit_ids: eligible,
        title: body.title,
        slug: await this.slugs.allocate(em, body.title),
        description: body.description ?? null,
        legal_basis: body.legalBasis ?? null,
        tracks: body.tracks ?? ['staff'],
        prize_table: JSON.stringify(body.prizeTable ?? DEFAULT_PRIZE_TABLE),
        one_prize_per_person_per_contest: body.onePrizePerPersonPerContest ?? false,
        excluded_persons: JSON.stringify(body.excludedPersons ?? []),
        rules_text: body.rulesText ?? null,
        created_by: actor.id,
      });
      await this.audit.record(
        actor,
        meta,
        {
          action: 'contest.create',
          targetType: 'contest',
          targetId: id,
          after: { title: body.title },
        },
        em,
      );
      return id;
    });
    return this.get(actor, id);
  }

  async update(
    actor: Actor,
    meta: RequestMeta,
    id: string,
    body: UpdateContestInput,
  ): Promise<Contest> {
    const current = await this.managed(actor, id);
    const values: Record<string, unknown> = {};
    if (body.status && body.status !== current.status) {
      if (!CONTEST_TRANSITIONS[current.status].includes(body.status))
        throw new AppError('invalid_transition', undefined, {
          from: current.status,
          to: body.status,
        });
      if (body.status === 'published') {
        const rounds = await this.repo.roundsOf([id]);
        if (rounds.length === 0)
          throw new AppError('validation_failed', [fieldIssue('status', 'no_rounds')]);
      }
      values.status = body.status;
    }
    if (body.eligibleUnitIds) {
      await this.checkEligible(current.organizer_path, body.eligibleUnitIds);
      values.eligible_unit_ids = body.eligibleUnitIds;
    }
    if (body.title !== undefined) values.title = body.title;
    if (body.description !== undefined) values.description = body.description;
    if (body.legalBasis !== undefined) values.legal_basis = body.legalBasis;
    if (body.tracks !== undefined) values.tracks = body.tracks;
    if (body.prizeTable !== undefined) values.prize_table = JSON.stringify(body.prizeTable);
    if (body.onePrizePerPersonPerContest !== undefined)
      values.one_prize_per_person_per_contest = body.onePrizePerPersonPerContest;
    if (body.excludedPersons !== undefined)
      values.excluded_persons = JSON.stringify(body.excludedPersons);
    if (body.rulesText !== undefined) values.rules_text = body.rulesText;
    if (body.slug !== undefined && body.slug !== current.slug) values.slug = body.slug;
    await this.ds.transaction(async (em) => {
      const locked = await this.repo.findContest(id, em, true);
      if (values.status && locked?.status !== current.status) throw new AppError('conflict');
      if (typeof values.slug === 'string') await this.slugs.claim(em, id, values.slug);
      await this.repo.update(em, 'contests', id, values);
      const changed = Object.keys(values);
      await this.audit.record(
        actor,
        meta,
        {
          action: body.status && values.status ? `contest.status.${body.status}` : 'contest.update',
          targetType: 'contest',
          targetId: id,
          before: pick(current as unknown as Record<string, unknown>, changed),
          after: Object.fromEntries(
            changed.map((k) => [k, k === 'excluded_persons' ? '[redacted]' : values[k]]),
          ),
        },
        em,
      );
    });
    if (body.excludedPersons !== undefined) await this.exclusionsChanged(id);
    return this.get(actor, id);
  }

  /** Organisers read the rules of contests they manage, and everyone those they may take part in. */
  async rulesFor(actor: Actor, id: string): Promise<RulesPage> {
    const organiser = actor.role === 'admin' || actor.role === 'organizer';
    if (!organiser) return this.rules(actor, id, true);
    return this.rules(actor, id, false).catch((e: unknown) => {
      if (e instanceof AppError && e.code === 'not_found') return this.rules(actor, id, true);
      throw e;
    });
  }

  async rules(actor: Actor, id: string, participantView: boolean): Promise<RulesPage> {
    const c = participantView ? await this.repo.findContest(id) : await this.managed(actor, id);
    if (!c) throw new AppError('not_found');
    if (participantView && !this.visibleToParticipant(actor, c)) throw new AppError('not_found');
    if (c.rules_text) return { contestId: c.id, generated: false, text: c.rules_text };
    return { contestId: c.id, generated: true, text: await this.generatedRules(c) };
  }

  visibleToParticipant(actor: Actor, c: ContestRow): boolean {
    if (this.scope.covers(actor, c.organizer_path)) return true;
    return c.status !== 'draft';
  }

  async generatedRules(c: ContestRow): Promise<string> {
    const rounds = await this.repo.roundsOf([c.id]);
    const units = await this.repo.unitsByIds(c.eligible_unit_ids);
    return generateRules(
      rulesInputOf(
        c,
        rounds,
        units.map((u) => u.name),
        await this.repo.areaNames(),
      ),
    );
  }

  async blueprintCheck(
    organizerPath: string,
    blueprint: BlueprintItem[],
    track: 'staff' | 'citizen' | null,
  ): Promise<BlueprintCheck> {
    const pool = await this.repo.questionPool(organizerPath, track);
    const names = await this.repo.areaNames();
    // Lines with a difficulty are served first (as the draw does), so shared questions count once.
    const taken = new Set<string>();
    const order = blueprint
      .map((line, index) => ({ line, index }))
      .sort(
        (a, b) => Number(b.line.difficulty !== undefined) - Number(a.line.difficulty !== undefined),
      );
    const available = new Map<number, number>();
    for (const { line, index } of order) {
      const free = pool.filter((q) => !taken.has(q.id) && matches(q, line));
      available.set(index, free.length);
      for (const q of free.slice(0, line.count)) taken.add(q.id);
    }
    const items = blueprint.map((line, i) => {
      const n = available.get(i) ?? 0;
      return {
        area: line.area,
        areaName: names.get(line.area) ?? line.area,
        difficulty: line.difficulty ?? null,
        count: line.count,
        available: n,
        enough: n >= line.count,
        lowVariety: n < line.count * LOW_VARIETY_FACTOR,
      };
    });
    return { ok: items.every((i) => i.enough), items };
  }

  async checkBlueprintFor(
    actor: Actor,
    organizerUnitId: string,
    blueprint: BlueprintItem[],
    track: 'staff' | 'citizen' | null,
  ) {
    const unit = await this.scope.unitInScope(actor, organizerUnitId);
    return this.blueprintCheck(unit.path, blueprint, track);
  }

  private async requireSupply(
    c: ContestRow,
    blueprint: BlueprintItem[],
    track: 'staff' | 'citizen' | null,
  ) {
    const check = await this.blueprintCheck(c.organizer_path, blueprint, track);
    if (!check.ok)
      throw new AppError(
        'bank_insufficient',
        check.items.filter((i) => !i.enough),
      );
  }

  async createRound(
    actor: Actor,
    meta: RequestMeta,
    contestId: string,
    body: CreateRoundInput,
  ): Promise<Round> {
    const contest = await this.managed(actor, contestId);
    // LIVE MODE, NOT BUILT YET: a 'live' round would run as a self-paced one, so it is refused.
    if (body.mode === 'live') throw new AppError('live_mode_unavailable');
    if (contest.status === 'closed' || contest.status === 'results_published')
      throw new AppError('invalid_transition');
    await this.requireSupply(contest, body.blueprint, body.track ?? null);
    const id = await this.ds.transaction(async (em) => {
      await this.repo.findContest(contestId, em, true); // serialises seq numbering
      const seq = await this.repo.nextRoundSeq(em, contestId);
      const id = await this.repo.insertRound(em, {
        contest_id: contestId,
        seq,
        title: body.title,
        mode: body.mode,
        opens_at: new Date(body.opensAt),
        closes_at: new Date(body.closesAt),
        duration_sec: body.durationSec,
        max_attempts: body.maxAttempts,
        blueprint: JSON.stringify(body.blueprint),
        question_count: body.blueprint.reduce((s, b) => s + b.count, 0),
        shuffle_questions: body.shuffleQuestions,
        shuffle_options: body.shuffleOptions,
        track: body.track ?? null,
        prediction_enabled: body.prediction.enabled,
        prediction_target: body.prediction.target,
        prediction_prompt:
          body.prediction.prompt ||
          (body.prediction.target === 'participant_count'
            ? DEFAULT_PARTICIPANT_PROMPT
            : DEFAULT_PREDICTION_PROMPT),
        review_after_close: body.reviewAfterClose,
      });
      await this.audit.record(
        actor,
        meta,
        { action: 'round.create', targetType: 'round', targetId: id, after: { ...body } },
        em,
      );
      return id;
    });
    return this.getRound(actor, id);
  }

  async getRound(actor: Actor, id: string): Promise<Round> {
    const { round } = await this.managedRound(actor, id);
    return toRoundDto(round, this.clock.now());
  }

  async updateRound(
    actor: Actor,
    meta: RequestMeta,
    id: string,
    body: UpdateRoundInput,
  ): Promise<Round> {
    const { round, contest } = await this.managedRound(actor, id);
    const { reason, ...changes } = body;
    await this.ds.transaction(async (em) => {
      const locked = (await this.repo.findRound(id, em, true))!;
      if (locked.finalized_at) throw new AppError('round_has_attempts');
      if (locked.attempt_count > 0) {
        const locking = LOCKED_ROUND_FIELDS.filter((f) => changes[f] !== undefined);
        if (locking.length) throw new AppError('round_has_attempts', { fields: locking });
        if (!reason) throw new AppError('reason_required');
      }
      const opensAt = changes.opensAt ? new Date(changes.opensAt) : locked.opens_at;
      const closesAt = changes.closesAt ? new Date(changes.closesAt) : locked.closes_at;
      if (closesAt <= opensAt)
        throw new AppError('validation_failed', [fieldIssue('closesAt', 'closes_before_opens')]);
      const blueprint = changes.blueprint ?? locked.blueprint;
      const track = changes.track !== undefined ? changes.track : locked.track;
      if (changes.blueprint || changes.track !== undefined)
        await this.requireSupply(contest, blueprint, track ?? null);
      const values: Record<string, unknown> = {};
      if (changes.title !== undefined) values.title = changes.title;
      if (changes.opensAt) values.opens_at = opensAt;
      if (changes.closesAt) values.closes_at = closesAt;
      if (changes.durationSec !== undefined) values.duration_sec = changes.durationSec;
      if (changes.maxAttempts !== undefined) values.max_attempts = changes.maxAttempts;
      if (changes.blueprint) {
        values.blueprint = JSON.stringify(changes.blueprint);
        values.question_count = changes.blueprint.reduce((s, b) => s + b.count, 0);
      }
      if (changes.shuffleQuestions !== undefined)
        values.shuffle_questions = changes.shuffleQuestions;
      if (changes.shuffleOptions !== undefined) values.shuffle_options = changes.shuffleOptions;
      if (changes.track !== undefined) values.track = changes.track;
      if (changes.prediction) {
        values.prediction_enabled = changes.prediction.enabled;
        values.prediction_target = changes.prediction.target;
        if (changes.prediction.prompt) values.prediction_prompt = changes.prediction.prompt;
      }
      if (changes.reviewAfterClose !== undefined)
        values.review_after_close = changes.reviewAfterClose;
      await this.repo.update(em, 'rounds', id, values);
      await this.audit.record(
        actor,
        meta,
        {
          action: locked.attempt_count > 0 ? 'round.update_with_attempts' : 'round.update',
          targetType: 'round',
          targetId: id,
          before: pick(round as unknown as Record<string, unknown>, Object.keys(values)),
          after: { ...values, ...(reason ? { reason } : {}) },
        },
        em,
      );
    });
    return this.getRound(actor, id);
  }
}

function pick(o: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, o[k]]));
}
