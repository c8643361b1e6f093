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

declare module '../common/events.js' {
  interface DomainSteps {
    'users.contacts-changing': ContactsChanging;
  }
}
