import type {
  Activate,
  AuthOptions,
  AuthResult,
  ForgotPassword,
  ForgotPasswordResult,
  Login,
  Register,
  UpdateProfile,
  User,
} from '@cchc/contracts';
// The zod-free entry: the first page's bundle must not carry the schemas.
import { ROUTES as R, apiPath } from '@cchc/contracts/routes';
import { http } from './http';

export interface ChangePassword {
  currentPassword: string;
  newPassword: string;
}

export const authApi = {
  login: (body: Login) => http.post<AuthResult>(apiPath(R.auth.login), body),
  register: (body: Register) => http.post<AuthResult>(apiPath(R.auth.register), body),
  activate: (body: Activate) => http.post<AuthResult>(apiPath(R.auth.activate), body),
  options: () => http.get<AuthOptions>(apiPath(R.auth.options)),
  forgotPassword: (body: ForgotPassword) =>
    http.post<ForgotPasswordResult>(apiPath(R.auth.forgotPassword), body),
  logout: () => http.post<void>(apiPath(R.auth.logout)),
  /** Revokes a token that is not the stored session's. */
  revoke: (token: string) => http.post<void>(apiPath(R.auth.logout), undefined, undefined, token),
  me: () => http.get<User>(apiPath(R.me.get)),
  updateMe: (body: UpdateProfile) => http.patch<User>(apiPath(R.me.update), body),
  changePassword: (body: ChangePassword) => http.post<void>(apiPath(R.me.changePassword), body),
};
