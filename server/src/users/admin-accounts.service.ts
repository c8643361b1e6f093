import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { PasswordService } from '../common/password.service.js';
import { AppError } from '../common/app-error.js';
import { isCommonPassword } from '../common/password-policy.js';
import { SystemClock, type Clock } from '../config/clock.js';
import type { Env } from '../config/env.js';
import type { UserEntity } from './entities/user.entity.js';
import { auditView } from './user.mapper.js';
import { UsersRepository } from './users.repository.js';

export interface AdminInput {
  email: string;
  password: string;
  phone: string | null;
  fullName: string;
}

export function adminFromEnv(env: Env): AdminInput | null {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return null;
  return {
    email: env.ADMIN_EMAIL,
    password: env.ADMIN_PASSWORD,
    phone: env.ADMIN_PHONE ?? null,
    fullName: env.ADMIN_NAME,
  };
}

/**
 * Admin accounts made outside the app: the first admin from ADMIN_* on start, and the
 * operator's `npm run admin` at a shell. Runs before (or without) the Nest application, so it
 * is built by hand on a DataSource; every change is audited with the actor 'system'.
 */
export class AdminAccounts {
  private readonly repo: UsersRepository;
  private readonly audit: AuditService;

  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock = new SystemClock(),
    private readonly passwords = new PasswordService(),
  ) {
    this.repo = new UsersRepository(ds);
    this.audit = new AuditService(ds, clock);
  }

  /**
   * On start, under the startup lock (so processes starting together create one admin): the
   * admin from ADMIN_* when no admin exists yet; an existing admin is never touched.
   */
  async ensureFirstAdmin(input: AdminInput | null, log: (msg: string) => void): Promise<void> {
    if (await this.repo.adminExists(this.ds.manager)) {
      if (input) log('An admin account exists already: ADMIN_EMAIL/ADMIN_PASSWORD are not used.');
      return;
    }
    if (!input) {
      log(
        'No admin account yet. To create the first one, set ADMIN_EMAIL and ADMIN_PASSWORD and restart, or run "npm run admin -- create --email <email> --password-stdin" (see README).',
      );
      return;
    }
    // env parsing refused a short one; the message never holds the password (it lands in logs)
    if (isCommonPassword(input.password))
      throw new Error(
        'ADMIN_PASSWORD is on the list of common passwords that guessers try first: choose another.',
      );
    try {
      await this.create(input, 'user.first_admin');
    } catch (e) {
      if (e instanceof AppError && e.code.startsWith('duplicate_'))
        throw new Error(
          'ADMIN_EMAIL or ADMIN_PHONE is already used by an account that is not an admin: choose another, or give that account the admin role.',
          { cause: e },
        );
      throw e;
    }
    log('Created the first admin from ADMIN_EMAIL; sign in with ADMIN_PASSWORD.');
  }

  /** A new admin with no unit (admins see every unit); a taken email or phone is refused. */
  async create(input: AdminInput, action = 'user.create_admin'): Promise<UserEntity> {
    const passwordHash = await this.passwords.hash(input.password);
    return this.ds.transaction(async (em) => {
      const user = await this.repo.insert(em, {
        fullName: input.fullName,
        role: 'admin',
        unitId: null,
        phone: input.phone,
        email: input.email,
        passwordHash,
      });
      await this.audit.record(
        'system',
        null,
        { action, targetType: 'user', targetId: user.id, after: auditView(user) },
        em,
      );
      return user;
    });
  }

  /**
   * Sets a new password on the account with this email and ends all its sessions. Processes
   * running at the time stop honouring those tokens within AUTH_CACHE_MS (or at once when told
   * through Redis by the caller).
   */
  async resetPassword(
    email: string,
    password: string,
  ): Promise<{ user: UserEntity; sessionsEnded: number }> {
    const user = await this.repo.findByLogin({ phone: null, email, citizenId: null });
    if (!user) throw new AppError('not_found');
    const passwordHash = await this.passwords.hash(password);
    return this.ds.transaction(async (em) => {
      const sessionsEnded = await this.repo.setPasswordEndingSessions(
        em,
        user.id,
        passwordHash,
        this.clock.now(),
      );
      await this.audit.record(
        'system',
        null,
        {
          action: 'user.reset_password',
          targetType: 'user',
          targetId: user.id,
          after: { sessionsEnded },
        },
        em,
      );
      return { user, sessionsEnded };
    });
  }
}
