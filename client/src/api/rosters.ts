import type {
  Roster,
  RosterAccountless,
  RosterAccounts,
  RosterAccountsProgress,
  RosterAccountsResult,
  RosterAddAccount,
  RosterCandidate,
  RosterEntry,
  RosterImportResult,
} from '@cchc/contracts';
// The zod-free entry: the first page's bundle must not carry the schemas.
import { ROUTES as R, apiPath } from '@cchc/contracts/routes';
import { http } from './http';

export interface RosterListQuery {
  search?: string;
  linked?: 'true' | 'false';
  page: number;
  pageSize: number;
}

export type RosterImportMode = 'replace' | 'append';

export const rostersApi = {
  list: (unitId: string, query: RosterListQuery) =>
    http.get<Roster>(apiPath(R.rosters.list, { id: unitId }), { ...query }),
  import: (unitId: string, file: File, dryRun: boolean, mode: RosterImportMode) =>
    http.upload<RosterImportResult>(apiPath(R.rosters.import, { id: unitId }), file, {
      dryRun,
      mode,
    }),
  downloadTemplate: (unitId: string, format: 'xlsx' | 'csv') =>
    http.download(
      apiPath(R.rosters.template, { id: unitId }),
      { format },
      `mau-danh-sach-can-bo.${format}`,
    ),
  /** Participant accounts of the subtree that may be linked by hand (name or phone digits). */
  candidates: (unitId: string, search: string) =>
    http.get<RosterCandidate[]>(apiPath(R.rosters.candidates, { id: unitId }), { search }),
  link: (entryId: string, userId: string) =>
    http.put<RosterEntry>(apiPath(R.rosters.link, { entryId }), { userId }),
  /** Puts someone who took part without being on any list onto the unit's list, linked. */
  addAccount: (unitId: string, body: RosterAddAccount) =>
    http.post<RosterEntry>(apiPath(R.rosters.addAccount, { id: unitId }), body),
  /** Entries without an account (the unit or its subtree), with the code and file lifetimes. */
  accountless: (unitId: string, subtree: boolean) =>
    http.get<RosterAccountless>(apiPath(R.rosters.accountless, { id: unitId }), {
      subtree: String(subtree),
    }),
  /** Accounts and login slips for the entries without one; answers when the slips are written. */
  createAccounts: (unitId: string, body: RosterAccounts) =>
    http.post<RosterAccountsResult>(apiPath(R.rosters.accounts, { id: unitId }), body),
  accountsProgress: (progressId: string, signal?: AbortSignal) =>
    http.get<RosterAccountsProgress>(
      apiPath(R.rosters.accountsProgress, { progressId }),
      undefined,
      signal,
    ),
  /** A slip file by the URL the server gave (`/api/roster/slips/<token>.pdf|.xlsx`). */
  downloadSlips: (url: string, fallbackName: string) => http.download(url, undefined, fallbackName),
  unlink: (entryId: string) => http.delete<RosterEntry>(apiPath(R.rosters.unlink, { entryId })),
};
