import type { ContestShare, PublicContest } from '@cchc/contracts';
// The zod-free entry: the first page's bundle must not carry the schemas.
import { ROUTES as R, apiPath } from '@cchc/contracts/routes';
import { http } from './http';

export const publicContestsApi = {
  /** No sign-in needed; 404 for an unknown address or a contest not yet published. */
  get: (slug: string) => http.get<PublicContest>(apiPath(R.public.contest, { slug })),
  /** Organisers: the links and QR target of a contest they manage. */
  share: (contestId: string) =>
    http.get<ContestShare>(apiPath(R.contests.share, { id: contestId })),
};
