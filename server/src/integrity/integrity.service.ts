import { Inject, Injectable } from '@nestjs/common';
import type {
  ExcludedPerson,
  IntegrityDecision,
  IntegrityGroup,
  IntegrityReview,
} from '@cchc/contracts';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { maskTail } from '../common/mask.js';
import { fieldIssue } from '../common/messages.js';
import { Clock } from '../config/clock.js';
import { ENV, type Env } from '../config/env.js';
import { ContestsService } from '../contests/contests.service.js';
import { isExcludedPerson } from '../contests/excluded-persons.js';
import { flagGroups } from './grouping.js';
import { IntegrityRepository, type EntrantRow } from './integrity.repository.js';

/** The role an exclusion made by the review carries on the list, so "keep" can take it back. */
export const REVIEW_EXCLUSION_ROLE = 'Loại sau rà soát trùng lặp';

const asPerson = (e: EntrantRow) => ({ phone: e.phone, citizen_id: e.citizenId });
const mine = (p: ExcludedPerson, e: EntrantRow) =>
  p.role === REVIEW_EXCLUSION_ROLE &&
  ((!!p.citizenId && p.citizenId === e.citizenId) || (!!p.phone && p.phone === e.phone));

/**
 * One person = one entrant: the organisers' review of a contest's entrants who may be one person
 * behind several accounts (see flagGroups), and their decisions. Signals never block anyone on
 * their own; only an organiser's "exclude" does, through the contest's excluded list.
 */
@Injectable()
export class IntegrityService {
  constructor(
    private readonly repo: IntegrityRepository,
    private readonly contests: ContestsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async review(actor: Actor, contestId: string): Promise<IntegrityReview> {
    const contest = await this.contests.managed(actor, contestId);
    const entrants = await this.repo.entrants(contestId);
    const ids = entrants.map((e) => e.id);
    const [identities, devices, registrations, decisions] = await Promise.all([
      this.repo.identities(ids),
      this.repo.devices(ids),
      this.repo.registrations(ids),
      this.repo.decisions(contestId),
    ]);
    const burst = {
      count: this.env.INTEGRITY_BURST_COUNT,
      windowMinutes: this.env.INTEGRITY_BURST_MINUTES,
    };
    const flagged = flagGroups({
      entrants,
      identities,
      devices,
      registrations,
      burst: { count: burst.count, windowMs: burst.windowMinutes * 60_000 },
    });
    const byId = new Map(entrants.map((e) => [e.id, e]));
    const decided = new Map(decisions.map((d) => [d.userId, d]));
    const groups: IntegrityGroup[] = flagged.map((g) => {
      const accounts = g.accountIds.map((id) => {
        const e = byId.get(id)!;
        const d = decided.get(id);
        return {
          id,
          fullName: e.fullName,
          username: maskTail(e.phone ?? e.email ?? e.citizenId) ?? '',
          unitName: e.unitName,
          attempts: e.attempts,
          bestScore: e.bestScore,
          excluded: isExcludedPerson(contest, asPerson(e)),
          decision: d?.decision ?? null,
          note: d?.note ?? null,
          decidedAt: d?.decidedAt.toISOString() ?? null,
        };
      });
      return {
        id: g.id,
        accounts,
        reasons: g.reasons,
        weakOnly: g.weakOnly,
        reviewed: accounts.every((a) => a.decision !== null),
      };
    });
    return { contestId, entrants: entrants.length, burst, groups };
  }

  /**
   * Keep or exclude one entrant; a later decision replaces it. "exclude" puts the person's CCCD
   * and phone on the contest's excluded list (unless already on it), so they are not ranked and
   * cannot start another attempt; "keep" after an "exclude" takes off what the review put there
   * (never an entry the organiser wrote by hand). Audited; boards reload after the commit.
   */
  async decide(
    actor: Actor,
    meta: RequestMeta,
    contestId: string,
    body: IntegrityDecision,
  ): Promise<IntegrityReview> {
    await this.contests.managed(actor, contestId);
    const entrant = await this.repo.entrant(contestId, body.accountId);
    if (!entrant) throw new AppError('not_found');
    if (body.decision === 'exclude' && !entrant.phone && !entrant.citizenId)
      throw new AppError('validation_failed', [fieldIssue('accountId', 'integrity_no_identity')]);
    const note = body.note?.trim() ? body.note.trim() : null;
    const listChanged = await this.repo.transaction(async (em) => {
      const before = await this.repo.previous(em, contestId, entrant.id);
      let changed = false;
      if (body.decision === 'exclude')
        changed = await this.contests.editExclusions(em, contestId, (list) =>
          isExcludedPerson({ excluded_persons: list }, asPerson(entrant))
            ? list
            : [
                ...list,
                {
                  fullName: entrant.fullName,
                  ...(entrant.citizenId ? { citizenId: entrant.citizenId } : {}),
                  ...(entrant.phone ? { phone: entrant.phone } : {}),
                  role: REVIEW_EXCLUSION_ROLE,
                },
              ],
        );
      else if (before === 'exclude')
        changed = await this.contests.editExclusions(em, contestId, (list) =>
          list.filter((p) => !mine(p, entrant)),
        );
      await this.repo.decide(em, {
        contestId,
        userId: entrant.id,
        decision: body.decision,
        note,
        by: actor.id,
        at: this.clock.now(),
      });
      // no phone, CCCD or note text in the trail: the decision and where it applies
      await this.audit.record(
        actor,
        meta,
        {
          action: `contest.integrity.${body.decision}`,
          targetType: 'user',
          targetId: entrant.id,
          before: before ? { decision: before } : null,
          after: { contestId, decision: body.decision, excludedListChanged: changed },
        },
        em,
      );
      return changed;
    });
    if (listChanged) await this.contests.exclusionsChanged(contestId);
    return this.review(actor, contestId);
  }
}
