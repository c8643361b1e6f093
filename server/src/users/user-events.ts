/**
 * Every session of an account ended (deactivated, or its password set from a reset code): the
 * sessions are revoked in the database already; auth drops them from its token cache and the
 * realtime door closes their sockets.
 */
export interface SessionsEnded {
  userId: string;
}

declare module '../common/events.js' {
  interface DomainEvents {
    'users.sessions-ended': SessionsEnded;
  }
}

/**
 * An account's phone or CCCD changed (PATCH /api/users/:id), inside the change's transaction:
 * staff lists link it as they link a newly registered account (rosters adds the step).
 */
export interface ContactsChanging {
  user: { id: string; unitId: string | null; citizenId: string | null; phone: string | null };
}

/**
 * A duplicate account (`sourceId`) is being merged into the person's other one (`targetId`),
 * inside the merge's transaction: features that keep per-person records move them (attempts and
 * counted entries in attempts, staff-list links in rosters) and add their counts to `details`,
 * which the audit records. A step that throws rolls the whole merge back.
 */
export interface UserMerging {
  sourceId: string;
  targetId: string;
  at: Date;
  details: Record<string, number>;
  /** Rounds whose counted entry changed: heard again in 'users.merged' after the commit. */
  roundIds: string[];
}

/** The merge committed: boards and caches of the rounds involved are read afresh. */
export interface UserMerged {
  sourceId: string;
  targetId: string;
  roundIds: string[];
}

declare module '../common/events.js' {
  interface DomainSteps {
    'users.contacts-changing': ContactsChanging;
    'users.merging': UserMerging;
  }
  interface DomainEvents {
    'users.merged': UserMerged;
  }
}

/**
 * An account moved to another unit (a PATCH by its focal person, or an approved unit change
 * request), after the commit: caches that hold the account's unit forget it (auth's resolved
 * tokens carry the unit a new attempt is counted in).
 */
export interface UnitChanged {
  userId: string;
  fromUnitId: string | null;
  toUnitId: string;
}

declare module '../common/events.js' {
  interface DomainEvents {
    'users.unit-changed': UnitChanged;
  }
}
