import { Injectable } from '@nestjs/common';
import type { ChangePasswordSchema, UpdateProfileSchema, User } from '@cchc/contracts';
import { DataSource, Not } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../common/app-error.js';
import { fieldIssue } from '../common/messages.js';
import type { Actor } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { UserEntity } from '../users/entities/user.entity.js';
import { mapUniqueViolation } from '../common/unique-violation.js';
import { UsersRepository } from '../users/users.repository.js';
import { toUserDto } from '../users/user.mapper.js';
import { AuthSessionEntity } from './entities/auth-session.entity.js';
import { PasswordService } from '../common/password.service.js';
import { assertPasswordNotCommon } from '../common/password-policy.js';
import { SessionRevocations } from './session-revocations.js';

@Injectable()
export class ProfileService {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly clock: Clock,
    private readonly revocations: SessionRevocations,
  ) {}

  async get(actor: Actor): Promise<User> {
    const user = await this.users.findById(actor.id);
    if (!user) throw new AppError('unauthenticated');
    return toUserDto(user, await this.users.unitName(user.unitId));
  }

  async update(actor: Actor, input: z.output<typeof UpdateProfileSchema>): Promise<User> {
    const patch: Partial<UserEntity> = {};
    if (input.fullName !== undefined) patch.fullName = input.fullName;
    if (input.email !== undefined) patch.email = input.email;
    // Staff accounts sign in with their email: removing it must leave a phone to sign in with.
    if (input.email === null && !(await this.users.findById(actor.id))?.phone)
      throw new AppError('validation_failed', [fieldIssue('email', 'email_login_needed')]);
    try {
      if (Object.keys(patch).length)
        await this.ds.getRepository(UserEntity).update({ id: actor.id }, patch);
    } catch (e) {
      throw mapUniqueViolation(e);
    }
    return this.get(actor);
  }

  async changePassword(actor: Actor, input: z.output<typeof ChangePasswordSchema>): Promise<void> {
    const user = await this.users.findById(actor.id);
    if (!user || !(await this.passwords.verify(user.passwordHash, input.currentPassword))) {
      throw new AppError('invalid_credentials');
    }
    assertPasswordNotCommon(input.newPassword, 'newPassword');
    const passwordHash = await this.passwords.hash(input.newPassword);
    await this.ds.transaction(async (em) => {
      await em.getRepository(UserEntity).update({ id: actor.id }, { passwordHash });
      // A changed password ends every other session of the account.
      await em
        .getRepository(AuthSessionEntity)
        .update({ userId: actor.id, id: Not(actor.sessionId) }, { revokedAt: this.clock.now() });
    });
    this.revocations.revoked({ kind: 'user', userId: actor.id, exceptSessionId: actor.sessionId });
  }
}
