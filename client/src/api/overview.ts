import type { OrganizerOverview } from '@cchc/contracts';
import { http } from './http';

/** The organiser's home: running rounds with their entries, what opens next, what to finalise. */
export const overviewApi = {
  organizer: () => http.get<OrganizerOverview>('/api/organizer/overview'),
};
