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
  me: () => http.get<User>('/api/me'),
  updateMe: (body: UpdateProfile) => http.patch<User>('/api/me', body),
  changePassword: (body: ChangePassword) => http.post<void>('/api/me/password', body),
};
