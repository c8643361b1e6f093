import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, api, login, uniqueCode } from '../support/api.js';
import { readXlsx, upload, xlsx } from '../support/files.js';

let admin: string;
let rootId: string;
let prefix: string;

beforeAll(async () => {
  admin = await adminToken();
  prefix = uniqueCode('U');
  const r = await api('POST', '/api/units', {
    token: admin,
    body: {
      code: prefix,
      name: 'Thành phố Thử nghiệm',
      kind: 'city',
      group: 'commune_level',
      parentId: null,
    },
  });
  expect(r.status).toBe(201);
  rootId = r.body.id;
});

const HEADER = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại',
  'Khối',
  'Mã đơn vị cấp trên',
  'Tổng số CBCCVC-NLĐ',
];

describe('units CRUD', () => {
  it('creates, renames, moves and keeps the headcount history', async () => {
    const a = await api('POST', '/api/units', {
      token: admin,
      body: {
        code: `${prefix}.a`,
        name: 'Phường Hòa Bình',
        kind: 'ward',
        parentId: rootId,
        headcount: 40,
      },
    });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({
      code: `${prefix}.A`,
      target: 1,
      headcount: 40,
      group: 'administrative',
    });
    const b = await api('POST', '/api/units', {
      token: admin,
      body: { code: `${prefix}.B`, name: 'Phường An Phú', kind: 'ward', parentId: rootId },
    });
    const renamed = await api('PATCH', `/api/units/${a.body.id}`, {
      token: admin,
      body: { name: 'Phường Hòa Bình Mới', headcount: 45, target: 0.9 },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Phường Hòa Bình Mới', headcount: 45, target: 0.9 });
    const moved = await api('PATCH', `/api/units/${a.body.id}`, {
      token: admin,
      body: { parentId: b.body.id },
    });
    expect(moved.body.parentId).toBe(b.body.id);
    const hist = await api('GET', `/api/units/${a.body.id}/history`, { token: admin });
    expect(hist.body.headcounts.map((h: { value: number }) => h.value)).toEqual([45, 40]);
    expect(hist.body.events.map((e: { kind: string }) => e.kind).sort()).toEqual([
      'created',
      'moved',
      'renamed',
    ]);
    // Moving a unit under its own descendant is refused.
    const cycle = await api('PATCH', `/api/units/${b.body.id}`, {
      token: admin,
      body: { parentId: a.body.id },
    });
    expect(cycle.status).toBe(400);
  });

  it('refuses a duplicate code with 409', async () => {
    const r = await api('POST', '/api/units', {
      token: admin,
      body: { code: prefix, name: 'Trùng mã', kind: 'office', parentId: rootId },
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('duplicate_code');
  });

  it('merges a unit: accounts move, the old unit stays as inactive history under the new one', async () => {
    const x = await api('POST', '/api/units', {
      token: admin,
      body: {
        code: `${prefix}.X`,
        name: 'Xã Cũ',
        kind: 'commune',
        parentId: rootId,
        headcount: 20,
      },
    });
    const xChild = await api('POST', '/api/units', {
      token: admin,
      body: { code: `${prefix}.X1`, name: 'Thôn Đông', kind: 'village', parentId: x.body.id },
    });
    const y = await api('POST', '/api/units', {
      token: admin,
      body: { code: `${prefix}.Y`, name: 'Xã Mới', kind: 'commune', parentId: rootId },
    });
    const staff = await api('POST', '/api/users', {
      token: admin,
      body: {
        fullName: 'Võ Minh Tâm',
        role: 'reporter',
        unitId: x.body.id,
        email: `tam.${prefix.toLowerCase()}@demo.vn`,
        password: 'MatKhau@2025',
      },
    });
    const merged = await api('POST', `/api/units/${x.body.id}/merge`, {
      token: admin,
      body: { intoUnitId: y.body.id },
    });
    expect(merged.status).toBe(201);
    expect(merged.body).toMatchObject({ parentId: y.body.id, mergedIntoId: y.body.id });
    expect(merged.body.activeTo).not.toBeNull();
    const child = await api('GET', `/api/units/${xChild.body.id}`, { token: admin });
    expect(child.body.parentId).toBe(y.body.id);
    const users = await api('GET', `/api/users?unitId=${y.body.id}`, { token: admin });
    expect(users.body.items.map((u: { id: string }) => u.id)).toContain(staff.body.id);
    const hist = await api('GET', `/api/units/${x.body.id}/history`, { token: admin });
    expect(hist.body.headcounts[0].value).toBe(20);
    expect(hist.body.events.map((e: { kind: string }) => e.kind)).toContain('merged');
    // A merged unit no longer accepts registrations and disappears from the public picker.
    const pub = await api('GET', '/api/units/public');
    expect(pub.body.some((u: { id: string }) => u.id === x.body.id)).toBe(false);
    expect(
      (await api('PATCH', `/api/units/${x.body.id}`, { token: admin, body: { name: 'Hồi sinh' } }))
        .status,
    ).toBe(422);
  });

  it('the public picker lists each unit with its path of names', async () => {
    const pub = await api('GET', '/api/units/public');
    const tqt = pub.body.find((u: { name: string }) => u.name === 'Phường Trương Quang Trọng');
    expect(tqt.path).toBe(
      'Hệ thống thi CCHC (dữ liệu minh họa) › Tỉnh Quảng Ngãi › Phường Trương Quang Trọng',
    );
  });

  it('writes an audit entry for each change', async () => {
    const r = await api('POST', '/api/units', {
      token: admin,
      body: { code: `${prefix}.AUD`, name: 'Phòng Nội vụ', kind: 'office', parentId: rootId },
    });
    expect(r.status).toBe(201);
    const audit = await api('GET', `/api/audit?targetId=${r.body.id}`, { token: admin });
    expect(audit.status).toBe(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'unit.create',
      targetType: 'unit',
      actorName: 'Quản trị hệ thống',
    });
  });
});

describe('units import', () => {
  it('offers templates in .xlsx and .csv with the Vietnamese headers', async () => {
    const res = await fetch(
      `${(await import('../support/api.js')).baseUrl()}/api/units/import/template?format=xlsx`,
      { headers: { authorization: `Bearer ${admin}` } },
    );
    expect(res.status).toBe(200);
    const rows = await readXlsx(Buffer.from(await res.arrayBuffer()));
    expect(rows[0]).toEqual(HEADER);
    const csv = await fetch(
      `${(await import('../support/api.js')).baseUrl()}/api/units/import/template?format=csv`,
      { headers: { authorization: `Bearer ${admin}` } },
    );
    // Excel needs the BOM to read UTF-8 Vietnamese (fetch's text() would hide it).
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.subarray(3).toString('utf8').split('\n')[0]).toBe(HEADER.join(','));
  });

  it('dry-runs, then imports an .xlsx whose children come before their parents', async () => {
    const p = `${prefix}.IMP`;
    const file = await xlsx([
      HEADER,
      [`${p}.1`, 'Trường Mầm non Hoa Sen', 'school', 'public_service', p, 30],
      [p, 'Xã Nhập Khẩu', 'commune', 'commune_level', prefix, null],
      [`${p}.2`, 'Trạm Y tế xã', 'health_station', 'public_service', p, 8],
    ]);
    const dry = await api('POST', '/api/units/import?dryRun=true', {
      token: admin,
      form: upload('don-vi.xlsx', file),
    });
    expect(dry.status).toBe(201);
    expect(dry.body).toEqual({ dryRun: true, created: 3, updated: 0, errors: [] });
    const none = await api('GET', '/api/units', { token: admin });
    expect(none.body.some((u: { code: string }) => u.code === p)).toBe(false);
    const real = await api('POST', '/api/units/import?dryRun=false', {
      token: admin,
      form: upload('don-vi.xlsx', file),
    });
    expect(real.body).toEqual({ dryRun: false, created: 3, updated: 0, errors: [] });
    const all = await api('GET', '/api/units', { token: admin });
    const parent = all.body.find((u: { code: string }) => u.code === p);
    const school = all.body.find((u: { code: string }) => u.code === `${p}.1`);
    expect(school.parentId).toBe(parent.id);
    expect(school.headcount).toBe(30);
  });

  it('imports a UTF-8 .csv with BOM and NFD text, and updates existing codes', async () => {
    const p = `${prefix}.CSV`;
    const name = 'Phòng Văn hóa - Xã hội'.normalize('NFD');
    const csv = `\uFEFF${HEADER.join(',')}\n${p},${name},office,administrative,${prefix},12\n`;
    const r = await api('POST', '/api/units/import?dryRun=false', {
      token: admin,
      form: upload('units.csv', csv, 'text/csv'),
    });
    expect(r.body.created).toBe(1);
    const again = await api('POST', '/api/units/import?dryRun=false', {
      token: admin,
      form: upload('units.csv', csv.replace(',12', ',15'), 'text/csv'),
    });
    expect(again.body).toMatchObject({ created: 0, updated: 1 });
    const all = await api('GET', '/api/units', { token: admin });
    const u = all.body.find((x: { code: string }) => x.code === p);
    expect(u.name).toBe('Phòng Văn hóa - Xã hội'.normalize('NFC'));
    expect(u.headcount).toBe(15);
  });

  it('reports row-level errors and writes nothing', async () => {
    const p = `${prefix}.BAD`;
    const file = await xlsx([
      HEADER,
      [`${p}.OK`, 'Đơn vị hợp lệ', 'office', 'administrative', prefix, 5],
      [`${p}.K`, 'Sai loại', 'castle', 'administrative', prefix, 5],
      [`${p}.OK`, 'Trùng mã trong tệp', 'office', 'administrative', prefix, 5],
      [`${p}.P`, 'Không có cấp trên', 'office', 'administrative', 'KHONG-TON-TAI', 5],
      [`${p}.H`, 'Số âm', 'office', 'administrative', prefix, -3],
    ]);
    const dry = await api('POST', '/api/units/import?dryRun=true', {
      token: admin,
      form: upload('loi.xlsx', file),
    });
    expect(dry.status).toBe(201);
    const byRow = Object.fromEntries(
      dry.body.errors.map((e: { row: number; field: string }) => [e.row, e.field]),
    );
    expect(byRow).toEqual({ 3: 'kind', 4: 'code', 5: 'parentCode', 6: 'headcount' });
    expect(dry.body.errors.find((e: { row: number }) => e.row === 5).message).toBe(
      'Không tìm thấy đơn vị cấp trên với mã này.',
    );
    const real = await api('POST', '/api/units/import?dryRun=false', {
      token: admin,
      form: upload('loi.xlsx', file),
    });
    expect(real.status).toBe(400);
    expect(real.body.error.code).toBe('import_failed');
    expect(real.body.error.details).toHaveLength(4);
    const all = await api('GET', '/api/units', { token: admin });
    expect(all.body.some((u: { code: string }) => u.code.startsWith(p))).toBe(false);
  });

  it('names a missing required column', async () => {
    const file = await xlsx([
      ['Tên đơn vị', 'Loại'],
      ['Phòng A', 'office'],
    ]);
    const r = await api('POST', '/api/units/import?dryRun=true', {
      token: admin,
      form: upload('thieu-cot.xlsx', file),
    });
    expect(r.body.errors).toEqual([{ row: 1, field: 'code', message: 'Thiếu cột bắt buộc.' }]);
  });

  it('an organiser imports only inside the own subtree', async () => {
    const org = await login('btc.molao@demo.local');
    const file = await xlsx([
      HEADER,
      [`${prefix}.ORG`, 'Ngoài phạm vi', 'office', 'administrative', prefix, 1],
    ]);
    const r = await api('POST', '/api/units/import?dryRun=true', {
      token: org,
      form: upload('x.xlsx', file),
    });
    expect(r.body.errors[0]).toMatchObject({ row: 2, field: 'parentCode' });
  });
});
