import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { AuthOptions, ForgotPasswordResult, ForgotPasswordSchema } from '@cchc/contracts';
import type { z } from 'zod';
import { AppError } from '../common/app-error.js';
import type { RequestMeta } from '../common/auth.decorators.js';
import { Mailer, mailFailure } from '../common/mailer.js';
import { ENV, type Env } from '../config/env.js';
import { OneTimeCodesService } from '../users/one-time-codes.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { parseUsername } from './auth.service.js';
import { ResetEmailRateLimiter } from './reset-email-rate-limiter.js';
import { resetEmail } from './reset-email.js';

/**
 * "Quên mật khẩu?" by email, offered only when SMTP_URL is set: most accounts have no email, and
 * a focal person's reset code (UsersService.issueCode) is the way back that always works.
 *
 * The answer never says whether the account exists, is active or has an email: it is given as
 * soon as the request is counted, and the lookup, the code and the email happen after it. So
 * every request answers alike and at the same speed, and a slow mail server holds no request.
 */
@Injectable()
export class PasswordResetService implements OnModuleDestroy {
  private readonly logger = new Logger(PasswordResetService.name);
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly users: UsersRepository,
    private readonly codes: OneTimeCodesService,
    private readonly mailer: Mailer,
    private readonly limiter: ResetEmailRateLimiter,
    @Inject(ENV) private readonly env: Env,
  ) {}

  options(): AuthOptions {
    return { emailReset: this.mailer.available };
  }

  async requestByEmail(
    input: z.output<typeof ForgotPasswordSchema>,
    ip: string,
    meta: RequestMeta,
  ): Promise<ForgotPasswordResult> {
    if (!this.mailer.available) throw new AppError('email_reset_unavailable');
    const login = parseUsername(input.username);
    await this.limiter.admit(ip, login.accountKey);
    if (this.pending.size >= this.env.RESET_EMAIL_MAX_PENDING) {
      this.logger.warn(
        `Reset email dropped: ${this.pending.size} already in progress (RESET_EMAIL_MAX_PENDING)`,
      );
    } else {
      const job: Promise<void> = this.deliver(login, input.username, meta).finally(() =>
        this.pending.delete(job),
      );
      this.pending.add(job);
    }
    return { accepted: true };
  }

  /** Resolves once the reset emails under way are sent or have failed (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  /** Never rejects: what fails is logged, with neither the code nor the address. */
  private async deliver(
    login: ReturnType<typeof parseUsername>,
    username: string,
    meta: RequestMeta,
  ): Promise<void> {
    let userId: string | null = null;
    try {
      const user = await this.users.findByLogin(login);
      if (!user?.active || !user.email) return;
      userId = user.id;
      // the same code a focal person would hand out, asked for by its owner
      const issued = await this.codes.issue(user, meta, user);
      const mail = resetEmail({
        to: user.email,
        origin: this.env.PUBLIC_URL ?? '',
        username,
        code: issued.code,
        expiresAt: new Date(issued.expiresAt),
      });
      try {
        await this.mailer.send(mail);
      } catch (e) {
        this.logger.warn({ mail: mailFailure(e) }, `Reset email for user ${user.id} not sent`);
        return;
      }
      this.logger.log(`Reset email sent for user ${user.id}`);
    } catch (e) {
      // the error first: the logger's serializer keeps SQL values out of the record
      this.logger.error(e, `Reset code for user ${userId ?? '(lookup)'} not issued`);
    }
  }
}
