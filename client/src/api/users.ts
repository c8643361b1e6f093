import type { CreateUser, Role, User } from '@cchc/contracts';
import { http } from './http';

export interface UserPage {
  items: User[];
  total: number;
}

export interface UserFilter {
  unitId?: string;
  role?: Role;
  search?: string;
  page: number;
  pageSize: number;
}

export const usersApi = {
  list: (query: UserFilter) => http.get<UserPage>('/api/users', { ...query }),
  create: (body: CreateUser) => http.post<User>('/api/users', body),
};
