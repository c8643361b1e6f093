/**
 * A contest's excluded-persons list changed (edited by its organiser, or a person excluded or
 * taken back by the integrity review), after the commit: boards of its rounds are read afresh so
 * the people on it stop (or start again) being ranked at once.
 */
export interface ExclusionsChanged {
  contestId: string;
  roundIds: string[];
}

declare module '../common/events.js' {
  interface DomainEvents {
    'contests.exclusions-changed': ExclusionsChanged;
  }
}
