import type {
  CollectiveRanking,
  CreateExport,
  CreateSnapshot,
  ExportFormat,
  ExportJob,
  NonParticipants,
  OffList,
  ParticipationReport,
  ReportContest,
  SnapshotSummary,
} from '@cchc/contracts';
// The zod-free entry: the first page's bundle must not carry the schemas.
import { ROUTES as R, apiPath } from '@cchc/contracts/routes';
import { http } from './http';

/** Query string values of a report, as in its GET URL (also the `query` of an export job). */
export type ReportParams = Record<string, string>;

export type { ReportContest };

export const reportsApi = {
  contests: () => http.get<ReportContest[]>(apiPath(R.reports.contests)),
  participation: (params: ReportParams, signal?: AbortSignal) =>
    http.get<ParticipationReport>(apiPath(R.reports.participation), params, signal),
  nonParticipants: (params: ReportParams) =>
    http.get<NonParticipants>(apiPath(R.reports.nonParticipants), params),
  offList: (params: ReportParams) => http.get<OffList>(apiPath(R.reports.offList), params),
  collective: (params: ReportParams) =>
    http.get<CollectiveRanking>(apiPath(R.reports.collective), params),

  createExport: (body: CreateExport) => http.post<ExportJob>(apiPath(R.reports.startExport), body),
  exportJob: (id: string) => http.get<ExportJob>(apiPath(R.reports.exportJob, { id })),
  downloadExport: (job: ExportJob) =>
    http.download(apiPath(R.reports.exportFile, { id: job.id }), undefined, job.fileName),

  snapshots: (unitId?: string) =>
    http.get<SnapshotSummary[]>(apiPath(R.reports.snapshots), { unitId }),
  snapshot: (id: string) => http.get<ParticipationReport>(apiPath(R.reports.snapshot, { id })),
  createSnapshot: (body: CreateSnapshot) =>
    http.post<SnapshotSummary>(apiPath(R.reports.createSnapshot), body),
  downloadSnapshot: (id: string, format: ExportFormat) =>
    http.download(
      apiPath(R.reports.snapshotExport, { id }),
      { format },
      `bieu-01-so-lieu-da-chot.${format}`,
    ),
};
