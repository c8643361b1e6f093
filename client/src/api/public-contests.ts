import type { ContestShare, PublicContest } from '@cchc/contracts';
import { http } from './http';

export const publicContestsApi = {
  /** No sign-in needed; 404 for an unknown address or a contest not yet published. */
  get: (slug: string) =>
    http.get<PublicContest>(`/api/public/contests/${encodeURIComponent(slug)}`),
  /** Organisers: the links and QR target of a contest they manage. */
  share: (contestId: string) => http.get<ContestShare>(`/api/contests/${contestId}/share`),
};
