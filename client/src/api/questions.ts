import type {
  Area,
  BulkQuestionAction,
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
  areas: () => http.get<Area[]>('/api/question-areas'),
  createArea: (body: CreateArea) => http.post<Area>('/api/question-areas', body),
  list: (query: QuestionFilters & { page: number; pageSize: number }, signal?: AbortSignal) =>
    http.get<QuestionPage>('/api/questions', { ...query }, signal),
  get: (id: string) => http.get<Question>(`/api/questions/${id}`),
  create: (body: CreateQuestion) => http.post<Question>('/api/questions', body),
  update: (id: string, body: UpdateQuestion) => http.patch<Question>(`/api/questions/${id}`, body),
  /** Questions are never deleted: DELETE retires them. */
  retire: (id: string) => http.delete<Question>(`/api/questions/${id}`),
  revisions: (id: string) => http.get<QuestionRevision[]>(`/api/questions/${id}/revisions`),
  bulk: (body: BulkQuestionAction) => http.post<{ updated: number }>('/api/questions/bulk', body),
  import: (file: File, options: ImportOptions) =>
    http.upload<QuestionImportResult>('/api/questions/import', file, { ...options }),
  downloadTemplate: (format: 'xlsx' | 'csv') =>
    http.download('/api/questions/import/template', { format }, `mau-nhap-cau-hoi.${format}`),
  export: (format: 'xlsx' | 'csv', filters: QuestionFilters) =>
    http.download('/api/questions/export', { ...filters, format }, `ngan-hang-cau-hoi.${format}`),
};
