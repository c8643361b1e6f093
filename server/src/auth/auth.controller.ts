import { Body, Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ActivateSchema,
  ChangePasswordSchema,
  ForgotPasswordSchema,
  LoginSchema,
  RegisterSchema,
  UpdateProfileSchema,
} from '@cchc/contracts';
import type { Request } from 'express';
import type { z } from 'zod';
import {
  CurrentActor,
  Public,
  ReqMeta,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { ApiZodBody, ZodPipe } from '../common/zod.js';
import { DeviceId } from './account-signals.js';
import { AuthService } from './auth.service.js';
import { PasswordResetService } from './password-reset.service.js';
import { ProfileService } from './profile.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
  ) {}

  @Public()
  @Post('register')
  @ApiOperation({ summary: 'Participant self-registration' })
  @ApiZodBody(RegisterSchema)
  register(
    @Body(new ZodPipe(RegisterSchema)) body: z.output<typeof RegisterSchema>,
    @Req() req: Request,
    @DeviceId() deviceId: string | null,
  ) {
    return this.auth.register(body, req.ip ?? 'unknown', deviceId);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with phone, email or CCCD + password' })
  @ApiZodBody(LoginSchema)
  login(
    @Body(new ZodPipe(LoginSchema)) body: z.output<typeof LoginSchema>,
    @Req() req: Request,
    @DeviceId() deviceId: string | null,
  ) {
    return this.auth.login(body, req.ip ?? 'unknown', deviceId);
  }

  @Public()
  @Post('activate')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in with a one-time code (activation or reset) and set a password; every other session ends',
  })
  @ApiZodBody(ActivateSchema)
  activate(
    @Body(new ZodPipe(ActivateSchema)) body: z.output<typeof ActivateSchema>,
    @Req() req: Request,
    @ReqMeta() meta: RequestMeta,
    @DeviceId() deviceId: string | null,
  ) {
    return this.auth.activate(body, req.ip ?? 'unknown', meta, deviceId);
  }

  @Public()
  @Get('options')
  @ApiOperation({ summary: 'What the sign-in pages may offer (email reset or not)' })
  options() {
    return this.resets.options();
  }

  @Public()
  @Post('forgot-password')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Email a reset code to the account (when SMTP is configured; 404 email_reset_unavailable otherwise). The same answer whether or not an email is sent',
  })
  @ApiZodBody(ForgotPasswordSchema)
  forgotPassword(
    @Body(new ZodPipe(ForgotPasswordSchema)) body: z.output<typeof ForgotPasswordSchema>,
    @Req() req: Request,
    @ReqMeta() meta: RequestMeta,
  ) {
    return this.resets.requestByEmail(body, req.ip ?? 'unknown', meta);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke the current token' })
  async logout(@CurrentActor() actor: Actor): Promise<void> {
    await this.auth.logout(actor);
  }
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly profile: ProfileService) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in account' })
  me(@CurrentActor() actor: Actor) {
    return this.profile.get(actor);
  }

  @Patch()
  @ApiOperation({ summary: 'Update own name or email' })
  @ApiZodBody(UpdateProfileSchema)
  update(
    @CurrentActor() actor: Actor,
    @Body(new ZodPipe(UpdateProfileSchema)) body: z.output<typeof UpdateProfileSchema>,
  ) {
    return this.profile.update(actor, body);
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change own password (other sessions are revoked)' })
  @ApiZodBody(ChangePasswordSchema)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body(new ZodPipe(ChangePasswordSchema)) body: z.output<typeof ChangePasswordSchema>,
  ): Promise<void> {
    await this.profile.changePassword(actor, body);
  }
}
