import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type Attempt,
  type AttemptStanding,
  type MyAttempt,
  type MyResult,
  type ParticipantHome,
  type ParticipantRound,
  type RoundBriefing,
  type SaveAnswerSchema,
  type StartAttemptSchema,
  type SubmitAttemptSchema,
  type SubmitResult,
} from '@cchc/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../common/app-error.js';
import { fieldIssue } from '../common/messages.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { ENV, type Env } from '../config/env.js';
import {
  ContestsRepository,
  type ContestRow,
  type RoundRow,
} from '../contests/contests.repository.js';
import { isExcludedPerson, roundPhase } from '../contests/contests.service.js';
import { EventBus } from '../common/events.js';
import type { RawEntry } from './attempt-events.js';
import { predictionError } from './ranking.js';
import { StandingService } from './standing.service.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import {
  AttemptsRepository,
  type AnswerRow,
  type AttemptRow,
  type AttemptState,
  type EntryRow,
  type RoundTally,
} from './attempts.repository.js';
import { AutosaveBatcher } from './autosave-batcher.js';
import { drawQuestions, type PoolQuestion, type SnapshotQuestion } from './draw.js';
import { answerKey, isCorrect, type KeyItem } from './scoring.js';
import { MetricsService } from '../metrics/metrics.service.js';

type SaveInput = z.output<typeof SaveAnswerSchema>;
type SubmitInput = z.output<typeof SubmitAttemptSchema>;
type StartInput = z.output<typeof StartAttemptSchema>;

/** The immutable part of an attempt, cached so an autosave is one SQL statement. */
interface AttemptMeta {
  userId: string;
  roundId: string;
  deadline: number;
  graceMs: number;
  questions: Map<string, { type: SnapshotQuestion['type']; options: Set<string> }>;
  /** Correct option ids per question, for scoring inside the submit statement. */
  key: KeyItem[];
}

const META_CACHE_MAX = 100_000;
const TIME_UP_MARGIN_MS = 2_000;
const ROUND_CACHE_MS = 2_000;
const POOL_CACHE_MS = 10_000;

@Injectable()
export class AttemptsService {
  private readonly meta = new Map<string, AttemptMeta>();
  private readonly rounds = new Map<string, { at: number; round: RoundRow; contest: ContestRow }>();
  private readonly pools = new Map<string, { at: number; pool: PoolQuestion[] }>();

  constructor(
    private readonly repo: AttemptsRepository,
    private readonly contests: ContestsRepository,
    private readonly scope: ScopePolicy,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly autosaves: AutosaveBatcher,
    private readonly standing: StandingService,
    @Inject(ENV) private readonly env: Env,
    private readonly metrics: MetricsService,
  ) {}

  private async round(roundId: string, fresh = false) {
    const hit = this.rounds.get(roundId);
    if (!fresh && hit && Date.now() - hit.at < ROUND_CACHE_MS) return hit;
    const round = await this.contests.findRoundLite(roundId);
    if (!round) throw new AppError('not_found');
    const contest = (await this.contests.findContest(round.contest_id))!;
    const entry = { at: Date.now(), round, contest };
    this.rounds.set(roundId, entry);
    return entry;
  }

  private async pool(contest: ContestRow, track: 'staff' | 'citizen'): Promise<PoolQuestion[]> {
    const key = `${contest.id}:${track}`;
    const hit = this.pools.get(key);
    if (hit && Date.now() - hit.at < POOL_CACHE_MS) return hit.pool;
    const pool = await this.contests.questionPool(contest.organizer_path, track);
    this.pools.set(key, { at: Date.now(), pool });
    return pool;
  }

  /** Why this person may not take this round, or null. */
  private async ineligibility(
    actor: Actor,
    contest: ContestRow,
    round: RoundRow,
    eligiblePaths: string[],
    user: { track: 'staff' | 'citizen'; phone: string | null; citizen_id: string | null },
  ): Promise<'unit' | 'track' | 'excluded' | null> {
    if (!actor.unitPath || !eligiblePaths.some((p) => actor.unitPath.startsWith(p))) return 'unit';
    const track = round.track ?? null;
    if (track ? user.track !== track : !contest.tracks.includes(user.track)) return 'track';
    if (isExcludedPerson(contest, user)) return 'excluded';
    return null;
  }

