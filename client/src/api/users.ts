import type {
  BulkUsers,
  BulkUsersResult,
  CreateUser,
  OneTimeCode,
  Role,
  UpdateUser,
  User,
  UserPage,
  UserStatus,
  UserMergePreview,
  UserMergeResult,
} from '@cchc/contracts';
// The zod-free entry: the first page's bundle must not carry the schemas.
import { ROUTES as R, apiPath } from '@cchc/contracts/routes';
import { http } from './http';

export interface UserFilter {
  unitId?: string;
  subtree?: 'true';
  role?: Role;
  status?: UserStatus;
  search?: string;
  page: number;
  pageSize: number;
}

export const usersApi = {
  list: (query: UserFilter) => http.get<UserPage>(apiPath(R.users.list), { ...query }),
  create: (body: CreateUser) => http.post<User>(apiPath(R.users.create), body),
  update: (id: string, body: UpdateUser) => http.patch<User>(apiPath(R.users.update, { id }), body),
  oneTimeCode: (id: string) => http.post<OneTimeCode>(apiPath(R.users.oneTimeCode, { id })),
  bulk: (body: BulkUsers) => http.post<BulkUsersResult>(apiPath(R.users.bulk), body),
  /** A slip file the server made for the caller (its URL comes with the bulk answer). */
  downloadSlips: (url: string, name: string) => http.download(url, undefined, name),
  mergePreview: (id: string, otherId: string) =>
    http.get<UserMergePreview>(apiPath(R.users.mergePreview, { id, otherId })),
  mergeInto: (id: string, otherId: string) =>
    http.post<UserMergeResult>(apiPath(R.users.mergeInto, { id, otherId })),
};
