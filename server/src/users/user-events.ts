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
