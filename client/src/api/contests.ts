import type {
  BlueprintCheck,
  BlueprintCheckRequestSchema,
  Contest,
  CreateContest,
  CreateRound,
  Disqualification,
  FinalizeResult,
  IntegrityDecision,
  IntegrityReview,
  ItemStat,
  Leaderboard,
  ParticipantTrack,
  PrizeAward,
  Round,
  RulesPage,
  UpdateContest,
  UpdateRound,
} from '@cchc/contracts';
import type { z } from 'zod';
// The zod-free entry: the first page's bundle must not carry the schemas.
import { ROUTES as R, apiPath } from '@cchc/contracts/routes';
import { http } from './http';

export type BlueprintCheckRequest = z.input<typeof BlueprintCheckRequestSchema>;

export interface LeaderboardQuery {
  limit: number;
  offset: number;
  track?: ParticipantTrack;
  unitId?: string;
}

export const contestsApi = {
  list: () => http.get<Contest[]>(apiPath(R.contests.list)),
  get: (id: string) => http.get<Contest>(apiPath(R.contests.get, { id })),
  create: (body: CreateContest) => http.post<Contest>(apiPath(R.contests.create), body),
  /** Also moves the status (CONTEST_TRANSITIONS) and edits or resets the rules text. */
  update: (id: string, body: UpdateContest) =>
    http.patch<Contest>(apiPath(R.contests.update, { id }), body),
  rules: (id: string) => http.get<RulesPage>(apiPath(R.contests.rules, { id })),
  awards: (id: string) => http.get<PrizeAward[]>(apiPath(R.contests.awards, { id })),
  /** Entrants who may be one person behind several accounts, with the decisions taken. */
  integrity: (id: string) => http.get<IntegrityReview>(apiPath(R.contests.integrity, { id })),
  /** Keep or exclude one entrant; answers the review as it now stands. */
  decideIntegrity: (id: string, body: IntegrityDecision) =>
    http.put<IntegrityReview>(apiPath(R.contests.integrityDecide, { id }), body),

  createRound: (contestId: string, body: CreateRound) =>
    http.post<Round>(apiPath(R.contests.createRound, { id: contestId }), body),
  round: (id: string) => http.get<Round>(apiPath(R.rounds.get, { id })),
  updateRound: (id: string, body: UpdateRound) =>
    http.patch<Round>(apiPath(R.rounds.update, { id }), body),
  checkBlueprint: (body: BlueprintCheckRequest) =>
    http.post<BlueprintCheck>(apiPath(R.rounds.blueprintCheck), body),

  leaderboard: (roundId: string, query: LeaderboardQuery) =>
    http.get<Leaderboard>(apiPath(R.rounds.leaderboard, { id: roundId }), { ...query }),
  /** A re-finalisation needs a reason (400 reason_required without one). */
  finalize: (roundId: string, reason?: string) =>
    http.post<FinalizeResult>(
      apiPath(R.rounds.finalize, { id: roundId }),
      reason ? { reason } : {},
    ),
  /** The latest finalisation; 404 while there is none. */
  disqualify: (roundId: string, userId: string, reason: string) =>
    http.post<Disqualification>(apiPath(R.rounds.disqualify, { id: roundId }), { userId, reason }),
  results: (roundId: string) =>
    http.get<FinalizeResult>(apiPath(R.rounds.results, { id: roundId })),
  /** Biểu 02, headed and signed as the organising unit set its form layout. */
  downloadWinners: (roundId: string, format: 'xlsx' | 'pdf' = 'xlsx') =>
    http.download(
      apiPath(R.rounds.winners, { id: roundId, format }),
      undefined,
      `bieu-02-danh-sach-doat-giai.${format}`,
    ),
  itemStats: (roundId: string) => http.get<ItemStat[]>(apiPath(R.questions.stats), { roundId }),
};