  private userFacts(userId: string) {
    return this.repo.userFacts(userId);
  }

  private async eligiblePaths(contest: ContestRow): Promise<string[]> {
    return (await this.contests.unitsByIds(contest.eligible_unit_ids)).map((u) => u.path);
  }

  /** Start a new attempt, or resume the open one (one per person per round, by constraint). */
  async start(
    actor: Actor,
    meta: RequestMeta,
    roundId: string,
    body: StartInput,
  ): Promise<{ created: boolean; attempt: Attempt }> {
    const { round, contest } = await this.round(roundId, true);
    if (contest.status === 'draft' && !this.scope.covers(actor, contest.organizer_path))
      throw new AppError('not_found');
    const now = this.clock.now();

    const open = await this.repo.openAttempt(roundId, actor.id);
    if (open) {
      if (now.getTime() <= open.deadline.getTime() + round.grace_ms)
        return { created: false, attempt: await this.toDto(open, round, contest, now) };
      await this.expireOne(open.id, 'start'); // its time is up: close it before anything else
    }
    if (
      contest.status !== 'published' ||
      round.mode !== 'self_paced' ||
      now < round.opens_at ||
      now >= round.closes_at
    )
      throw new AppError('round_not_open');
    const user = await this.userFacts(actor.id);
    const why = await this.ineligibility(
      actor,
      contest,
      round,
      await this.eligiblePaths(contest),
      user,
    );
    // Outside the eligible units the contest does not exist for them (no cross-subtree reads).
    if (why === 'unit') throw new AppError('not_found');
    if (why) throw new AppError('not_eligible', { reason: why });

    const used = await this.repo.attemptsUsed(roundId, actor.id);
    if (round.max_attempts > 0 && used >= round.max_attempts) {
      // A concurrent start of the same person may have just created the attempt we count.
      const raced = await this.repo.openAttempt(roundId, actor.id);
      if (raced) return { created: false, attempt: await this.toDto(raced, round, contest, now) };
      throw new AppError('max_attempts_reached');
    }

    const seed = randomInt(0, 2 ** 31);
    const questions = drawQuestions(await this.pool(contest, user.track), round.blueprint, seed, {
      shuffleQuestions: round.shuffle_questions,
      shuffleOptions: round.shuffle_options,
    });
    if (!questions) throw new AppError('bank_insufficient');
    // The server owns the deadline: never later than the round's close.
    const deadline = new Date(
      Math.min(now.getTime() + round.duration_sec * 1000, round.closes_at.getTime()),
    );
    try {
      const row = await this.repo.insert({
        roundId,
        userId: actor.id,
        unitId: actor.unitId,
        attemptNo: used + 1,
        track: user.track,
        seed,
        questions,
        startedAt: now,
        deadline,
        clientIp: meta.ip,
        deviceHash: body.deviceHash ?? null,
      });
      this.metrics.attemptStarted();
      return { created: true, attempt: await this.toDto(row, round, contest, now, []) };
    } catch (e) {
      // Another request of the same person won the race (open-attempt or attempt-number
      // constraint): hand back the attempt it created.
      if ((e as { code?: string }).code !== '23505') throw e;
      const winner = await this.repo.openAttempt(roundId, actor.id);
      if (winner) return { created: false, attempt: await this.toDto(winner, round, contest, now) };
      throw new AppError('max_attempts_reached');
    }
  }

  async get(actor: Actor, id: string): Promise<Attempt> {
    const row = await this.repo.find(id);
    if (!row || row.user_id !== actor.id) throw new AppError('not_found');
    const { round, contest } = await this.round(row.round_id);
    return this.toDto(row, round, contest, this.clock.now());
  }

  reviewOpen(row: AttemptRow, round: RoundRow, now: Date): boolean {
    return row.status !== 'in_progress' && round.review_after_close && now >= round.closes_at;
  }

