import { describe, expect, it } from 'vitest';
import { assetsMaxEntries, NOT_HANDLED } from './routes';

const leftToTheBrowser = (path: string) => NOT_HANDLED.some((re) => re.test(path));

describe('service worker routes', () => {
  it('never handles the API, socket.io, short links or the pages the server fills in', () => {
    for (const path of [
      '/api',
      '/api/auth/login',
      '/api/attempts/1/answers',
      '/socket.io/',
      '/c/AB12',
      '/cuoc-thi/hoi-thi-2026',
      '/assets/index-abc.js',
    ])
      expect(leftToTheBrowser(path), path).toBe(true);
  });

  it("handles the app's own pages, so they get the offline page without a network", () => {
    for (const path of ['/', '/login', '/rounds', '/rounds/5/attempt', '/apiary', '/contests'])
      expect(leftToTheBrowser(path), path).toBe(false);
  });

  it('reads the assets cache size from the build environment, with a default', () => {
    expect(assetsMaxEntries('40')).toBe(40);
    expect(assetsMaxEntries(undefined)).toBe(150);
    expect(assetsMaxEntries('0')).toBe(150);
    expect(assetsMaxEntries('abc')).toBe(150);
  });
});
