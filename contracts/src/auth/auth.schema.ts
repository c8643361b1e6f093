import { z } from 'zod';
import {
  CitizenIdSchema,
  EmailSchema,
  PasswordSchema,
  PhoneSchema,
  UuidSchema,
  lineText,
  nfcText,
} from '../common/primitives.js';

export const ROLES = ['participant', 'organizer', 'reporter', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const RegisterSchema = z.strictObject({
  fullName: nfcText(2, 120).describe('Họ và tên'),
  phone: PhoneSchema,
  email: EmailSchema.optional(),
  citizenId: CitizenIdSchema.optional(),
  unitId: UuidSchema.describe('Đơn vị công tác'),
  password: PasswordSchema,
  consent: z.literal(true, 'consent_required').describe('Consent to personal-data processing'),
});
export type Register = z.input<typeof RegisterSchema>;

export const LoginSchema = z.strictObject({
  username: lineText().trim().min(1).max(254).describe('Phone number, email or CCCD'),
  password: lineText().min(1).max(128),
});
export type Login = z.infer<typeof LoginSchema>;

/** First sign-in with a code from a login slip, or back in with a reset code. */
export const ActivateSchema = z.strictObject({
  username: lineText().trim().min(1).max(254).describe('Phone number, email or CCCD'),
  code: lineText()
    .trim()
    .min(1)
    .max(32)
    .describe('The one-time code handed out by the focal person (8 characters)'),
  password: PasswordSchema.describe('The new password'),
});
export type Activate = z.input<typeof ActivateSchema>;

export const UserSchema = z.object({
  id: UuidSchema,
  fullName: z.string(),
  role: RoleSchema,
  unitId: UuidSchema.nullable(),
  unitName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  citizenId: z.string().nullable(),
  active: z.boolean().describe('False once deactivated: cannot sign in, attempts kept'),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const AuthResultSchema = z.object({
  accessToken: z.string(),
  user: UserSchema,
});
export type AuthResult = z.infer<typeof AuthResultSchema>;

export const UpdateProfileSchema = z.strictObject({
  fullName: nfcText(2, 120).optional(),
  email: EmailSchema.nullable().optional(),
});
export type UpdateProfile = z.input<typeof UpdateProfileSchema>;

export const ChangePasswordSchema = z.strictObject({
  currentPassword: lineText().min(1).max(128),
  newPassword: PasswordSchema,
});

/** A forgotten password, when the site sends email: a reset code goes to the account's email. */
export const ForgotPasswordSchema = z.strictObject({
  username: lineText().trim().min(1).max(254).describe('Phone number, email or CCCD'),
});
export type ForgotPassword = z.input<typeof ForgotPasswordSchema>;

export const ForgotPasswordResultSchema = z
  .object({ accepted: z.literal(true) })
  .describe(
    'Always the same answer (202), whether or not the account exists or has an email: a code is emailed only to an active account with an email',
  );
export type ForgotPasswordResult = z.infer<typeof ForgotPasswordResultSchema>;

export const AuthOptionsSchema = z
  .object({
    emailReset: z
      .boolean()
      .describe(
        'True when the site sends reset codes by email (SMTP configured); otherwise a code comes from the focal person',
      ),
  })
  .describe('What the sign-in pages may offer');
export type AuthOptions = z.infer<typeof AuthOptionsSchema>;
