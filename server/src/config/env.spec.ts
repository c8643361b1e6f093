import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env.js';

describe('parseEnv', () => {
  it('defaults to port 3000 and the embedded PostgreSQL folder', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PG_DATA_DIR).toBe('./.data/pg');
  });
  it('treats empty variables as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', REDIS_URL: '' }).DATABASE_URL).toBeUndefined();
  });
  it('names the bad variable in a clear message', () => {
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must start with postgres/,
    );
  });
  it('refuses the test clock in production', () => {
    expect(() => parseEnv({ TEST_HOOKS: 'true', NODE_ENV: 'production' })).toThrow(/TEST_HOOKS/);
    expect(parseEnv({ TEST_HOOKS: 'true', NODE_ENV: 'test' }).TEST_HOOKS).toBe(true);
  });
});
