import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import type { AccountSignals } from './account-signals.js';
import { EventBus } from '../common/events.js';
import type { RedisLike } from '../common/redis.js';
import type { Actor } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { parseEnv } from '../config/env.js';
import type { RostersService } from '../rosters/rosters.service.js';
import type { OneTimeCodesRepository } from '../users/one-time-codes.repository.js';
import type { UsersRepository } from '../users/users.repository.js';
import { AuthService } from './auth.service.js';
import type { LoginRateLimiter } from './login-rate-limiter.js';
import type { RegistrationRateLimiter } from './registration-rate-limiter.js';
import type { PasswordService } from '../common/password.service.js';
import { revokes, SessionRevocations } from './session-revocations.js';
import { SessionsRepository } from './sessions.repository.js';

class FixedClock extends Clock {
  now() {
    return new Date('2025-06-01T08:00:00+07:00');
  }
}

const SESSION_ROW = {
  session_id: 'session-1',
  user_id: 'user-1',
  role: 'participant',
  unit_id: 'unit-1',
  full_name: 'Nguyễn Thị Hoa',
  path: '/root/unit-1/',
};

/**
 * The sessions table as AuthService reads it. A lookup can be held open, to stand for a query
 * that is still on its way while the session is revoked.
 */
function sessionsTable() {
  const table = { revoked: false, lookups: 0, held: null as null | (() => void) };
  const ds = {
    query: async () => {
      table.lookups++;
      // what the row says when the query reads it, delivered when the test lets it through
      const rows = table.revoked ? [] : [SESSION_ROW];
      if (table.held === null) return rows;
      await new Promise<void>((release) => (table.held = release));
      return rows;
    },
    getRepository: () => ({
      update: async () => {
        table.revoked = true;
      },
    }),
  };
  return { table, ds: ds as unknown as DataSource };
}

/** Redis pub/sub between "processes", as SessionRevocations uses it. */
function redisBus() {
  const subscribers: ((channel: string, message: string) => void)[] = [];
  const client = {
    status: 'ready',
    ping: async () => 'PONG',
    quit: async () => 'OK',
    publish: async (channel: string, message: string) => {
      for (const deliver of subscribers) setImmediate(() => deliver(channel, message));
      return subscribers.length;
    },
    duplicate: () => ({
      on: (_event: 'message', listener: (channel: string, message: string) => void) =>
        subscribers.push(listener),
      subscribe: async () => 1,
      quit: async () => 'OK',
    }),
  };
  return client satisfies RedisLike;
}

function service(
  ds: DataSource,
  env: Record<string, string> = {},
  revocations = new SessionRevocations(null),
) {
  return new AuthService(
    new SessionsRepository(ds),
    {} as UsersRepository,
    {} as PasswordService,
    {} as LoginRateLimiter,
    {} as RegistrationRateLimiter,
    new FixedClock(),
    {} as RostersService,
    parseEnv(env),
    revocations,
    {} as OneTimeCodesRepository,
    {} as AuditService,
    {} as AccountSignals,
    new EventBus(),
  );
}

const ACTOR: Actor = {
  id: 'user-1',
  role: 'participant',
  unitId: 'unit-1',
  unitPath: '/root/unit-1/',
  sessionId: 'session-1',
  fullName: 'Nguyễn Thị Hoa',
};

const actorOf = (a: Actor | null): Actor => {
  if (!a) throw new Error('expected the token to be accepted');
  return a;
};

describe(AuthService.name, () => {
  it('a token logged out is refused at once, although it was just accepted from the cache', async () => {
    const { table, ds } = sessionsTable();
    const auth = service(ds);
    const actor = actorOf(await auth.authenticate('token'));
    expect(await auth.authenticate('token')).toEqual(actor);
    expect(table.lookups).toBe(1); // the second one came from the cache

    await auth.logout(actor);
    expect(await auth.authenticate('token')).toBeNull();
  });

  it('a lookup that read the session before its logout does not put the token back in the cache', async () => {
    const { table, ds } = sessionsTable();
    const auth = service(ds);
    table.held = () => undefined;
    const inFlight = auth.authenticate('token'); // a request that arrived just before the logout
    await auth.logout(ACTOR);
    // the read was made while the session was valid: this one request still goes through
    const release = table.held;
    table.held = null;
    release();
    expect(await inFlight).not.toBeNull();

    expect(await auth.authenticate('token')).toBeNull();
    expect(await auth.authenticate('token')).toBeNull();
  });

  it('AUTH_CACHE_MS=0 looks the session up on every request', async () => {
    const { table, ds } = sessionsTable();
    const auth = service(ds, { AUTH_CACHE_MS: '0' });
    await auth.authenticate('token');
    await auth.authenticate('token');
    expect(table.lookups).toBe(2);
  });

  it('a logout in another process drops the token from this process’s cache at once', async () => {
    const { table, ds } = sessionsTable();
    const bus = redisBus();
    const [revocationsA, revocationsB] = [new SessionRevocations(bus), new SessionRevocations(bus)];
    await Promise.all([revocationsA.onModuleInit(), revocationsB.onModuleInit()]);
    const [a, b] = [service(ds, {}, revocationsA), service(ds, {}, revocationsB)];
    const actor = actorOf(await a.authenticate('token'));
    expect(await a.authenticate('token')).toEqual(actor); // cached in A

    await b.logout(actor);
    await new Promise((resolve) => setImmediate(resolve)); // the message crosses Redis
    expect(await a.authenticate('token')).toBeNull();
    expect(table.lookups).toBe(2);
  });

  it('a password change ends the other sessions of the person, not the one that made it', async () => {
    const { table, ds } = sessionsTable();
    const revocations = new SessionRevocations(null);
    const auth = service(ds, {}, revocations);
    actorOf(await auth.authenticate('token'));
    revocations.revoked({ kind: 'user', userId: ACTOR.id, exceptSessionId: ACTOR.sessionId });
    actorOf(await auth.authenticate('token'));
    expect(table.lookups).toBe(1); // still cached: its own session goes on
    revocations.revoked({ kind: 'user', userId: ACTOR.id, exceptSessionId: 'another-session' });
    actorOf(await auth.authenticate('token'));
    expect(table.lookups).toBe(2); // dropped from the cache, read again
    expect(revokes({ kind: 'user', userId: 'someone-else', exceptSessionId: null }, ACTOR)).toBe(
      false,
    );
  });
});
