import type { CreateUser, Role, User, UserPage } from '@cchc/contracts';
// The zod-free entry: the first page's bundle must not carry the schemas.
import { ROUTES as R, apiPath } from '@cchc/contracts/routes';
import { http } from './http';

export interface UserFilter {
  unitId?: string;
  role?: Role;
  search?: string;
  page: number;
  pageSize: number;
}

export const usersApi = {
  list: (query: UserFilter) => http.get<UserPage>(apiPath(R.users.list), { ...query }),
  create: (body: CreateUser) => http.post<User>(apiPath(R.users.create), body),
};
