import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, api, uniqueCitizenId, uniquePhone } from '../support/api.js';
import { upload, zipBomb } from '../support/files.js';

let unitId: string;
let admin: string;

beforeAll(async () => {
  admin = await adminToken();
  const units = await api('GET', '/api/units/public');
  unitId = units.body.find((u: { name: string }) => u.name === 'Xã Định Quán').id;
});

const valid = () => ({
  fullName: 'Phạm Quốc Bảo',
  phone: uniquePhone(),
  citizenId: uniqueCitizenId(),
  unitId,
  password: 'MatKhau@2025',
  consent: true,
});

async function countUsers(): Promise<number> {
  const r = await api('GET', '/api/users?pageSize=1', { token: admin });
  return r.body.total as number;
}

describe('bad input is refused with a clear 4xx and writes nothing', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    [
      'a malformed phone',
      { phone: '12345' },
      'phone',
      'Số điện thoại không hợp lệ (ví dụ 0912345678 hoặc +84912345678).',
    ],
    [
      'an 11-digit CCCD',
      { citizenId: '01234567890' },
      'citizenId',
      'Số CCCD phải gồm đúng 12 chữ số.',
    ],
    ['a malformed email', { email: 'khong-phai-email' }, 'email', 'Email không hợp lệ.'],
    [
      'an unknown unit',
      { unitId: '00000000-0000-4000-8000-000000000000' },
      'unitId',
      'Đơn vị không tồn tại.',
    ],
    ['no consent', { consent: false }, 'consent', 'Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân.'],
    ['a short password', { password: 'abc' }, 'password', 'Mật khẩu phải có ít nhất 8 ký tự.'],
  ];
  for (const [what, patch, field, message] of cases) {
    it(`registration with ${what}`, async () => {
      const before = await countUsers();
      const r = await api('POST', '/api/auth/register', { body: { ...valid(), ...patch } });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('validation_failed');
      expect(r.body.error.message).toBe('Dữ liệu không hợp lệ.');
      expect(r.body.error.details).toContainEqual({ path: field, message });
      expect(await countUsers()).toBe(before);
    });
  }

  it('registration that tries to set role: "admin" is refused as an unknown field', async () => {
    const before = await countUsers();
    const r = await api('POST', '/api/auth/register', { body: { ...valid(), role: 'admin' } });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].message).toContain('role');
    expect(await countUsers()).toBe(before);
  });

  it('English messages with Accept-Language: en', async () => {
    const r = await api('POST', '/api/auth/register', {
      body: { ...valid(), phone: 'abc' },
      lang: 'en',
    });
    expect(r.body.error.message).toBe('The request is not valid.');
    expect(r.body.error.details).toContainEqual({
      path: 'phone',
      message: 'Invalid phone number (e.g. 0912345678 or +84912345678).',
    });
  });

  it('malformed JSON', async () => {
    const r = await api('POST', '/api/auth/login', { body: '{"username": ' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
  });

  it('a 20 MB upload answers 413', async () => {
    const r = await api('POST', '/api/units/import?dryRun=true', {
      token: admin,
      form: upload('lon.csv', Buffer.alloc(20 * 1024 * 1024, 'a')),
    });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('file_too_large');
    expect(r.body.error.message).toBe('Tệp quá lớn (tối đa 10 MB).');
  });

  it('a broken .xlsx answers 400 file_invalid', async () => {
    const r = await api('POST', '/api/units/import?dryRun=false', {
      token: admin,
      form: upload('hong.xlsx', Buffer.from('PK\u0003\u0004 this is not really a workbook')),
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('file_invalid');
  });

  it('an .xlsx zip bomb is refused once it passes the inflate cap', async () => {
    const r = await api('POST', '/api/units/import?dryRun=true', {
      token: admin,
      form: upload('bom.xlsx', zipBomb()),
    });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('archive_too_large');
  });

  it('an unsupported file type answers 400', async () => {
    const r = await api('POST', '/api/units/import?dryRun=true', {
      token: admin,
      form: upload('don-vi.docx', 'hello'),
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('file_invalid');
  });

  it('an empty file reports that it has no rows', async () => {
    const r = await api('POST', '/api/units/import?dryRun=true', {
      token: admin,
      form: upload('rong.csv', 'Mã đơn vị,Tên đơn vị,Loại\n'),
    });
    expect(r.body.errors).toEqual([
      { row: 0, field: 'file', message: 'Tệp không có dòng dữ liệu nào.' },
    ]);
  });

  it('unknown query parameters and unknown routes are clear errors', async () => {
    expect((await api('GET', '/api/users?isAdmin=1', { token: admin })).status).toBe(400);
    const r = await api('GET', '/api/khong-co', { token: admin });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });
});
