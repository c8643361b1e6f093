import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { Mailer } from '../common/mailer.js';
import { PasswordService } from '../common/password.service.js';
import { RostersModule } from '../rosters/rosters.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccountSignals } from './account-signals.js';
import { AccountSignalsRepository } from './account-signals.repository.js';
import { AuthController, MeController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { PasswordResetService } from './password-reset.service.js';
import { ProfileService } from './profile.service.js';
import { RegistrationRateLimiter } from './registration-rate-limiter.js';
import { ResetEmailRateLimiter } from './reset-email-rate-limiter.js';
import { SessionRevocations } from './session-revocations.js';
import { SessionsRepository } from './sessions.repository.js';

/** Sign-in, registration, sessions and the signed-in person's profile. */
@Module({
  imports: [UsersModule, RostersModule, AuditModule],
  controllers: [AuthController, MeController],
  providers: [
    AuthService,
    AccountSignals,
    AccountSignalsRepository,
    ProfileService,
    PasswordService,
    LoginRateLimiter,
    RegistrationRateLimiter,
    Mailer,
    PasswordResetService,
    ResetEmailRateLimiter,
    SessionRevocations,
    SessionsRepository,
  ],
  exports: [AuthService, SessionRevocations],
})
export class AuthModule {}
