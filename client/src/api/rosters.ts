import type {
  Roster,
  RosterAddAccount,
  RosterCandidate,
  RosterEntry,
  RosterImportResult,
} from '@cchc/contracts';
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
    http.get<Roster>(`/api/units/${unitId}/roster`, { ...query }),
  import: (unitId: string, file: File, dryRun: boolean, mode: RosterImportMode) =>
    http.upload<RosterImportResult>(`/api/units/${unitId}/roster/import`, file, {
      dryRun,
      mode,
    }),
  downloadTemplate: (unitId: string, format: 'xlsx' | 'csv') =>
    http.download(
      `/api/units/${unitId}/roster/template`,
      { format },
      `mau-danh-sach-can-bo.${format}`,
    ),
  /** Participant accounts of the subtree that may be linked by hand (name or phone digits). */
  candidates: (unitId: string, search: string) =>
    http.get<RosterCandidate[]>(`/api/units/${unitId}/roster/candidates`, { search }),
  link: (entryId: string, userId: string) =>
    http.put<RosterEntry>(`/api/roster/${entryId}/link`, { userId }),
  /** Puts someone who took part without being on any list onto the unit's list, linked. */
  addAccount: (unitId: string, body: RosterAddAccount) =>
    http.post<RosterEntry>(`/api/units/${unitId}/roster/entries`, body),
  unlink: (entryId: string) => http.delete<RosterEntry>(`/api/roster/${entryId}/link`),
};
