import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from 'prom-client';
import { DataSource } from 'typeorm';

/** The pg pool behind TypeORM's PostgreSQL driver (absent before the first connection). */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The one place that knows prom-client: features report what happened through its methods
 * (`attemptStarted()`, `socketConnected()`…) and /api/metrics renders the registry. Each server
 * process keeps its own registry, as Prometheus expects (one scrape target per process).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly httpDuration = this.histogram({
    name: 'cchc_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
  private readonly sockets = this.gauge({
    name: 'cchc_socket_connections',
    help: 'Socket.io connections open on this process',
  });
  private readonly started = this.counter({
    name: 'cchc_attempts_started_total',
    help: 'Attempts started',
  });
  private readonly submitted = this.counter({
    name: 'cchc_attempts_submitted_total',
    help: 'Attempts closed by their participant (submit, or a late submit closing as expired)',
    labelNames: ['status'],
  });
  private readonly autosaveBatch = this.histogram({
    name: 'cchc_autosave_batch_size',
    help: 'Answers written by one autosave statement (group commit)',
    buckets: [1, 2, 5, 10, 25, 50, 100, 200, 400],
  });
  private readonly pushes = this.counter({
    name: 'cchc_leaderboard_pushes_total',
    help: 'Leaderboard snapshots pushed to the watchers of one board',
  });

  constructor(ds: DataSource) {
    // Process metrics, including nodejs_eventloop_lag_seconds and its percentiles.
    collectDefaultMetrics({ register: this.registry });
    const pool = () => (ds.driver as unknown as { master?: PgPool }).master;
    this.gauge({
      name: 'cchc_db_pool_in_use',
      help: 'Database connections checked out of the pool',
      collect() {
        const p = pool();
        this.set(p ? p.totalCount - p.idleCount : 0);
      },
    });
    this.gauge({
      name: 'cchc_db_pool_waiting',
      help: 'Queries waiting for a free database connection',
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
  }

  /**
   * Express middleware timing every request. The route label is the matched route's pattern
   * (`/api/attempts/:id`), never the raw URL: ids would make one series per attempt.
   */
  readonly http = (req: Request, res: Response, next: NextFunction): void => {
    const end = this.httpDuration.startTimer();
    res.once('finish', () =>
      end({ method: req.method, route: routeOf(req), status: String(res.statusCode) }),
    );
    next();
  };

  socketConnected(): void {
    this.sockets.inc();
  }

  socketDisconnected(): void {
    this.sockets.dec();
  }

  attemptStarted(): void {
    this.started.inc();
  }

  attemptSubmitted(status: 'submitted' | 'expired'): void {
    this.submitted.inc({ status });
  }

  autosaveBatchWritten(size: number): void {
    this.autosaveBatch.observe(size);
  }

  leaderboardPushed(): void {
    this.pushes.inc();
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  private counter<L extends string>(c: Omit<CounterConfiguration<L>, 'registers'>) {
    return new Counter({ ...c, registers: [this.registry] });
  }

  private gauge<L extends string>(c: Omit<GaugeConfiguration<L>, 'registers'>) {
    return new Gauge({ ...c, registers: [this.registry] });
  }

  private histogram<L extends string>(c: Omit<HistogramConfiguration<L>, 'registers'>) {
    return new Histogram({ ...c, registers: [this.registry] });
  }
}

/**
 * The matched Express route's pattern; requests no route matched (static files, the client's
 * pages, 404s) share one label each, so a scan of random URLs cannot grow the series.
 */
export function routeOf(req: Request): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof route === 'string') return `${req.baseUrl}${route}`;
  if (req.path.startsWith('/api')) return '/api (no route)';
  if (req.path.startsWith('/socket.io')) return '/socket.io';
  return '(static)';
}
