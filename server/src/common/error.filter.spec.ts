import { describe, expect, it } from 'vitest';
import { isDatabaseUnreachable, statusOf } from './error.filter.js';

describe(isDatabaseUnreachable.name, () => {
  it('takes refused and dropped connections and a restarting PostgreSQL for an outage', () => {
    expect(
      isDatabaseUnreachable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isDatabaseUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseUnreachable(
        new Error('Client has encountered a connection error and is not queryable'),
      ),
    ).toBe(true);
    // TypeORM's QueryFailedError carries the driver's SQLSTATE: the database is shutting down.
    expect(isDatabaseUnreachable({ message: 'terminating', driverError: { code: '57P01' } })).toBe(
      true,
    );
    expect(isDatabaseUnreachable({ message: 'starting up', code: '57P03' })).toBe(true);
    expect(statusOf('database_unavailable')).toBe(503);
  });

  it('leaves query errors and other failures to the 500 path', () => {
    expect(isDatabaseUnreachable({ message: 'duplicate key', code: '23505' })).toBe(false);
    expect(isDatabaseUnreachable({ message: 'deadlock', code: '40P01' })).toBe(false);
    expect(isDatabaseUnreachable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
  });
});
