import type {
  CollectiveRanking,
  CreateExport,
  CreateSnapshot,
  ExportFormat,
  ExportJob,
  NonParticipants,
  OffList,
  ParticipationReport,
  SnapshotSummary,
} from '@cchc/contracts';
import { http } from './http';

/** Query string values of a report, as in its GET URL (also the `query` of an export job). */
export type ReportParams = Record<string, string>;

/** A contest the caller's subtree takes part in, with its rounds (for the report filters). */
export interface ReportContest {
  id: string;
  title: string;
  status: string;
  rounds: { id: string; seq: number; title: string; opensAt: string; closesAt: string }[];
}

export const reportsApi = {
  contests: () => http.get<ReportContest[]>('/api/reports/contests'),
  participation: (params: ReportParams, signal?: AbortSignal) =>
    http.get<ParticipationReport>('/api/reports/participation', params, signal),
  nonParticipants: (params: ReportParams) =>
    http.get<NonParticipants>('/api/reports/non-participants', params),
  offList: (params: ReportParams) => http.get<OffList>('/api/reports/off-list', params),
  collective: (params: ReportParams) =>
    http.get<CollectiveRanking>('/api/reports/collective', params),

  createExport: (body: CreateExport) => http.post<ExportJob>('/api/reports/exports', body),
  exportJob: (id: string) => http.get<ExportJob>(`/api/reports/exports/${id}`),
  downloadExport: (job: ExportJob) =>
    http.download(`/api/reports/exports/${job.id}/file`, undefined, job.fileName),

  snapshots: (unitId?: string) => http.get<SnapshotSummary[]>('/api/reports/snapshots', { unitId }),
  snapshot: (id: string) => http.get<ParticipationReport>(`/api/reports/snapshots/${id}`),
  createSnapshot: (body: CreateSnapshot) =>
    http.post<SnapshotSummary>('/api/reports/snapshots', body),
  downloadSnapshot: (id: string, format: ExportFormat) =>
    http.download(
      `/api/reports/snapshots/${id}/export`,
      { format },
      `bieu-01-so-lieu-da-chot.${format}`,
    ),
};
