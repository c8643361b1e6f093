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
// The zod-free entry: the first page's bundle must not carry the schemas.
import { ROUTES as R, apiPath } from '@cchc/contracts/routes';
import { http } from './http';

export const unitsApi = {
  listPublic: () => http.get<PublicUnit[]>(apiPath(R.units.public)),
  list: () => http.get<Unit[]>(apiPath(R.units.list)),
  get: (id: string) => http.get<Unit>(apiPath(R.units.get, { id })),
  create: (body: CreateUnit) => http.post<Unit>(apiPath(R.units.create), body),
  update: (id: string, body: UpdateUnit) => http.patch<Unit>(apiPath(R.units.update, { id }), body),
  merge: (id: string, body: MergeUnit) => http.post<Unit>(apiPath(R.units.merge, { id }), body),
  history: (id: string) => http.get<UnitHistory>(apiPath(R.units.history, { id })),
  /** How the unit heads and signs its official forms; empty fields print their default. */
  formLayout: (id: string) => http.get<UnitFormLayout>(apiPath(R.units.formLayout, { id })),
  saveFormLayout: (id: string, body: FormLayoutInput) =>
    http.put<UnitFormLayout>(apiPath(R.units.saveFormLayout, { id }), body),
  downloadTemplate: (format: 'xlsx' | 'csv') =>
    http.download(apiPath(R.units.template), { format }, `mau-nhap-don-vi.${format}`),
  import: (file: File, dryRun: boolean) =>
    http.upload<UnitImportResult>(apiPath(R.units.import), file, { dryRun }),
};
