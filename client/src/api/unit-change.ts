import type {
  CreateUnitChange,
  DecideUnitChange,
  MyUnitChange,
  UnitChangePage,
  UnitChangeRequest,
  UnitChangeStatus,
} from '@cchc/contracts';
// The zod-free entry: the first page's bundle must not carry the schemas.
import { ROUTES as R, apiPath } from '@cchc/contracts/routes';
import { http } from './http';

export const unitChangeApi = {
  mine: () => http.get<MyUnitChange>(apiPath(R.me.unitChange)),
  request: (body: CreateUnitChange) =>
    http.post<UnitChangeRequest>(apiPath(R.me.requestUnitChange), body),
  withdraw: () => http.delete<void>(apiPath(R.me.withdrawUnitChange)),
  list: (query: { status: UnitChangeStatus; page: number; pageSize: number }) =>
    http.get<UnitChangePage>(apiPath(R.unitChanges.list), { ...query }),
  approve: (id: string, body: DecideUnitChange) =>
    http.post<UnitChangeRequest>(apiPath(R.unitChanges.approve, { id }), body),
  reject: (id: string, body: DecideUnitChange) =>
    http.post<UnitChangeRequest>(apiPath(R.unitChanges.reject, { id }), body),
};
