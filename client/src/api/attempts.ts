import type {
  Attempt,
  AttemptStanding,
  Contest,
  Leaderboard,
  MyAttempt,
  ParticipantHome,
  ParticipantRound,
  PublicResults,
  Round,
  RoundBriefing,
  RulesPage,
  SaveAnswer,
  SavedAnswerSchema,
  StartAttemptSchema,
  SubmitAttempt,
  SubmitResult,
} from '@cchc/contracts';
import type { z } from 'zod';
import { http } from './http';

export type StartAttempt = z.input<typeof StartAttemptSchema>;
export type SavedAnswer = z.infer<typeof SavedAnswerSchema>;

/** What a participant does: list rounds, take an attempt, read its review and the results. */
export const attemptsApi = {
  myRounds: () => http.get<ParticipantRound[]>('/api/me/rounds'),
  /** The rounds with the server's time, and my latest results with my rank. */
  home: () => http.get<ParticipantHome>('/api/me/home'),
  /** The start screen of a round (nothing starts): attempts left, eligibility, server time. */
  briefing: (roundId: string) => http.get<RoundBriefing>(`/api/me/rounds/${roundId}`),
  /** My rank in the attempt's round (provisional until finalised) and my prediction recap. */
  standing: (attemptId: string) => http.get<AttemptStanding>(`/api/attempts/${attemptId}/standing`),
  myAttempts: () => http.get<MyAttempt[]>('/api/me/attempts'),
  rules: (contestId: string) => http.get<RulesPage>(`/api/contests/${contestId}/rules`),
  /** Starts an attempt, or resumes the open one with its saved answers (same order). */
  start: (roundId: string, body: StartAttempt = {}) =>
    http.post<Attempt>(`/api/rounds/${roundId}/attempts`, body),
  get: (attemptId: string) => http.get<Attempt>(`/api/attempts/${attemptId}`),
  saveAnswer: (attemptId: string, questionId: string, body: SaveAnswer) =>
    http.put<SavedAnswer>(`/api/attempts/${attemptId}/answers/${questionId}`, body),
  /** Idempotent: a repeat returns the first result. */
  submit: (attemptId: string, body: SubmitAttempt) =>
    http.post<SubmitResult>(`/api/attempts/${attemptId}/submit`, body),
  leaderboard: (roundId: string, query: { limit?: number; offset?: number } = {}) =>
    http.get<Leaderboard>(`/api/rounds/${roundId}/leaderboard`, query),
  /** Titles for the projector header (organisers may read these; others get 403/404). */
  round: (roundId: string) => http.get<Round>(`/api/rounds/${roundId}`),
  contest: (contestId: string) => http.get<Contest>(`/api/contests/${contestId}`),
  /** No sign-in needed; 404 until the round is finalised. */
  publicResults: (roundId: string) =>
    http.get<PublicResults>(`/api/public/rounds/${roundId}/results`),
};