  async toDto(
    row: AttemptRow,
    round: RoundRow,
    contest: ContestRow,
    now: Date,
    answerRows?: AnswerRow[],
  ): Promise<Attempt> {
    const answers = answerRows ?? (await this.repo.answers(row.id));
    const byQ = new Map(answers.map((a) => [a.question_id, a]));
    const review = this.reviewOpen(row, round, now);
    return {
      id: row.id,
      roundId: row.round_id,
      contestId: contest.id,
      roundTitle: round.title,
      attemptNo: row.attempt_no,
      status: row.status,
      startedAt: row.started_at.toISOString(),
      deadline: row.deadline.toISOString(),
      serverNow: now.toISOString(),
      submittedAt: row.submitted_at?.toISOString() ?? null,
      // Participant payloads never carry answers, explanations or sources before review opens.
      questions: row.questions.map((q, index) => {
        const base = {
          id: q.id,
          index,
          type: q.type,
          stem: q.stem,
          options: q.options.map((o) => ({ id: o.id, text: o.text })),
        };
        if (!review) return base;
        const chosen = byQ.get(q.id)?.option_ids ?? [];
        return {
          ...base,
          correctOptionIds: q.options.filter((o) => o.correct).map((o) => o.id),
          explanation: q.explanation,
          source: q.source,
          chosenOptionIds: chosen,
          correct: isCorrect(q, chosen),
        };
      }),
      answers: Object.fromEntries(
        answers.map((a) => [a.question_id, { optionIds: a.option_ids, seq: a.seq }]),
      ),
      prediction: {
        enabled: round.prediction_enabled,
        prompt: round.prediction_prompt ?? '',
        value: row.prediction,
      },
      result:
        row.status === 'in_progress'
          ? null
          : { correctCount: row.correct_count!, total: row.total, durationMs: row.duration_ms! },
      reviewOpen: review,
    };
  }

  /** Attempts cached as `userId`'s change owner (a merged account): read them afresh. */
  forgetOwner(userId: string): void {
    for (const [id, m] of this.meta) if (m.userId === userId) this.meta.delete(id);
  }

  private async attemptMeta(id: string): Promise<AttemptMeta> {
    const hit = this.meta.get(id);
    if (hit) return hit;
    const row = await this.repo.meta(id);
    if (!row) throw new AppError('not_found');
    const meta: AttemptMeta = {
      userId: row.userId,
      roundId: row.roundId,
      deadline: row.deadline.getTime(),
      graceMs: row.graceMs,
      questions: new Map(
        row.questions.map((q) => [
          q.id,
          { type: q.type, options: new Set(q.options.map((o) => o.id)) },
        ]),
      ),
      key: answerKey(row.questions),
    };
    if (this.meta.size >= META_CACHE_MAX) this.meta.delete(this.meta.keys().next().value!);
    this.meta.set(id, meta);
    return meta;
  }

  private checkAnswer(meta: AttemptMeta, questionId: string, optionIds: string[]) {
    const q = meta.questions.get(questionId);
    if (!q) throw new AppError('not_found');
    const bad = optionIds.some((o) => !q.options.has(o));
    const tooMany = q.type !== 'multiple' && optionIds.length > 1;
    if (bad || tooMany)
      throw new AppError('validation_failed', [
        fieldIssue('optionIds', bad ? 'option_unknown' : 'single_choice'),
      ]);
  }

  /** Autosave: idempotent; a lower seq than the stored one changes nothing. */
  async saveAnswer(
    actor: Actor,
    attemptId: string,
    questionId: string,
    body: SaveInput,
  ): Promise<{ savedAt: string; seq: number }> {
    const meta = await this.attemptMeta(attemptId);
    // Only a device that held the attempt knows its id: when its session has become another
    // person's, say so, so the app asks for the owner's login instead of dropping the answers.
    if (meta.userId !== actor.id) throw new AppError('attempt_not_owned');
    this.checkAnswer(meta, questionId, body.optionIds);
    const now = this.clock.now();
    // Nothing is accepted after the deadline plus the grace for requests in flight.
    if (now.getTime() > meta.deadline + meta.graceMs) throw new AppError('deadline_passed');
    const saved = await this.autosaves.save({
      attemptId,
      userId: actor.id,
      questionId,
      optionIds: body.optionIds,
      seq: body.seq ?? 0,
      at: now,
    });
    if (saved === 'closed') throw new AppError('attempt_closed');
    return { savedAt: saved.savedAt.toISOString(), seq: saved.seq };
  }

