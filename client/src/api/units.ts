import type {
  CreateUnit,
  FormLayoutInput,
  MergeUnit,
  PublicUnit,
  Unit,
  UnitHistory,
  UnitFormLayout,
  UnitImportResult,
  UpdateUnit,
} from '@cchc/contracts';
import { http } from './http';

export const unitsApi = {
  listPublic: () => http.get<PublicUnit[]>('/api/units/public'),
  list: () => http.get<Unit[]>('/api/units'),
  get: (id: string) => http.get<Unit>(`/api/units/${id}`),
  create: (body: CreateUnit) => http.post<Unit>('/api/units', body),
  update: (id: string, body: UpdateUnit) => http.patch<Unit>(`/api/units/${id}`, body),
  merge: (id: string, body: MergeUnit) => http.post<Unit>(`/api/units/${id}/merge`, body),
  history: (id: string) => http.get<UnitHistory>(`/api/units/${id}/history`),
  /** How the unit heads and signs its official forms; empty fields print their default. */
  formLayout: (id: string) => http.get<UnitFormLayout>(`/api/units/${id}/form-layout`),
  saveFormLayout: (id: string, body: FormLayoutInput) =>
    http.put<UnitFormLayout>(`/api/units/${id}/form-layout`, body),
  downloadTemplate: (format: 'xlsx' | 'csv') =>
    http.download('/api/units/import/template', { format }, `mau-nhap-don-vi.${format}`),
  import: (file: File, dryRun: boolean) =>
    http.upload<UnitImportResult>('/api/units/import', file, { dryRun }),
};
