import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { MetricsService, routeOf } from './metrics.service.js';

const withPool = (master?: { totalCount: number; idleCount: number; waitingCount: number }) =>
  new MetricsService({ driver: { master } } as unknown as DataSource);

const sample = (text: string, series: string) =>
  text
    .split('\n')
    .find((l) => l.startsWith(`${series} `))
    ?.slice(series.length + 1);

/** Runs the HTTP middleware on a request that matched `route` (or none) and finishes it. */
function request(m: MetricsService, req: Partial<Request>, status: number) {
  const res = Object.assign(new EventEmitter(), { statusCode: status });
  m.http(
    { method: 'GET', baseUrl: '', ...req } as Request,
    res as unknown as Response,
    () => undefined,
  );
  res.emit('finish');
}

describe(MetricsService.name, () => {
  it('reports the database pool: connections in use and queries waiting', async () => {
    const text = await withPool({ totalCount: 7, idleCount: 2, waitingCount: 3 }).render();
    expect(sample(text, 'cchc_db_pool_in_use')).toBe('5');
    expect(sample(text, 'cchc_db_pool_waiting')).toBe('3');
  });

  it('reports an empty pool before the first connection', async () => {
    const text = await withPool(undefined).render();
    expect(sample(text, 'cchc_db_pool_in_use')).toBe('0');
  });

  it('counts open sockets up and down', async () => {
    const m = withPool();
    m.socketConnected();
    m.socketConnected();
    m.socketDisconnected();
    expect(sample(await m.render(), 'cchc_socket_connections')).toBe('1');
  });

  it('times requests by route pattern and status, never by the raw URL', async () => {
    const m = withPool();
    const id = '0b7e3f1c-2d4a-4e8b-9c1d-123456789012';
    request(m, { route: { path: '/api/attempts/:id' }, path: `/api/attempts/${id}` }, 200);
    request(m, { route: { path: '/api/attempts/:id' }, path: `/api/attempts/${id}x` }, 404);
    request(m, { path: `/api/nothing/${id}` }, 404);
    const text = await m.render();
    const count = 'cchc_http_request_duration_seconds_count';
    expect(sample(text, `${count}{method="GET",route="/api/attempts/:id",status="200"}`)).toBe('1');
    expect(sample(text, `${count}{method="GET",route="/api/attempts/:id",status="404"}`)).toBe('1');
    expect(sample(text, `${count}{method="GET",route="/api (no route)",status="404"}`)).toBe('1');
    expect(text).not.toContain(id);
  });
});

describe(routeOf.name, () => {
  it('names unmatched requests by kind so random URLs cannot grow the series', () => {
    const of = (path: string) => routeOf({ path, baseUrl: '' } as Request);
    expect(of('/api/whatever/1')).toBe('/api (no route)');
    expect(of('/socket.io/')).toBe('/socket.io');
    expect(of('/assets/index-abc123.js')).toBe('(static)');
  });
});
