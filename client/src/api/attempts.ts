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
// The zod-free entry: the first page's bundle must not carry the schemas.
import { ROUTES as R, apiPath } from '@cchc/contracts/routes';
import { http } from './http';

export type StartAttempt = z.input<typeof StartAttemptSchema>;
export type SavedAnswer = z.infer<typeof SavedAnswerSchema>;

/** What a participant does: list rounds, take an attempt, read its review and the results. */
export const attemptsApi = {
  myRounds: () => http.get<ParticipantRound[]>(apiPath(R.me.rounds)),
  /** The rounds with the server's time, and my latest results with my rank. */
  home: () => http.get<ParticipantHome>(apiPath(R.me.home)),
  /** The start screen of a round (nothing starts): attempts left, eligibility, server time. */
  briefing: (roundId: string) => http.get<RoundBriefing>(apiPath(R.me.briefing, { id: roundId })),
  /** My rank in the attempt's round (provisional until finalised) and my prediction recap. */
  standing: (attemptId: string) =>
    http.get<AttemptStanding>(apiPath(R.attempts.standing, { id: attemptId })),
  myAttempts: () => http.get<MyAttempt[]>(apiPath(R.me.attempts)),
  rules: (contestId: string) => http.get<RulesPage>(apiPath(R.contests.rules, { id: contestId })),
  /** Starts an attempt, or resumes the open one with its saved answers (same order). */
  start: (roundId: string, body: StartAttempt = {}) =>
    http.post<Attempt>(apiPath(R.attempts.start, { id: roundId }), body),
  get: (attemptId: string) => http.get<Attempt>(apiPath(R.attempts.get, { id: attemptId })),
  saveAnswer: (attemptId: string, questionId: string, body: SaveAnswer) =>
    http.put<SavedAnswer>(apiPath(R.attempts.saveAnswer, { id: attemptId, questionId }), body),
  /** Idempotent: a repeat returns the first result. */
  submit: (attemptId: string, body: SubmitAttempt) =>
    http.post<SubmitResult>(apiPath(R.attempts.submit, { id: attemptId }), body),
  leaderboard: (roundId: string, query: { limit?: number; offset?: number } = {}) =>
    http.get<Leaderboard>(apiPath(R.rounds.leaderboard, { id: roundId }), query),
  /** Titles for the projector header (organisers may read these; others get 403/404). */
  round: (roundId: string) => http.get<Round>(apiPath(R.rounds.get, { id: roundId })),
  contest: (contestId: string) => http.get<Contest>(apiPath(R.contests.get, { id: contestId })),
  /** No sign-in needed; 404 until the round is finalised. */
  publicResults: (roundId: string) =>
    http.get<PublicResults>(apiPath(R.public.roundResults, { id: roundId })),
};
