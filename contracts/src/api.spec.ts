import { describe, expect, it } from 'vitest';
import { API, API_ROUTES } from './api.js';
import { apiPath, openApiPath } from './routes.js';

describe('apiPath', () => {
  it('fills each parameter, URL-encoded, below /api', () => {
    expect(apiPath(API.units.list)).toBe('/api/units');
    expect(apiPath(API.rosters.list, { id: 'u1' })).toBe('/api/units/u1/roster');
    expect(apiPath(API.attempts.saveAnswer, { id: 'a/1', questionId: 'q 2' })).toBe(
      '/api/attempts/a%2F1/answers/q%202',
    );
    expect(apiPath(API.reports.download, { kind: 'non-participants', format: 'pdf' })).toBe(
      '/api/reports/non-participants.pdf',
    );
    expect(apiPath(API.rounds.winners, { id: 'r1', format: 'xlsx' })).toBe(
      '/api/rounds/r1/winners.xlsx',
    );
  });

  it('writes the OpenAPI path of a route', () => {
    expect(openApiPath(API.reports.download)).toBe('/api/reports/{kind}.{format}');
    expect(openApiPath(API.rounds.reinstate)).toBe('/api/rounds/{id}/disqualifications/{userId}');
  });

  it('names each operation once', () => {
    const keys = API_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
