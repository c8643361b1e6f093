import { Inject, Injectable } from '@nestjs/common';
import type { OneTimeCode } from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { ENV, type Env } from '../config/env.js';
import type { UserEntity } from './entities/user.entity.js';
import { codeExpiry, generateCode, hashCode } from './one-time-code.js';
import { OneTimeCodesRepository } from './one-time-codes.repository.js';

/**
 * The one way a one-time code is made, whoever asks: a focal person or admin for someone in
 * their care (UsersService.issueCode), or the person themself by email ("Quên mật khẩu?").
 */
@Injectable()
export class OneTimeCodesService {
  constructor(
    private readonly ds: DataSource,
    private readonly codes: OneTimeCodesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /**
   * A code stored only as an HMAC: an activation code while the account has no password, a reset
   * code otherwise. The code the person held before stops working; nothing else changes until
   * the code is used. The caller decides who may ask.
   */
  async issue(
    issuer: Pick<Actor, 'id' | 'role'>,
    meta: RequestMeta | null,
    user: Pick<UserEntity, 'id' | 'passwordHash'>,
  ): Promise<OneTimeCode> {
    const secret = await this.secret();
    const now = this.clock.now();
    return this.ds.transaction((em) => this.issueIn(em, issuer, meta, user, secret, now));
  }

  /** Voids the account's unused code inside the caller's transaction (a merged account). */
  dropUnused(em: EntityManager, userId: string): Promise<void> {
    return this.codes.dropUnused(em, userId);
  }

  /** The key codes are hashed under: read once by a caller issuing many codes. */
  secret(): Promise<string> {
    return this.codes.secret();
  }

  /** One code inside the caller's transaction (bulk codes: many in one), stored hashed, audited. */
  async issueIn(
    em: EntityManager,
    issuer: Pick<Actor, 'id' | 'role'>,
    meta: RequestMeta | null,
    user: Pick<UserEntity, 'id' | 'passwordHash'>,
    secret: string,
    now: Date,
  ): Promise<OneTimeCode> {
    const purpose = user.passwordHash === null ? 'activation' : 'reset';
    const expiresAt = codeExpiry(this.env, purpose, now);
    const code = generateCode();
    await this.codes.replace(em, {
      userId: user.id,
      purpose,
      codeHash: hashCode(secret, code),
      expiresAt,
      issuedBy: issuer.id,
      at: now,
    });
    // the code itself never goes into the log: who, for whom, what kind, until when
    await this.audit.record(
      issuer,
      meta,
      {
        action: 'user.code-issued',
        targetType: 'user',
        targetId: user.id,
        after: { purpose, expiresAt: expiresAt.toISOString() },
      },
      em,
    );
    return { code, expiresAt: expiresAt.toISOString(), purpose };
  }
}
