import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  normalizeVnPhone,
  type ActivateSchema,
  type ErrorCode,
  type AuthResult,
  type LoginSchema,
  type RegisterSchema,
} from '@cchc/contracts';
import type { z } from 'zod';
import { AppError } from '../common/app-error.js';
import { fieldIssue } from '../common/messages.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { AuditService } from '../audit/audit.service.js';
import { EventBus } from '../common/events.js';
import { assertPasswordNotCommon } from '../common/password-policy.js';
import { hashCode, sameHash } from '../users/one-time-code.js';
import { OneTimeCodesRepository } from '../users/one-time-codes.repository.js';
import '../users/user-events.js';
import { Clock } from '../config/clock.js';
import { ENV, type Env } from '../config/env.js';
import { RostersService } from '../rosters/rosters.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { toUserDto } from '../users/user.mapper.js';
import { AccountSignals } from './account-signals.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { PasswordService } from '../common/password.service.js';
import { RegistrationRateLimiter } from './registration-rate-limiter.js';
import { revokes, SessionRevocations } from './session-revocations.js';
import { SessionsRepository } from './sessions.repository.js';

const PERSONAL_DUPLICATES = new Set<ErrorCode>([
  'duplicate_phone',
  'duplicate_email',
  'duplicate_citizen_id',
]);

