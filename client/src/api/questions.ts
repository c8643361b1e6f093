import type {
  Area,
  BulkQuestionAction,
  BulkQuestionResult,
  CreateAreaSchema,
  CreateQuestion,
  Question,
  QuestionImportResult,
  QuestionPage,
  QuestionRevision,
  QuestionStatus,
  QuestionTrack,
  QuestionType,
  UpdateQuestion,
} from '@cchc/contracts';
import type { z } from 'zod';
// The zod-free entry: the first page's bundle must not carry the schemas.
import { ROUTES as R, apiPath } from '@cchc/contracts/routes';
import { http } from './http';

export type CreateArea = z.input<typeof CreateAreaSchema>;
export type ImportFormat = 'xlsx' | 'csv' | 'aiken' | 'gift';

/** The list filters; the same ones narrow the export. */
export interface QuestionFilters {
  area?: string;
  difficulty?: number;
  type?: QuestionType;
  status?: QuestionStatus;
  track?: QuestionTrack;
  tag?: string;
  search?: string;
}

export interface ImportOptions {
  dryRun: boolean;
  format?: ImportFormat;
  /** Aiken and GIFT files carry no area or difficulty. */
  area?: string;
  difficulty?: number;
  status: 'draft' | 'published';
}

export const questionsApi = {
  areas: () => http.get<Area[]>(apiPath(R.questions.areas)),
  createArea: (body: CreateArea) => http.post<Area>(apiPath(R.questions.createArea), body),
  list: (query: QuestionFilters & { page: number; pageSize: number }, signal?: AbortSignal) =>
    http.get<QuestionPage>(apiPath(R.questions.list), { ...query }, signal),
  get: (id: string) => http.get<Question>(apiPath(R.questions.get, { id })),
  create: (body: CreateQuestion) => http.post<Question>(apiPath(R.questions.create), body),
  update: (id: string, body: UpdateQuestion) =>
    http.patch<Question>(apiPath(R.questions.update, { id }), body),
  /** Questions are never deleted: DELETE retires them. */
  retire: (id: string) => http.delete<Question>(apiPath(R.questions.retire, { id })),
  revisions: (id: string) => http.get<QuestionRevision[]>(apiPath(R.questions.revisions, { id })),
  bulk: (body: BulkQuestionAction) =>
    http.post<BulkQuestionResult>(apiPath(R.questions.bulk), body),
  import: (file: File, options: ImportOptions) =>
    http.upload<QuestionImportResult>(apiPath(R.questions.import), file, { ...options }),
  downloadTemplate: (format: 'xlsx' | 'csv') =>
    http.download(apiPath(R.questions.template), { format }, `mau-nhap-cau-hoi.${format}`),
  export: (format: 'xlsx' | 'csv', filters: QuestionFilters) =>
    http.download(
      apiPath(R.questions.export),
      { ...filters, format },
      `ngan-hang-cau-hoi.${format}`,
    ),
};
