import type {
  BlueprintCheck,
  BlueprintCheckRequestSchema,
  Contest,
  CreateContest,
  CreateRound,
  FinalizeResult,
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
import { http } from './http';

export type BlueprintCheckRequest = z.input<typeof BlueprintCheckRequestSchema>;

export interface LeaderboardQuery {
  limit: number;
  offset: number;
  track?: ParticipantTrack;
  unitId?: string;
}

export const contestsApi = {
  list: () => http.get<Contest[]>('/api/contests'),
  get: (id: string) => http.get<Contest>(`/api/contests/${id}`),
  create: (body: CreateContest) => http.post<Contest>('/api/contests', body),
  /** Also moves the status (CONTEST_TRANSITIONS) and edits or resets the rules text. */
  update: (id: string, body: UpdateContest) => http.patch<Contest>(`/api/contests/${id}`, body),
  rules: (id: string) => http.get<RulesPage>(`/api/contests/${id}/rules`),
  awards: (id: string) => http.get<PrizeAward[]>(`/api/contests/${id}/awards`),

  createRound: (contestId: string, body: CreateRound) =>
    http.post<Round>(`/api/contests/${contestId}/rounds`, body),
  round: (id: string) => http.get<Round>(`/api/rounds/${id}`),
  updateRound: (id: string, body: UpdateRound) => http.patch<Round>(`/api/rounds/${id}`, body),
  checkBlueprint: (body: BlueprintCheckRequest) =>
    http.post<BlueprintCheck>('/api/rounds/blueprint-check', body),

  leaderboard: (roundId: string, query: LeaderboardQuery) =>
    http.get<Leaderboard>(`/api/rounds/${roundId}/leaderboard`, { ...query }),
  /** A re-finalisation needs a reason (400 reason_required without one). */
  finalize: (roundId: string, reason?: string) =>
    http.post<FinalizeResult>(`/api/rounds/${roundId}/finalize`, reason ? { reason } : {}),
  /** The latest finalisation; 404 while there is none. */
  disqualify: (roundId: string, userId: string, reason: string) =>
    http.post<{ userId: string; disqualified: boolean }>(
      `/api/rounds/${roundId}/disqualifications`,
      { userId, reason },
    ),
  results: (roundId: string) => http.get<FinalizeResult>(`/api/rounds/${roundId}/results`),
  /** Biểu 02, headed and signed as the organising unit set its form layout. */
  downloadWinners: (roundId: string, format: 'xlsx' | 'pdf' = 'xlsx') =>
    http.download(
      `/api/rounds/${roundId}/winners.${format}`,
      undefined,
      `bieu-02-danh-sach-doat-giai.${format}`,
    ),
  itemStats: (roundId: string) => http.get<ItemStat[]>('/api/questions/stats', { roundId }),
};
