import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, api, randomIp, uniqueCitizenId, uniquePhone } from '../support/api.js';

let unitId: string;

beforeAll(async () => {
  const units = await api('GET', '/api/units/public');
  unitId = units.body.find((u: { name: string }) => u.name === 'Phường Mộ Lao').id;
});

function registration(over: Record<string, unknown> = {}) {
  return {
    fullName: 'Nguyễn Thị Hồng Nhung',
    phone: uniquePhone(),
    email: `nhung.${Math.random().toString(36).slice(2)}@example.vn`,
    citizenId: uniqueCitizenId(),
    unitId,
    password: 'MatKhau@2025',
    consent: true,
    ...over,
  };
}

describe('auth', () => {
  it('registers a participant who can then log in with phone or email', async () => {
    const body = registration({
      phone: '+84 912 ' + uniquePhone().slice(4, 7) + ' ' + uniquePhone().slice(7),
    });
    const reg = await api('POST', '/api/auth/register', { body });
    expect(reg.status).toBe(201);
    expect(reg.body.user.role).toBe('participant');
    expect(reg.body.user.unitName).toBe('Phường Mộ Lao');
    expect(reg.body.user.phone).toMatch(/^0912\d{6}$/);
    const me = await api('GET', '/api/me', { token: reg.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.fullName).toBe('Nguyễn Thị Hồng Nhung');

    const byPhone = await api('POST', '/api/auth/login', {
      body: { username: reg.body.user.phone, password: body.password },
      ip: randomIp(),
    });
    expect(byPhone.status).toBe(200);
    const byEmail = await api('POST', '/api/auth/login', {
      body: { username: String(body.email).toUpperCase(), password: body.password },
      ip: randomIp(),
    });
    expect(byEmail.status).toBe(200);
    expect(byEmail.body.user.id).toBe(reg.body.user.id);
  });

  it('stores names NFC-normalised even when typed in decomposed form', async () => {
    const nfd = 'Trần Văn Đức'.normalize('NFD');
    const reg = await api('POST', '/api/auth/register', {
      body: registration({ fullName: `  ${nfd}  ` }),
    });
    expect(reg.status).toBe(201);
    expect(reg.body.user.fullName).toBe('Trần Văn Đức'.normalize('NFC'));
  });

  it('refuses a second account with the same phone, email or CCCD with one neutral 409', async () => {
    const first = registration();
    expect((await api('POST', '/api/auth/register', { body: first })).status).toBe(201);
    const clashes = [
      registration({ phone: first.phone }),
      registration({ email: first.email }),
      registration({ citizenId: first.citizenId }),
    ];
    const answers = [];
    for (const body of clashes) answers.push(await api('POST', '/api/auth/register', { body }));
    // The same answer whichever detail clashed: registration does not tell a stranger which of
    // someone's phone, email or CCCD is on file, and it says how to get back into the account.
    for (const res of answers) {
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('already_registered');
      expect(res.body.error.message).toContain('đăng nhập');
      expect(res.body.error.message).toBe(answers[0]!.body.error.message);
    }
    const english = await api('POST', '/api/auth/register', {
      body: registration({ phone: first.phone }),
      lang: 'en',
    });
    expect(english.body.error.message).toMatch(/^These details match an existing account/);
  });

  it('logout revokes the token for good', async () => {
    const reg = await api('POST', '/api/auth/register', { body: registration() });
    const token = reg.body.accessToken;
    expect((await api('GET', '/api/me', { token })).status).toBe(200);
    expect((await api('POST', '/api/auth/logout', { token })).status).toBe(204);
    const after = await api('GET', '/api/me', { token });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
  });

  it('answers wrong passwords with 401 and a Vietnamese message, English on request', async () => {
    const vi = await api('POST', '/api/auth/login', {
      body: { username: 'admin@demo.local', password: 'sai-mat-khau' },
      ip: randomIp(),
    });
    expect(vi.status).toBe(401);
    expect(vi.body.error).toMatchObject({
      code: 'invalid_credentials',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    const en = await api('POST', '/api/auth/login', {
      body: { username: 'nobody@example.vn', password: 'x' },
      ip: randomIp(),
      lang: 'en-US,en;q=0.9',
    });
    expect(en.body.error.message).toBe('Wrong username or password.');
  });

  it('rate-limits repeated failures for one account from one address (429), not the owner elsewhere', async () => {
    const reg = await api('POST', '/api/auth/register', { body: registration() });
    const username = reg.body.user.phone;
    const guesser = randomIp();
    for (let i = 0; i < 5; i++) {
      const r = await api('POST', '/api/auth/login', {
        body: { username, password: 'wrong-password' },
        ip: guesser,
      });
      expect(r.status).toBe(401);
    }
    const limited = await api('POST', '/api/auth/login', {
      body: { username, password: 'MatKhau@2025' },
      ip: guesser,
    });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    const owner = await api('POST', '/api/auth/login', {
      body: { username, password: 'MatKhau@2025' },
      ip: randomIp(),
    });
    expect(owner.status).toBe(200);
  });

  it('rate-limits repeated failures from one IP across accounts', async () => {
    const ip = randomIp();
    let last = 0;
    for (let i = 0; i < 21; i++) {
      const r = await api('POST', '/api/auth/login', {
        body: { username: `ghost${i}@example.vn`, password: 'x' },
        ip,
      });
      last = r.status;
    }
    expect(last).toBe(429);
    // Another client is not affected.
    const other = await api('POST', '/api/auth/login', {
      body: { username: 'admin@demo.local', password: 'Demo@2025' },
      ip: randomIp(),
    });
    expect(other.status).toBe(200);
  });

  it('lets a user change the password, which ends other sessions', async () => {
    const body = registration();
    const reg = await api('POST', '/api/auth/register', { body });
    const other = await api('POST', '/api/auth/login', {
      body: { username: body.email, password: body.password },
      ip: randomIp(),
    });
    const changed = await api('POST', '/api/me/password', {
      token: reg.body.accessToken,
      body: { currentPassword: body.password, newPassword: 'MatKhauMoi@2026' },
    });
    expect(changed.status).toBe(204);
    expect((await api('GET', '/api/me', { token: other.body.accessToken })).status).toBe(401);
    expect((await api('GET', '/api/me', { token: reg.body.accessToken })).status).toBe(200);
  });

  it('lets admins and organisers create staff accounts; participants may not', async () => {
    const admin = await adminToken();
    const created = await api('POST', '/api/users', {
      token: admin,
      body: {
        fullName: 'Lê Thu Trang',
        role: 'reporter',
        unitId,
        email: `trang.${Date.now()}@demo.vn`,
        password: 'BaoCao@2025',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.role).toBe('reporter');
    const reg = await api('POST', '/api/auth/register', { body: registration() });
    const denied = await api('POST', '/api/users', {
      token: reg.body.accessToken,
      body: {
        fullName: 'Kẻ Giả Mạo',
        role: 'admin',
        unitId,
        email: `x${Date.now()}@demo.vn`,
        password: 'Admin@20255',
      },
    });
    expect(denied.status).toBe(403);
  });
});