  /** Submit with the prediction; a repeat returns the first result. */
  async submit(actor: Actor, attemptId: string, body: SubmitInput): Promise<SubmitResult> {
    const meta = await this.attemptMeta(attemptId);
    if (meta.userId !== actor.id) throw new AppError('attempt_not_owned');
    for (const a of body.answers ?? []) this.checkAnswer(meta, a.questionId, a.optionIds);
    const { round } = await this.round(meta.roundId);
    const now = this.clock.now();
    if (now.getTime() > meta.deadline + meta.graceMs)
      return this.submitLate(actor, attemptId, round);
    const prediction = body.prediction ?? null;
    // A phone that submits on its own countdown may arrive a moment early: within the last
    // 2 s the attempt counts as timed out (what is saved counts; nobody gains from it).
    const timeUp = now.getTime() >= meta.deadline - TIME_UP_MARGIN_MS;
    const out = await this.repo.submit({
      attemptId,
      userId: actor.id,
      unitId: actor.unitId!,
      at: now,
      answers: (body.answers ?? []).map((a) => ({
        questionId: a.questionId,
        optionIds: a.optionIds,
        seq: a.seq ?? 0,
      })),
      key: meta.key,
      prediction,
      // Complete = every question answered and, when asked, the prediction given.
      predictionOk: !round.prediction_enabled || prediction !== null,
      timeUp,
    });
    if (out.attempt.status !== 'in_progress') return toResult(out.attempt);
    if (!out.closed || !out.entry)
      throw new AppError('attempt_incomplete', {
        unanswered: out.attempt.total - out.answered,
        predictionMissing: round.prediction_enabled && prediction === null,
      });
    this.events.publish('attempts.entry-changed', {
      roundId: meta.roundId,
      entry: toRawEntry(out.entry),
    });
    this.metrics.attemptSubmitted('submitted');
    return toResult(out.closed);
  }

  /** After deadline + grace: close with what was saved in time, nothing from this request. */
  private async submitLate(actor: Actor, attemptId: string, round: RoundRow) {
    const { result, entry } = await this.repo.transaction(async (em) => {
      const row = (await this.repo.find(attemptId, em, true))!;
      if (row.status !== 'in_progress') return { result: toResult(row), entry: null };
      return this.finish(em, row, round, 'expired', 'submit-late', null, actor.unitId!);
    });
    if (entry) {
      this.events.publish('attempts.entry-changed', { roundId: round.id, entry });
      this.metrics.attemptSubmitted('expired');
    }
    return result;
  }

  /**
   * Scores saved answers and closes the attempt exactly once (the UPDATE only matches an
   * attempt still in progress), then keeps the person's counted entry for the round.
   */
  async finish(
    em: EntityManager,
    row: AttemptRow,
    round: RoundRow,
    status: 'submitted' | 'expired',
    closedBy: string,
    prediction: number | null,
    unitId: string,
    at?: Date,
  ): Promise<{ result: SubmitResult; entry: RawEntry | null }> {
    // Expired attempts count only what was saved by the deadline (+ grace for requests in flight).
    const cutoff = status === 'expired' ? new Date(row.deadline.getTime() + round.grace_ms) : null;
    const submittedAt = status === 'expired' ? row.deadline : at!;
    const durationMs = submittedAt.getTime() - row.started_at.getTime();
    // Scored by the submit statement's SQL, so the late path cannot score differently.
    const closed = await this.repo.closeAndEnter(em, {
      id: row.id,
      status,
      submittedAt,
      key: answerKey(row.questions),
      cutoff,
      durationMs,
      prediction,
      closedBy,
      unitId,
    });
    if (!closed) return { result: toResult((await this.repo.find(row.id, em))!), entry: null };
    const { correctCount: correct, entry } = closed;
    return {
      result: {
        correctCount: correct,
        total: row.total,
        durationMs,
        status,
        submittedAt: submittedAt.toISOString(),
      },
      entry: toRawEntry(entry),
    };
  }

