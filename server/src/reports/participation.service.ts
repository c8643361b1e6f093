import { Injectable } from '@nestjs/common';
import {
  CURRENT_COUNTING_RULE,
  UNIT_GROUPS,
  foldVietnamese,
  reportWindow,
  type CollectiveQuery,
  type CollectiveRanking,
  type CollectiveRow,
  type NonParticipants,
  type NonParticipantsQuery,
  type OffList,
  type OffListQuery,
  type DailyPoint,
  type Figures,
  type ParticipationQuery,
  type ParticipationReport,
  type ReportScope,
  type UnitFigures,
  type UnitGroup,
  type UnitKind,
} from '@cchc/contracts';
import { AppError } from '../common/app-error.js';
import type { Actor } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { allocatePrizes } from '../attempts/ranking.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import type { UnitEntity } from '../units/entities/unit.entity.js';
import {
  ParticipationRepository,
  ReportContestsRepository,
  type ContestRef,
  type ParticipationFilter,
  type UnitFigureRow,
} from './participation.repository.js';
import { maskTail } from '../common/mask.js';
import { ReportCache } from './report-cache.js';
import { collectiveRule, reportLabel } from './report-scope.js';

type WindowQuery = Pick<
  ParticipationQuery,
  'unitId' | 'contestId' | 'roundId' | 'period' | 'year' | 'from' | 'to' | 'asOf'
>;

/** A query checked against the caller's scope and turned into SQL bounds and a title. */
export interface ResolvedQuery {
  unit: UnitEntity;
  contest: ContestRef | null;
  round: ContestRef['rounds'][number] | null;
  contestId: string | null;
  roundId: string | null;
  filter: ParticipationFilter;
  scope: ReportScope;
}

const levelOf = (path: string) => path.split('/').filter(Boolean).length;

@Injectable()
export class ParticipationService {
  constructor(
    private readonly repo: ParticipationRepository,
    private readonly contests: ReportContestsRepository,
    private readonly scopePolicy: ScopePolicy,
    private readonly clock: Clock,
    private readonly cache: ReportCache,
  ) {}

  /** Contests the caller's subtree takes part in, for the report filters. */
  async listContests(
    actor: Actor,
  ): Promise<Pick<ContestRef, 'id' | 'title' | 'status' | 'rounds'>[]> {
    const rows = await this.contests.list(ScopePolicy.subtreeOf(actor));
    return rows.map((c) => ({ id: c.id, title: c.title, status: c.status, rounds: c.rounds }));
  }

  async resolve(actor: Actor, q: WindowQuery, depth = 1): Promise<ResolvedQuery> {
    const unit = await this.rootUnit(actor, q.unitId);
    let contestId = q.contestId ?? null;
    if (q.roundId) {
      const owner = await this.contests.contestOfRound(q.roundId);
      if (!owner || (contestId && owner !== contestId)) throw new AppError('not_found');
      contestId = owner;
    }
    const contest = contestId
      ? await this.contests.find(ScopePolicy.subtreeOf(actor), contestId)
      : null;
    if (contestId && !contest) throw new AppError('not_found');
    const round = q.roundId ? (contest!.rounds.find((r) => r.id === q.roundId) ?? null) : null;
    const window = reportWindow(q);
    const now = this.clock.now();
    // Headcounts and staff lists are read as they stood at the end of the window (or now).
    const cutoff = window.to && window.to < now ? new Date(window.to.getTime() - 1) : now;
    return {
      unit,
      contest,
      round,
      contestId,
      roundId: q.roundId ?? null,
      filter: {
        rootPath: unit.path,
        roundIds: q.roundId ? [q.roundId] : contest ? contest.rounds.map((x) => x.id) : null,
        from: window.from,
        to: window.to,
        cutoff,
        depth,
      },
      scope: {
        unitId: unit.id,
        unitName: unit.name,
        unitCode: unit.code,
        contestId,
        contestTitle: contest?.title ?? null,
        roundId: round?.id ?? null,
        roundTitle: round?.title ?? null,
        period: q.period ?? null,
        year: q.year ?? null,
        from: window.from?.toISOString() ?? null,
        to: window.to?.toISOString() ?? null,
        asOf: q.asOf ?? null,
        cutoff: cutoff.toISOString(),
        label: reportLabel(q, window, cutoff),
        labelEn: reportLabel(q, window, cutoff, 'en'),
      },
    };
  }

