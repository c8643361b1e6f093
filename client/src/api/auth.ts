import type { AuthResult, Login, Register, UpdateProfile, User } from '@cchc/contracts';
import { http } from './http';

export interface ChangePassword {
  currentPassword: string;
  newPassword: string;
}

export const authApi = {
  login: (body: Login) => http.post<AuthResult>('/api/auth/login', body),
  register: (body: Register) => http.post<AuthResult>('/api/auth/register', body),
  logout: () => http.post<void>('/api/auth/logout'),
  /** Revokes a token that is not the stored session's. */
  revoke: (token: string) => http.post<void>('/api/auth/logout', undefined, undefined, token),
  me: () => http.get<User>('/api/me'),
  updateMe: (body: UpdateProfile) => http.patch<User>('/api/me', body),
  changePassword: (body: ChangePassword) => http.post<void>('/api/me/password', body),
};
