import { expect } from 'vitest';
import { adminToken, api, login, uniqueCode } from './api.js';

/** A fresh unit under `parentId` (or a new root) with its own organiser; returns ids + token. */
export async function freshOrganiser(
  parentId: string | null = null,
): Promise<{ unitId: string; token: string; email: string }> {
  const admin = await adminToken();
  const code = uniqueCode('O');
  const unit = await api('POST', '/api/units', {
    token: admin,
    body: { code, name: `Đơn vị thử ${code}`, kind: 'office', parentId },
  });
  expect(unit.status).toBe(201);
  const email = `btc.${code.toLowerCase()}@demo.vn`;
  const user = await api('POST', '/api/users', {
    token: admin,
    body: {
      fullName: 'Ban Tổ chức Thử',
      role: 'organizer',
      unitId: unit.body.id,
      email,
      password: 'ToChuc@2025',
    },
  });
  expect(user.status).toBe(201);
  return { unitId: unit.body.id, token: await login(email, 'ToChuc@2025'), email };
}