  /**
   * `fresh` computes even when a cached report is still valid: a frozen report carries the
   * moment it was frozen, not the moment an equal report was first computed.
   */
  async report(
    actor: Actor,
    q: ParticipationQuery,
    opts: { fresh?: boolean } = {},
  ): Promise<ParticipationReport> {
    const r = await this.resolve(actor, q, q.depth);
    const now = this.clock.now();
    if (opts.fresh) return { ...(await this.compute(r, q)), roundsOpen: this.roundsOpen(r, now) };
    const computed = await this.cache.get(
      // A report up to "now" is the same report a second later, unless the data moved.
      JSON.stringify([
        r.filter.rootPath,
        r.filter.roundIds,
        r.filter.from,
        r.filter.to,
        r.filter.to && r.filter.to < now ? r.filter.cutoff : 'now',
        q.depth,
        q.threshold,
        r.contestId,
        r.roundId,
      ]),
      () => this.compute(r, q),
    );
    return {
      ...computed,
      scope: { ...computed.scope, label: r.scope.label, labelEn: r.scope.labelEn },
      roundsOpen: this.roundsOpen(r, now),
    };
  }

  private roundsOpen(r: ResolvedQuery, now: Date): boolean {
    return (
      !!r.contest &&
      r.contest.rounds.some(
        (x) =>
          (!r.round || x.id === r.round.id) &&
          new Date(x.opensAt) <= now &&
          now < new Date(x.closesAt),
      )
    );
  }

  private async compute(r: ResolvedQuery, q: ParticipationQuery): Promise<ParticipationReport> {
    const rootLevel = levelOf(r.unit.path);
    const [rows, daily, rounds] = await Promise.all([
      this.repo.unitFigures(r.filter, rootLevel),
      this.repo.daily(r.filter),
      r.roundId
        ? Promise.resolve(1)
        : r.contestId
          ? this.repo.roundsCounted(r.contestId, r.filter.from, r.filter.to, r.filter.cutoff)
          : Promise.resolve(0),
    ]);
    const units = toUnitFigures(rows, rootLevel, {
      contestWide: !!r.contestId && !r.roundId,
      rounds,
      threshold: q.threshold,
    });
    const totals = units[0];
    if (!totals) throw new AppError('not_found');
    const now = this.clock.now();
    return {
      scope: r.scope,
      rule: CURRENT_COUNTING_RULE,
      generatedAt: now.toISOString(),
      totals,
      units,
      daily: toDaily(daily),
      roundsOpen: false,
      snapshotId: null,
      frozen: null,
    };
  }

  async nonParticipants(actor: Actor, q: NonParticipantsQuery): Promise<NonParticipants> {
    const r = await this.resolve(actor, q, 0);
    const [page, withoutRoster] = await Promise.all([
      this.repo.nonParticipants(r.filter, {
        search: q.search ? foldVietnamese(q.search) : null,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      }),
      this.repo.unitsWithoutRoster(r.filter),
    ]);
    return {
      scope: r.scope,
      total: page.total,
      rows: page.rows.map((x) => ({
        rosterEntryId: x.id,
        fullName: x.full_name,
        position: x.position,
        unitId: x.unit_id,
        unitName: x.unit_name,
        phone: x.phone,
        email: x.email,
        registered: x.registered,
      })),
      unitsWithoutRoster: withoutRoster.map((u) => ({
        unitId: u.id,
        name: u.name,
        headcount: u.headcount,
        participants: u.participants,
      })),
    };
  }

