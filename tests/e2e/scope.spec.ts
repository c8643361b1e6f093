import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, api, login, uniqueCode, uniquePhone } from '../support/api.js';

/**
 * Tree used here (created fresh by the admin):
 *   ROOT ─┬─ A (organiser + reporter live here) ── A1
 *         └─ B (sibling)
 */
let admin: string;
const ids: Record<'root' | 'a' | 'a1' | 'b', string> = { root: '', a: '', a1: '', b: '' };
const tokens: Record<'organizer' | 'reporter', string> = { organizer: '', reporter: '' };

async function unit(code: string, name: string, parentId: string | null) {
  const r = await api('POST', '/api/units', {
    token: admin,
    body: { code, name, kind: 'office', group: 'administrative', parentId, headcount: 10 },
  });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

beforeAll(async () => {
  admin = await adminToken();
  const p = uniqueCode('S');
  ids.root = await unit(`${p}`, 'Tỉnh Thử nghiệm', null);
  ids.a = await unit(`${p}.A`, 'Xã A', ids.root);
  ids.b = await unit(`${p}.B`, 'Xã B', ids.root);
  ids.a1 = await unit(`${p}.A1`, 'Trường A1', ids.a);
  for (const role of ['organizer', 'reporter'] as const) {
    const email = `${role}.${p.toLowerCase()}@demo.vn`;
    const r = await api('POST', '/api/users', {
      token: admin,
      body: { fullName: `Cán bộ ${role}`, role, unitId: ids.a, email, password: 'PhamVi@2025' },
    });
    expect(r.status).toBe(201);
    tokens[role] = await login(email, 'PhamVi@2025');
  }
});

type Case = { name: string; call: (token: string, id: string) => Promise<{ status: number }> };

const endpoints: Case[] = [
  { name: 'GET /units/:id', call: (t, id) => api('GET', `/api/units/${id}`, { token: t }) },
  {
    name: 'GET /units/:id/history',
    call: (t, id) => api('GET', `/api/units/${id}/history`, { token: t }),
  },
  {
    name: 'PATCH /units/:id (headcount)',
    call: (t, id) => api('PATCH', `/api/units/${id}`, { token: t, body: { headcount: 12 } }),
  },
  {
    name: 'PATCH /units/:id (rename)',
    call: (t, id) => api('PATCH', `/api/units/${id}`, { token: t, body: { name: 'Tên mới' } }),
  },
  {
    name: 'POST /units (child of id)',
    call: (t, id) =>
      api('POST', '/api/units', {
        token: t,
        body: { code: uniqueCode('C'), name: 'Phòng mới', kind: 'office', parentId: id },
      }),
  },
  {
    name: 'POST /users (in id)',
    call: (t, id) =>
      api('POST', '/api/users', {
        token: t,
        body: {
          fullName: 'Người Mới',
          role: 'reporter',
          unitId: id,
          phone: uniquePhone(),
          password: 'MatKhau@2025',
        },
      }),
  },
  {
    name: 'GET /users?unitId',
    call: (t, id) => api('GET', `/api/users?unitId=${id}`, { token: t }),
  },
];

describe('scope matrix', () => {
  for (const role of ['organizer', 'reporter'] as const) {
    for (const target of ['b', 'root'] as const) {
      for (const ep of endpoints) {
        it(`${role} cannot reach ${target === 'b' ? 'a sibling' : 'the parent'} through ${ep.name}`, async () => {
          const before = await api('GET', `/api/units/${ids[target]}`, { token: admin });
          const res = await ep.call(tokens[role], ids[target]);
          // Organisers get 404 (existence not revealed); reporters are stopped by role (403) on
          // write endpoints they may never use, and by scope (404) everywhere else.
          expect([403, 404]).toContain(res.status);
          if (role === 'organizer' || ep.name.includes('/units/:id')) expect(res.status).toBe(404);
          const after = await api('GET', `/api/units/${ids[target]}`, { token: admin });
          expect(after.body).toEqual(before.body);
        });
      }
    }
  }

  it('organiser can act on a child unit', async () => {
    const t = tokens.organizer;
    expect((await api('GET', `/api/units/${ids.a1}`, { token: t })).status).toBe(200);
    expect((await api('GET', `/api/units/${ids.a1}/history`, { token: t })).status).toBe(200);
    expect(
      (
        await api('PATCH', `/api/units/${ids.a1}`, {
          token: t,
          body: { name: 'Trường Tiểu học A1' },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api('POST', '/api/units', {
          token: t,
          body: { code: uniqueCode('C'), name: 'Tổ dân phố 3', kind: 'village', parentId: ids.a1 },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await api('POST', '/api/users', {
          token: t,
          body: {
            fullName: 'Đặng Văn Lâm',
            role: 'reporter',
            unitId: ids.a1,
            phone: uniquePhone(),
            password: 'MatKhau@2025',
          },
        })
      ).status,
    ).toBe(201);
    expect((await api('GET', `/api/users?unitId=${ids.a1}`, { token: t })).status).toBe(200);
  });

  it('organiser may not create an admin account', async () => {
    const r = await api('POST', '/api/users', {
      token: tokens.organizer,
      body: {
        fullName: 'Giả Quản Trị',
        role: 'admin',
        unitId: ids.a1,
        phone: uniquePhone(),
        password: 'MatKhau@2025',
      },
    });
    expect(r.status).toBe(403);
  });

  it('reporter can declare a child unit headcount but not rename it', async () => {
    const t = tokens.reporter;
    expect(
      (await api('PATCH', `/api/units/${ids.a1}`, { token: t, body: { headcount: 33 } })).status,
    ).toBe(200);
    expect(
      (await api('PATCH', `/api/units/${ids.a1}`, { token: t, body: { name: 'Đổi tên' } })).status,
    ).toBe(403);
    const h = await api('GET', `/api/units/${ids.a1}/history`, { token: t });
    expect(h.body.headcounts[0].value).toBe(33);
    expect(h.body.headcounts[0].declaredBy).toBe('Cán bộ reporter');
  });

  it('lists only the own subtree', async () => {
    for (const role of ['organizer', 'reporter'] as const) {
      const list = await api('GET', '/api/units', { token: tokens[role] });
      const seen = new Set(list.body.map((u: { id: string }) => u.id));
      expect(seen.has(ids.a)).toBe(true);
      expect(seen.has(ids.a1)).toBe(true);
      expect(seen.has(ids.b)).toBe(false);
      expect(seen.has(ids.root)).toBe(false);
    }
  });

  it('organiser cannot merge a sibling into its subtree nor its own subtree into a sibling', async () => {
    const t = tokens.organizer;
    expect(
      (await api('POST', `/api/units/${ids.b}/merge`, { token: t, body: { intoUnitId: ids.a } }))
        .status,
    ).toBe(404);
    expect(
      (await api('POST', `/api/units/${ids.a1}/merge`, { token: t, body: { intoUnitId: ids.b } }))
        .status,
    ).toBe(404);
    expect(
      (
        await api('POST', `/api/units/${ids.a1}/merge`, {
          token: t,
          body: { intoUnitId: ids.root },
        })
      ).status,
    ).toBe(404);
  });

  it('participants cannot use staff endpoints', async () => {
    const p = await login('thisinh01@demo.local');
    expect(
      (
        await api('POST', '/api/units', {
          token: p,
          body: { code: uniqueCode(), name: 'X Y', kind: 'office', parentId: ids.a },
        })
      ).status,
    ).toBe(403);
    expect((await api('GET', '/api/users', { token: p })).status).toBe(403);
    expect((await api('GET', `/api/units/${ids.a}`, { token: p })).status).toBe(404);
  });

  it('malformed ids answer 404 like unknown ones', async () => {
    expect((await api('GET', '/api/units/not-a-uuid', { token: tokens.organizer })).status).toBe(
      404,
    );
    expect(
      (
        await api('GET', '/api/units/00000000-0000-4000-8000-000000000000', {
          token: tokens.organizer,
        })
      ).status,
    ).toBe(404);
  });
});
