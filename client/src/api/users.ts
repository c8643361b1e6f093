import type {
  CreateUser,
  Role,
  User,
  UserMergePreview,
  UserMergeResult,
  UserPage,
} from '@cchc/contracts';
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
  mergePreview: (id: string, otherId: string) =>
    http.get<UserMergePreview>(apiPath(R.users.mergePreview, { id, otherId })),
  mergeInto: (id: string, otherId: string) =>
    http.post<UserMergeResult>(apiPath(R.users.mergeInto, { id, otherId })),
};