  /**
   * Who took part without being on a staff list (the root's `offList` figure), each with the
   * entry of their unit's list that is most likely them: an unlinked entry with the same name.
   */
  async offList(actor: Actor, q: OffListQuery): Promise<OffList> {
    const r = await this.resolve(actor, q, 0);
    const page = await this.repo.offList(r.filter, {
      search: q.search ? foldVietnamese(q.search) : null,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    const entries = await this.repo.unlinkedEntries([...new Set(page.rows.map((x) => x.unit_id))]);
    return {
      scope: r.scope,
      total: page.total,
      rows: page.rows.map((x) => {
        const name = foldVietnamese(x.full_name);
        const match = entries.find((e) => e.unit_id === x.unit_id && e.name_folded === name);
        return {
          userId: x.user_id,
          fullName: x.full_name,
          phone: x.phone,
          citizenId: maskTail(x.citizen_id),
          unitId: x.unit_id,
          unitName: x.unit_name,
          attempts: x.attempts,
          lastSubmittedAt: x.last_at.toISOString(),
          suggestedEntry: match
            ? { id: match.id, fullName: match.full_name, position: match.position }
            : null,
        };
      }),
    };
  }

  /**
   * Biểu 04, SPEC §3: per khối, the root's sub-units whose coverage reached the minimum are
   * ranked by average round participation rate, then share of perfect entries, then number of
   * individual prizes; the collective prize table is handed out in that order.
   */
  async collective(actor: Actor, q: CollectiveQuery): Promise<CollectiveRanking> {
    const contest = await this.contests.find(ScopePolicy.subtreeOf(actor), q.contestId);
    if (!contest) throw new AppError('not_found');
    const report = await this.report(actor, {
      contestId: q.contestId,
      unitId:
        q.unitId ??
        (this.scopePolicy.covers(actor, await this.pathOf(contest.organizer_unit_id))
          ? contest.organizer_unit_id
          : undefined),
      depth: 1,
    } as ParticipationQuery);
    const prizes = await this.repo.prizesByUnit(q.contestId);
    const units = await this.repo.unitPaths(report.units.map((u) => u.unitId));
    const candidates = report.units
      .filter((u) => u.depth === 1 && u.active)
      .map((u) => {
        const path = units.get(u.unitId)!;
        const minRate = q.minRate ?? contest.collective_min_rate ?? u.target;
        const row: CollectiveRow = {
          rank: null,
          unitId: u.unitId,
          code: u.code,
          name: u.name,
          headcount: u.headcount,
          participants: u.participants,
          coverage: u.coverage,
          averageRoundRate: u.averageRoundRate,
          perfectShare: u.entries > 0 ? u.perfectEntries / u.entries : null,
          individualPrizes: prizes
            .filter((p) => p.path.startsWith(path))
            .reduce((n, p) => n + p.n, 0),
          minRate,
          eligible: u.coverage !== null && u.coverage >= minRate,
          prize: null,
        };
        return { group: u.group, row };
      });
    const groups = UNIT_GROUPS.map((group) => {
      const members = candidates.filter((c) => c.group === group).map((c) => c.row);
      const ranked = members.filter((r) => r.eligible).sort(compareCollective);
      competitionRanks(ranked, (a, b) => compareCollective(a, b) === 0).forEach(
        (rank, i) => (ranked[i]!.rank = rank),
      );
      const awards = allocatePrizes(
        ranked.map((r) => ({ userId: r.unitId, rank: r.rank! })),
        contest.collective_prize_table,
      );
      for (const a of awards) members.find((m) => m.unitId === a.userId)!.prize = a.prize;
      const rest = members
        .filter((r) => !r.eligible)
        .sort(
          (a, b) => (b.coverage ?? -1) - (a.coverage ?? -1) || collator.compare(a.name, b.name),
        );
      return { group, rows: [...ranked, ...rest] };
    }).filter((g) => g.rows.length > 0);
    const min = q.minRate ?? contest.collective_min_rate ?? null;
    return {
      contestId: contest.id,
      contestTitle: contest.title,
      unitId: report.scope.unitId,
      unitName: report.scope.unitName,
      rounds: contest.rounds.filter((r) => new Date(r.opensAt) <= new Date(report.scope.cutoff))
        .length,
      formula: collectiveRule(min),
      formulaEn: collectiveRule(min, 'en'),
      groups,
      generatedAt: report.generatedAt,
    };
  }

  private async pathOf(unitId: string): Promise<string> {
    return (await this.repo.unitPaths([unitId])).get(unitId) ?? '';
  }

  private async rootUnit(actor: Actor, unitId: string | undefined): Promise<UnitEntity> {
    if (unitId) return this.scopePolicy.unitInScope(actor, unitId);
    if (actor.unitId) return this.scopePolicy.unitInScope(actor, actor.unitId);
    // An admin without a unit reports on the first root of the tree.
    const root = await this.repo.firstRootId();
    if (!root) throw new AppError('not_found');
    return this.scopePolicy.unitInScope(actor, root);
  }
}

/** Ties on all three criteria share a rank (and a prize). */
function compareCollective(a: CollectiveRow, b: CollectiveRow): number {
  return (
    (b.averageRoundRate ?? 0) - (a.averageRoundRate ?? 0) ||
    (b.perfectShare ?? 0) - (a.perfectShare ?? 0) ||
    b.individualPrizes - a.individualPrizes
  );
}

const ratio = (n: number, d: number | null) => (d && d > 0 ? n / d : null);

/** Rows from SQL → contract figures, with flags and the rank of each unit inside its khối. */
export function toUnitFigures(
  rows: UnitFigureRow[],
  rootLevel: number,
  opts: { contestWide: boolean; rounds: number; threshold?: number | undefined },
): UnitFigures[] {
  const out = rows.map((r): UnitFigures => {
    const headcount = r.headcount;
    const rate = ratio(r.participants, headcount);
    const figures: Figures = {
      headcount,
      headcountSource:
        r.roster_units && r.declared_units
          ? 'mixed'
          : r.roster_units
            ? 'roster'
            : r.declared_units
              ? 'declared'
              : 'none',
      unitsWithoutHeadcount: r.units_without_headcount,
      participants: r.participants,
      offList: r.off_list,
      attempts: r.attempts,
      rate,
      overHundred: rate !== null && rate > 1,
      coverage: opts.contestWide ? rate : null,
      averageRoundRate:
        opts.contestWide && opts.rounds > 0
          ? ratio(r.entries, (headcount ?? 0) * opts.rounds)
          : null,
      quality: { perfect: r.perfect, high: r.high, mid: r.mid, low: r.low, zero: r.zero },
      averageScore: r.attempts > 0 && r.score_sum !== null ? (r.score_sum / r.attempts) * 10 : null,
      perfectEntries: r.perfect_entries,
      entries: r.entries,
    };
    const target = Number(r.target);
    return {
      ...figures,
      unitId: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind as UnitKind,
      group: r.unit_group as UnitGroup,
      parentId: r.parent_id,
      depth: r.level - rootLevel,
      target,
      active: r.active_to === null,
      mergedIntoName: r.merged_into_name,
      ownHeadcount: r.own_headcount,
      belowThreshold: rate !== null && rate < (opts.threshold ?? target),
      rankInGroup: null,
    };
  });
  rankWithinGroups(out);
  return treeOrder(out);
}

export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The root, then each unit followed by its own sub-units, siblings in Vietnamese name order. */
function treeOrder(units: UnitFigures[]): UnitFigures[] {
  const children = new Map<string | null, UnitFigures[]>();
  for (const u of units.slice(1))
    children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const out: UnitFigures[] = [];
  const visit = (u: UnitFigures) => {
    out.push(u);
    const kids = (children.get(u.unitId) ?? []).sort(
      (a, b) => Number(b.active) - Number(a.active) || collator.compare(a.name, b.name),
    );
    kids.forEach(visit);
  };
  if (units[0]) visit(units[0]);
  return out;
}

/** Competition ranking (1, 1, 3) by rate among siblings of the same khối. */
function rankWithinGroups(units: UnitFigures[]): void {
  const groups = new Map<string, UnitFigures[]>();
  for (const u of units) {
    if (u.depth === 0 || u.rate === null) continue;
    const key = `${u.parentId}:${u.group}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  for (const members of groups.values()) {
    members.sort((a, b) => b.rate! - a.rate!);
    competitionRanks(members, (a, b) => a.rate === b.rate).forEach(
      (rank, i) => (members[i]!.rankInGroup = rank),
    );
  }
}

/** Competition ranks (1, 1, 3) of rows already in order; `tied` says who shares a rank. */
function competitionRanks<T>(sorted: T[], tied: (a: T, b: T) => boolean): number[] {
  const ranks: number[] = [];
  sorted.forEach((r, i) => ranks.push(i > 0 && tied(sorted[i - 1]!, r) ? ranks[i - 1]! : i + 1));
  return ranks;
}

function toDaily(
  rows: { day: string; participants: number; attempts: number; first_timers: number }[],
): DailyPoint[] {
  let cumulative = 0;
  return rows.map((r) => {
    cumulative += r.first_timers;
    return {
      date: r.day,
      participants: r.participants,
      attempts: r.attempts,
      cumulativeParticipants: cumulative,
    };
  });
}
