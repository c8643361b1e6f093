import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';

describe('OpenAPI', () => {
  it('lists every endpoint with its schema', async () => {
    const r = await api('GET', '/api/docs/openapi.json');
    expect(r.status).toBe(200);
    const paths = r.body.paths as Record<
      string,
      Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
    >;
    for (const p of [
      '/api/health',
      '/api/auth/register',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/me',
      '/api/users',
      '/api/units',
      '/api/units/{id}',
      '/api/units/import',
      '/api/units/{id}/merge',
      '/api/units/{id}/history',
      '/api/units/{id}/form-layout',
      '/api/audit',
    ]) {
      expect(Object.keys(paths)).toContain(p);
    }
    const register = paths['/api/auth/register']!.post!.requestBody!.content['application/json']!
      .schema as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(register.properties)).toEqual(
      expect.arrayContaining([
        'fullName',
        'phone',
        'email',
        'citizenId',
        'unitId',
        'password',
        'consent',
      ]),
    );
    expect(register.required).toEqual(
      expect.arrayContaining(['fullName', 'phone', 'unitId', 'password', 'consent']),
    );
    const html = await api('GET', '/api/docs');
    expect(html.status).toBe(200);
    expect(String(html.body)).toContain('swagger');
  });

  it('health reports the database', async () => {
    const r = await api('GET', '/api/health');
    expect(r.body).toEqual({ status: 'ok', db: 'up' });
    const ready = await api('GET', '/api/health/ready');
    expect([ready.status, ready.body]).toEqual([200, { status: 'ok', db: 'up' }]);
    const live = await api('GET', '/api/health/live');
    expect([live.status, live.body]).toEqual([200, { status: 'ok' }]);
  });
});
