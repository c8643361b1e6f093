import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/auth.decorators.js';
import { ScopePolicy, escapeLike } from './scope.policy.js';

const actor = (role: Actor['role'], unitPath: string, unitId: string | null = 'u-own'): Actor => ({
  id: 'a',
  role,
  unitId,
  unitPath,
  sessionId: 's',
  fullName: 'A',
});
const admin = actor('admin', '', null);
const organiser = actor('organizer', 'root/ward/');
const reporter = actor('reporter', 'root/ward/');

const units = new Map([
  ['ward', { id: 'ward', path: 'root/ward/' }],
  ['village', { id: 'village', path: 'root/ward/village/' }],
  ['other', { id: 'other', path: 'root/other-ward/' }],
]);
const ds = {
  getRepository: () => ({
    findOneBy: ({ id }: { id: string }) => Promise.resolve(units.get(id) ?? null),
  }),
} as unknown as DataSource;
const policy = new ScopePolicy(ds);

describe(ScopePolicy.name, () => {
  it('gives an admin the whole tree and everyone else their unit’s subtree', () => {
    expect(ScopePolicy.subtreeOf(admin)).toBeNull();
    expect(ScopePolicy.subtreeOf(organiser)).toBe('root/ward/');
    expect(ScopePolicy.subtreeOf(reporter)).toBe('root/ward/');
  });

  it('covers a unit inside the subtree, not a sibling whose path shares a prefix of letters', () => {
    expect(policy.covers(organiser, 'root/ward/')).toBe(true);
    expect(policy.covers(organiser, 'root/ward/village/')).toBe(true);
    expect(policy.covers(organiser, 'root/other-ward/')).toBe(false);
    expect(policy.covers(organiser, 'root/')).toBe(false);
    expect(policy.covers(admin, 'root/other-ward/')).toBe(true);
  });

  it('covers nothing for a non-admin without a unit', () => {
    expect(policy.covers(actor('organizer', '', null), 'root/')).toBe(false);
  });

  it('lets only the whole-tree actor add a root unit', () => {
    expect(ScopePolicy.mayCreateRoot(admin)).toBe(true);
    expect(ScopePolicy.mayCreateRoot(organiser)).toBe(false);
  });

  it('never lets an organiser move or merge the unit they belong to', () => {
    expect(ScopePolicy.mayReshape(organiser, 'u-own')).toBe(false);
    expect(ScopePolicy.mayReshape(organiser, 'village')).toBe(true);
    expect(ScopePolicy.mayReshape(actor('admin', 'root/', 'u-own'), 'u-own')).toBe(true);
  });

  it('loads a unit in scope and answers not_found for one outside or unknown', async () => {
    await expect(policy.unitInScope(organiser, 'village')).resolves.toMatchObject({
      id: 'village',
    });
    await expect(policy.unitInScope(organiser, 'other')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(policy.unitInScope(organiser, 'nope')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(policy.unitInScope(admin, 'other')).resolves.toMatchObject({ id: 'other' });
  });

  it('narrows a board by any existing unit, whatever the caller’s scope', async () => {
    await expect(policy.unitToNarrowBoard('other')).resolves.toMatchObject({ id: 'other' });
    await expect(policy.unitToNarrowBoard('nope')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('filters SQL by the subtree with LIKE wildcards escaped, and not at all for an admin', () => {
    expect(policy.pathFilter(admin, 'u')).toEqual({ sql: 'TRUE', params: {} });
    expect(policy.pathFilter(actor('organizer', 'root/w_1%/'), 'u')).toEqual({
      sql: 'u.path LIKE :scopePrefix',
      params: { scopePrefix: 'root/w\\_1\\%/%' },
    });
    expect(escapeLike('a\\b')).toBe('a\\\\b');
  });
});