  /** Auto-submits one expired attempt (if nobody else did). */
  async expireOne(attemptId: string, closedBy: string): Promise<boolean> {
    const done = await this.repo.transaction(async (em) => {
      const locked = await this.repo.lockOpen(em, attemptId);
      if (!locked) return null;
      const { row, userUnitId } = locked;
      const round = (await this.contests.findRoundLite(row.round_id, em))!;
      const { entry } = await this.finish(em, row, round, 'expired', closedBy, null, userUnitId);
      return { roundId: row.round_id, entry };
    });
    if (done?.entry)
      this.events.publish('attempts.entry-changed', { roundId: done.roundId, entry: done.entry });
    return done !== null;
  }

  /**
   * One sweep: auto-submits every attempt past its deadline + grace. SKIP LOCKED lets several
   * server processes sweep at once without ever closing the same attempt twice.
   */
  async sweep(closedBy: string, roundId?: string, em?: EntityManager): Promise<number> {
    const run = async (tx: EntityManager) => {
      const rows = await this.repo.lockExpired(tx, this.clock.now(), 500, roundId);
      const rounds = new Map<string, RoundRow>();
      const entries: [string, RawEntry][] = [];
      for (const row of rows) {
        let round = rounds.get(row.round_id);
        if (!round) {
          round = (await this.contests.findRoundLite(row.round_id, tx))!;
          rounds.set(row.round_id, round);
        }
        const unitId = await this.repo.userUnit(tx, row.user_id);
        const { entry } = await this.finish(tx, row, round, 'expired', closedBy, null, unitId);
        if (entry) entries.push([row.round_id, entry]);
      }
      return entries;
    };
    const entries = em ? await run(em) : await this.repo.transaction(run);
    // Pushed only after the commit (when the caller passed a transaction, it pushes nothing
    // before its own commit either: finalisation reloads the boards afterwards).
    if (!em)
      for (const [roundId, entry] of entries)
        this.events.publish('attempts.entry-changed', { roundId, entry });
    return entries.length;
  }

  async myAttempts(actor: Actor): Promise<MyAttempt[]> {
    const rows = await this.repo.history(actor.id);
    return rows.map((r) => ({
      id: r.id,
      roundId: r.round_id,
      roundTitle: r.round_title,
      contestId: r.contest_id,
      contestTitle: r.contest_title,
      attemptNo: r.attempt_no,
      status: r.status,
      startedAt: r.started_at.toISOString(),
      deadline: r.deadline.toISOString(),
      submittedAt: r.submitted_at?.toISOString() ?? null,
      correctCount: r.correct_count,
      total: r.total,
      durationMs: r.duration_ms,
      prediction: r.prediction,
    }));
  }

  /** Rounds of published contests whose eligible subtrees include the person's unit. */
  async myRounds(actor: Actor, now: Date = this.clock.now()): Promise<ParticipantRound[]> {
    if (!actor.unitPath) return [];
    const contestIds = await this.repo.contestIdsOpenTo(actor.unitPath);
    if (contestIds.length === 0) return [];
    const user = await this.userFacts(actor.id);
    const rounds = await this.contests.roundsOf(contestIds);
    const tallies = await this.repo.roundTallies(actor.id);
    const out: ParticipantRound[] = [];
    const contestRows = new Map<string, { contest: ContestRow; paths: string[] }>();
    for (const r of rounds) {
      if (r.mode !== 'self_paced') continue;
      let c = contestRows.get(r.contest_id);
      if (!c) {
        const contest = (await this.contests.findContest(r.contest_id))!;
        c = { contest, paths: await this.eligiblePaths(contest) };
        contestRows.set(contest.id, c);
      }
      out.push(
        await this.participantRound(actor, r, c.contest, c.paths, user, tallies.get(r.id), now),
      );
    }
    return out;
  }

