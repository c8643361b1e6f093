import type { OrganizerOverview } from '@cchc/contracts';
// The zod-free entry: the first page's bundle must not carry the schemas.
import { ROUTES as R, apiPath } from '@cchc/contracts/routes';
import { http } from './http';

/** The organiser's home: running rounds with their entries, what opens next, what to finalise. */
export const overviewApi = {
  organizer: () => http.get<OrganizerOverview>(apiPath(R.contests.overview)),
};