/** Registration does not tell which of phone, email or CCCD is already on file. */
function neutralDuplicate(e: unknown): never {
  if (e instanceof AppError && PERSONAL_DUPLICATES.has(e.code))
    throw new AppError('already_registered');
  throw e;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * A username as people type it: an email (has an @), a CCCD (12 digits, spaces allowed between
 * groups) or a phone number in any of its Vietnamese forms. The account key counts failed tries
 * of one account whatever form was typed.
 */
export function parseUsername(raw: string) {
  const email = raw.includes('@') ? raw.toLowerCase() : null;
  const digits = raw.replace(/\s+/g, '');
  const citizenId = !email && /^\d{12}$/.test(digits) ? digits : null;
  const phone = email || citizenId ? null : normalizeVnPhone(raw);
  return { phone, email, citizenId, accountKey: phone ?? email ?? citizenId ?? raw.toLowerCase() };
}

@Injectable()
export class AuthService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly limiter: LoginRateLimiter,
    private readonly registrations: RegistrationRateLimiter,
    private readonly clock: Clock,
    private readonly rosters: RostersService,
    @Inject(ENV) private readonly env: Env,
    private readonly sessionsEnded: SessionRevocations,
    private readonly codes: OneTimeCodesRepository,
    private readonly audit: AuditService,
    private readonly signals: AccountSignals,
    events: EventBus,
  ) {
    // this process's revocations and, with Redis, every other process's
    sessionsEnded.onRevoked((r) => this.forget((a) => revokes(r, a)));
    // an account deactivated by its focal person: its sockets close and cached tokens go now
    events.on('users.sessions-ended', ({ userId }) =>
      sessionsEnded.revoked({ kind: 'user', userId, exceptSessionId: null }),
    );
    // moved to another unit: the next request (and the next attempt) reads the new unit
    events.on('users.unit-changed', ({ userId }) => this.forget((a) => a.id === userId));
  }

  async register(
    input: z.output<typeof RegisterSchema>,
    ip: string,
    deviceId: string | null = null,
  ): Promise<AuthResult> {
    await this.registrations.admit(ip);
    const unit = await this.users.findUnit(input.unitId);
    if (!unit) {
      throw new AppError('validation_failed', [fieldIssue('unitId', 'unknown_unit')]);
    }
    if (unit.activeTo) throw new AppError('unit_inactive');
    assertPasswordNotCommon(input.password);
    const passwordHash = await this.passwords.hash(input.password);
    const user = await this.users
      .transaction(async (em) => {
        const created = await this.users.insert(em, {
          fullName: input.fullName,
          role: 'participant',
          unitId: unit.id,
          phone: input.phone,
          email: input.email ?? null,
          citizenId: input.citizenId ?? null,
          passwordHash,
          consentAt: this.clock.now(),
        });
        // A person on a staff list counts for it from the moment they register.
        await this.rosters.linkNewAccount(em, created);
        await this.signals.registered(em, created.id, ip);
        return created;
      })
      .catch((e: unknown) => this.awaitingActivation(e, input))
      .catch(neutralDuplicate);
    await this.signals.signedIn(user.id, deviceId);
    const accessToken = await this.issueToken(user.id);
    return { accessToken, user: toUserDto(user, unit.name) };
  }

  /**
   * A registration that clashed with an account made from a staff list and never activated (no
   * password yet) is told to use the login slip's code instead of making a second account (issue
   * 14), with the username to activate: the phone (or CCCD) the person typed, never anything of
   * the account they did not type. What this reveals beyond the neutral `already_registered`:
   * that the typed phone/CCCD belongs to a staff-list account awaiting activation. That is the
   * hint the issue asks for; it gives no name, unit or code, activation still needs the 8-character
   * code (counted against the login limits), and registration is rate-limited per address, so
   * probing with it is as slow as probing with `already_registered`. Any other clash (email, an
   * activated or closed account) stays neutral.
   */
  private async awaitingActivation(
    e: unknown,
    input: z.output<typeof RegisterSchema>,
  ): Promise<never> {
    if (!(e instanceof AppError) || !PERSONAL_DUPLICATES.has(e.code)) throw e;
    const tries = [
      { phone: input.phone, email: null, citizenId: null },
      ...(input.citizenId ? [{ phone: null, email: null, citizenId: input.citizenId }] : []),
    ];
    for (const login of tries) {
      const found = await this.users.findByLogin(login);
      if (found && found.active && found.passwordHash === null) {
        throw new AppError('use_activation_code', {
          username: login.phone ?? login.citizenId,
        });
      }
    }
    throw e;
  }

  async login(
    input: z.output<typeof LoginSchema>,
    ip: string,
    deviceId: string | null = null,
  ): Promise<AuthResult> {
    const login = parseUsername(input.username);
    const wait = await this.limiter.admit(ip, login.accountKey);
    if (wait > 0) throw new AppError('rate_limited', undefined, { seconds: wait });
    const user = await this.users.findByLogin(login);
    // Verify against a dummy hash when the account is unknown, so timing does not reveal it.
    const ok = user
      ? await this.passwords.verify(user.passwordHash, input.password)
      : await this.passwords.verifyDummy(input.password);
    if (!user || !ok) throw new AppError('invalid_credentials'); // the try stays counted
    // told only to whoever knows the password: a stranger cannot probe which accounts are closed
    if (user.mergedIntoId) throw new AppError('account_merged');
    if (!user.active) throw new AppError('account_inactive');
    await this.limiter.succeed(ip, login.accountKey);
    await this.signals.signedIn(user.id, deviceId);
    const accessToken = await this.issueToken(user.id);
    await this.users.touchLogin(user.id, this.clock.now());
    return { accessToken, user: toUserDto(user, await this.users.unitName(user.unitId)) };
  }

  /**
   * First sign-in with an activation code, or back in with a reset code: the code is checked
   * and spent, the password set, and every session the person had ends (their sockets close),
   * all or nothing. A wrong, expired or spent code and an unknown username get one answer, and
   * count against the login limits like a wrong password.
   */
  async activate(
    input: z.output<typeof ActivateSchema>,
    ip: string,
    meta: RequestMeta,
    deviceId: string | null = null,
  ): Promise<AuthResult> {
    // a refused password must not spend the code or a try
    assertPasswordNotCommon(input.password);
    const login = parseUsername(input.username);
    const wait = await this.limiter.admit(ip, login.accountKey);
    if (wait > 0) throw new AppError('rate_limited', undefined, { seconds: wait });
    const user = await this.users.findByLogin(login);
    // hashed whether or not the account exists, so timing does not reveal it
    const passwordHash = await this.passwords.hash(input.password);
    if (!user) throw new AppError('invalid_code');
    const tried = hashCode(await this.codes.secret(), input.code);
    const purpose = await this.users.transaction(async (em) => {
      const live = await this.codes.liveFor(em, user.id);
      const now = this.clock.now();
      if (!live || live.expiresAt <= now || !sameHash(live.codeHash, tried)) return null;
      if (user.mergedIntoId) throw new AppError('account_merged');
      if (!user.active) throw new AppError('account_inactive');
      await this.codes.markUsed(em, live.id, now);
      await this.users.update(em, user.id, { passwordHash, lastLoginAt: now });
      await this.users.endSessions(em, user.id, now);
      await this.audit.record(
        user,
        meta,
        {
          action: live.purpose === 'activation' ? 'user.activate' : 'user.password-reset',
          targetType: 'user',
          targetId: user.id,
        },
        em,
      );
      return live.purpose;
    });
    if (!purpose) throw new AppError('invalid_code'); // the try stays counted
    this.sessionsEnded.revoked({ kind: 'user', userId: user.id, exceptSessionId: null });
    await this.limiter.succeed(ip, login.accountKey);
    await this.signals.signedIn(user.id, deviceId);
    const accessToken = await this.issueToken(user.id);
    return { accessToken, user: toUserDto(user, await this.users.unitName(user.unitId)) };
  }

  async logout(actor: Actor): Promise<void> {
    await this.sessions.revoke(actor.sessionId, this.clock.now());
    this.sessionsEnded.revoked({ kind: 'session', sessionId: actor.sessionId });
  }

  /**
   * Recently resolved tokens, so a busy round does not pay a session lookup per autosave.
   * Entries live AUTH_CACHE_MS and are dropped on logout and password change, in every process
   * (SessionRevocations); a process that misses the message honours a revoked token at most that
   * long.
   */
  private readonly recent = new Map<string, { actor: Actor; until: number }>();
  /**
   * Bumped by every revocation. A lookup that started before a revocation may have read the
   * session while it was still valid: its answer is used once but never cached, or the token
   * just revoked would be honoured again for a whole cache period.
   */
  private revocations = 0;

  private forget(match: (a: Actor) => boolean): void {
    this.revocations++;
    for (const [key, hit] of this.recent) if (match(hit.actor)) this.recent.delete(key);
  }

  /** Resolves a bearer token to the actor, or null when unknown, expired or revoked. */
  async authenticate(token: string): Promise<Actor | null> {
    const key = sha256(token);
    const hit = this.recent.get(key);
    // a cache lifetime in real time, not a rule: the adjustable test clock must not stretch it
    const nowMs = Date.now();
    if (hit && hit.until > nowMs) return hit.actor;
    const generation = this.revocations;
    const actor = await this.lookup(key);
    if (actor && generation === this.revocations && this.env.AUTH_CACHE_MS > 0) {
      if (this.recent.size >= 100_000) this.recent.clear();
      this.recent.set(key, { actor, until: nowMs + this.env.AUTH_CACHE_MS });
    } else if (!actor) this.recent.delete(key);
    return actor;
  }

  private lookup(tokenHash: string): Promise<Actor | null> {
    return this.sessions.actorByToken(tokenHash, this.clock.now());
  }

  private async issueToken(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.sessions.insert({
      userId,
      tokenHash: sha256(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.env.TOKEN_TTL_HOURS * 3600_000),
    });
    return token;
  }
}
