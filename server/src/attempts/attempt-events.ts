import type { RankedEntry } from './ranking.js';

/** What a committed submission changed: the person's counted entry after the upsert. */
export interface RawEntry extends RankedEntry {
  total: number;
  unitId: string;
  disqualified?: boolean;
}

/**
 * A round's counted entries changed, after the commit: `entry` is the person's entry as stored
 * after a submission or auto-submit, or null when the round's entries must be read afresh
 * (a finalisation, a disqualification). Heard by the leaderboard and the participation dashboards.
 */
export interface EntryChanged {
  roundId: string;
  entry: RawEntry | null;
}

declare module '../common/events.js' {
  interface DomainEvents {
    'attempts.entry-changed': EntryChanged;
  }
}