  private async participantRound(
    actor: Actor,
    r: RoundRow,
    c: ContestRow,
    eligiblePaths: string[],
    user: Awaited<ReturnType<AttemptsService['userFacts']>>,
    tally: RoundTally | undefined,
    now: Date,
  ): Promise<ParticipantRound> {
    const why = await this.ineligibility(actor, c, r, eligiblePaths, user);
    const phase = roundPhase(r, now);
    return {
      id: r.id,
      contestId: c.id,
      contestTitle: c.title,
      title: r.title,
      opensAt: r.opens_at.toISOString(),
      closesAt: r.closes_at.toISOString(),
      durationSec: r.duration_sec,
      questionCount: r.question_count,
      maxAttempts: r.max_attempts,
      attemptsUsed: tally?.used ?? 0,
      openAttemptId: tally?.openId ?? null,
      phase: c.status === 'published' ? phase : phase === 'open' ? 'closed' : phase,
      eligible: why === null,
      ineligibleReason: why,
      reviewOpen: r.review_after_close && now >= r.closes_at,
      bestAttemptId: tally?.bestId ?? null,
      predictionEnabled: r.prediction_enabled,
    };
  }

  /**
   * The start screen of one round, before the clock starts: visible on the same terms as the
   * list (a published contest whose eligible units hold the person's), with the server's time.
   */
  async briefing(actor: Actor, roundId: string): Promise<RoundBriefing> {
    const { round, contest } = await this.round(roundId, true);
    const paths = await this.eligiblePaths(contest);
    if (
      contest.status === 'draft' ||
      round.mode !== 'self_paced' ||
      !actor.unitPath ||
      !paths.some((p) => actor.unitPath.startsWith(p))
    )
      throw new AppError('not_found');
    const now = this.clock.now();
    const tally = (await this.repo.roundTallies(actor.id, roundId)).get(roundId);
    const user = await this.userFacts(actor.id);
    return {
      serverNow: now.toISOString(),
      round: await this.participantRound(actor, round, contest, paths, user, tally, now),
    };
  }

  /** A participant's home: the rounds with the server's time, and their latest results. */
  async home(actor: Actor): Promise<ParticipantHome> {
    const now = this.clock.now();
    const rounds = await this.myRounds(actor, now);
    const recent = await this.standing.recentEntries(actor.id, this.env.HOME_LIST_MAX);
    const results: MyResult[] = [];
    for (const e of recent) {
      const { standing } = await this.standing.of(e.roundId, actor.id);
      results.push({
        roundId: e.roundId,
        roundTitle: e.roundTitle,
        contestTitle: e.contestTitle,
        attemptId: e.attemptId,
        correctCount: e.correctCount,
        total: e.total,
        durationMs: e.durationMs,
        submittedAt: e.submittedAt.toISOString(),
        reviewOpen: e.reviewAfterClose && now >= e.closesAt,
        standing,
      });
    }
    return { serverNow: now.toISOString(), rounds, results };
  }

  /**
   * The result page's figures: the person's rank (provisional until the round is finalised)
   * and what this attempt predicted against the frozen actual. Their own data only.
   */
  async standingOf(actor: Actor, attemptId: string): Promise<AttemptStanding> {
    const row = await this.repo.find(attemptId);
    if (!row || row.user_id !== actor.id) throw new AppError('not_found');
    const { round } = await this.round(row.round_id);
    const { facts, entry, standing } = await this.standing.of(row.round_id, actor.id);
    const actual = facts.finalizedAt ? (facts.actual?.[row.track] ?? null) : null;
    return {
      attemptId: row.id,
      roundId: row.round_id,
      counted: entry?.attemptId === row.id,
      standing,
      prediction: round.prediction_enabled
        ? {
            target: round.prediction_target,
            prompt: round.prediction_prompt ?? '',
            value: row.prediction,
            actual,
            error: predictionError(row.prediction, actual),
          }
        : null,
    };
  }
}

function toRawEntry(e: EntryRow): RawEntry {
  return {
    userId: e.user_id,
    track: e.track,
    unitId: e.unit_id,
    correctCount: e.correct_count,
    total: e.total,
    durationMs: e.duration_ms,
    submittedAt: e.submitted_at.getTime(),
    prediction: e.prediction,
    attemptsUsed: e.attempts_used,
    disqualified: e.disqualified_reason !== null,
  };
}

function toResult(row: AttemptState): SubmitResult {
  return {
    correctCount: row.correct_count!,
    total: row.total,
    durationMs: row.duration_ms!,
    status: row.status,
    submittedAt: row.submitted_at!.toISOString(),
  };
}
