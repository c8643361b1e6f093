import { describe, expect, it } from 'vitest';
import { redirectQuery, safeRedirect } from './redirect';

describe('safeRedirect', () => {
  it('follows a path of this site, query included', () => {
    expect(safeRedirect('/rounds/2b1c/attempt')).toBe('/rounds/2b1c/attempt');
    expect(safeRedirect('/cuoc-thi/hoi-thi-cchc?tab=rules')).toBe(
      '/cuoc-thi/hoi-thi-cchc?tab=rules',
    );
  });

  it('never leaves the site, whatever is put in the query string', () => {
    for (const bad of [
      'https://evil.vn',
      '//evil.vn/x',
      '/\\evil.vn',
      'javascript:alert(1)',
      '',
      null,
      ['/a'],
    ])
      expect(safeRedirect(bad)).toBe('/');
    expect(safeRedirect(undefined, '/home')).toBe('/home');
  });
});

describe('redirectQuery', () => {
  it('passes a safe target on to the next page and drops anything else', () => {
    expect(redirectQuery('/rounds/1/attempt')).toEqual({ redirect: '/rounds/1/attempt' });
    expect(redirectQuery('//evil.vn')).toEqual({});
    expect(redirectQuery(undefined)).toEqual({});
  });
});
