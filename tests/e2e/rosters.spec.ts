import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Roster, RosterEntry, RosterImportResult } from '@cchc/contracts';
import {
  adminToken,
  api,
  baseUrl,
  login,
  uniqueCitizenId,
  uniqueCode,
  uniquePhone,
} from '../support/api.js';
import { readXlsx, upload, xlsx } from '../support/files.js';
import { suiteDb } from '../support/participation.js';

const HEADER = ['Họ và tên', 'Số CCCD', 'Số điện thoại', 'Email', 'Chức vụ'];
type Row = [string, string, string, string, string];

let admin: string;
let db: pg.Client;
let rootId: string;
let prefix: string;

beforeAll(async () => {
  admin = await adminToken();
  db = await suiteDb();
  prefix = uniqueCode('R');
  rootId = await createUnit(prefix, 'Xã Danh Sách', null, 'commune');
});

afterAll(async () => {
  await db.end();
});

async function createUnit(
  code: string,
  name: string,
  parentId: string | null,
  kind = 'office',
): Promise<string> {
  const r = await api('POST', '/api/units', {
    token: admin,
    body: { code, name, kind, parentId },
  });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

const csv = (rows: Row[], header: string[] = HEADER) =>
  [header, ...rows].map((r) => r.map((c) => (/[",]/.test(c) ? `"${c}"` : c)).join(',')).join('\n');

function importRoster(
  unitId: string,
  content: string | Buffer,
  opts: {
    dryRun?: boolean;
    mode?: 'replace' | 'append';
    token?: string;
    name?: string;
    lang?: string;
  } = {},
) {
  const q = new URLSearchParams({
    dryRun: String(opts.dryRun ?? false),
    ...(opts.mode ? { mode: opts.mode } : {}),
  });
  return api<RosterImportResult>('POST', `/api/units/${unitId}/roster/import?${q}`, {
    token: opts.token ?? admin,
    form: upload(opts.name ?? 'danh-sach.csv', content),
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
}

async function roster(unitId: string, query = '', token = admin): Promise<Roster> {
  const r = await api<Roster>('GET', `/api/units/${unitId}/roster${query}`, { token });
  expect(r.status).toBe(200);
  return r.body;
}

function register(unitId: string, over: { citizenId?: string; phone?: string; fullName?: string }) {
  return api('POST', '/api/auth/register', {
    body: {
      fullName: over.fullName ?? 'Người Đăng Ký',
      phone: over.phone ?? uniquePhone(),
      ...(over.citizenId ? { citizenId: over.citizenId } : {}),
      unitId,
      password: 'MatKhau@2025',
      consent: true,
    },
  });
}

const byName = (r: Roster, name: string) => r.rows.find((e) => e.fullName === name) as RosterEntry;

describe('roster import', () => {
  let unitA: string;
  const cccd = [uniqueCitizenId(), uniqueCitizenId(), uniqueCitizenId(), uniqueCitizenId()];
  const phones = [uniquePhone(), uniquePhone(), uniquePhone(), uniquePhone()];

  beforeAll(async () => {
    unitA = await createUnit(`${prefix}.A`, 'Văn phòng HĐND và UBND', rootId);
  });

  it('offers an .xlsx template with the Vietnamese titles, two examples and a guide', async () => {
    const res = await fetch(`${baseUrl()}/api/units/${unitA}/roster/template?format=xlsx`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('mau-danh-sach-can-bo.xlsx');
    const buf = Buffer.from(await res.arrayBuffer());
    const rows = await readXlsx(buf);
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(3);
    // The CCCD of the examples keeps its leading zero: the column is text.
    expect(rows[1]![1]).toMatch(/^0\d{11}$/);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách cán bộ', 'Hướng dẫn']);
    // The template imports as it is (dry run): its examples are valid rows.
    const dry = await importRoster(unitA, buf, { dryRun: true, name: 'mau.xlsx' });
    expect(dry.body).toMatchObject({ created: 2, errors: [] });
    const csvTemplate = await fetch(`${baseUrl()}/api/units/${unitA}/roster/template?format=csv`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    const bytes = Buffer.from(await csvTemplate.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.subarray(3).toString('utf8').split('\n')[0]).toBe(HEADER.join(','));
  });

  it('a dry run counts without writing anything', async () => {
    const dry = await importRoster(
      unitA,
      csv([
        ['Bùi Thị Hoa', cccd[0]!, phones[0]!, '', 'Chuyên viên'],
        ['Đặng Văn Sơn', cccd[1]!, phones[1]!, '', 'Kế toán'],
      ]),
      { dryRun: true },
    );
    expect(dry.status).toBe(201);
    expect(dry.body).toMatchObject({
      dryRun: true,
      mode: 'replace',
      created: 2,
      updated: 0,
      removed: 0,
      errors: [],
      total: 2,
    });
    const r = await roster(unitA);
    expect(r.total).toBe(0);
    const rows = await db.query(
      `SELECT count(*)::int AS n FROM roster_entries WHERE unit_id = $1`,
      [unitA],
    );
    expect(rows.rows[0].n).toBe(0);
  });

  it('a file with one bad row writes nothing and names the row', async () => {
    const file = csv([
      ['Bùi Thị Hoa', cccd[0]!, phones[0]!, '', 'Chuyên viên'],
      ['Đặng Văn Sơn', cccd[1]!.slice(1), phones[1]!, '', 'Kế toán'],
    ]);
    const real = await importRoster(unitA, file);
    expect(real.status).toBe(400);
    expect((real.body as any).error.code).toBe('import_failed');
    expect((real.body as any).error.details).toEqual([
      {
        row: 3,
        field: 'citizenId',
        message:
          'CCCD phải có đủ 12 chữ số — Excel có thể đã bỏ số 0 ở đầu; hãy định dạng cột CCCD là Văn bản (Text).',
      },
    ]);
    expect((await roster(unitA)).total).toBe(0);
    const dry = await importRoster(unitA, file, { dryRun: true, lang: 'en' });
    expect(dry.status).toBe(201);
    expect(dry.body.errors[0]!.message).toContain('leading zero');
    expect(dry.body.created).toBe(0);
  });

  it('imports an .xlsx: NFC names, grouped CCCD, +84 phones, Vietnamese order, CCCD masked', async () => {
    const file = await xlsx([
      HEADER,
      [
        'Đặng Văn Sơn'.normalize('NFD'),
        cccd[1]!.replace(/(\d{3})(?=\d)/g, '$1 '),
        phones[1]!.replace(/^0/, '+84'),
        '',
        'Kế toán',
      ],
      ['Dương Thị Lan', cccd[2]!, phones[2]!, 'lan@example.vn', 'Văn thư'],
      ['Bùi Thị Hoa', cccd[0]!, phones[0]!, '', 'Chuyên viên'],
    ]);
    const res = await importRoster(unitA, file, { name: 'danh-sach.xlsx' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ dryRun: false, created: 3, removed: 0, total: 3, errors: [] });
    const r = await roster(unitA);
    expect(r.total).toBe(3);
    // Vietnamese alphabet: D before Đ (a plain byte or unaccented order would not give this).
    expect(r.rows.map((e) => e.fullName)).toEqual(['Bùi Thị Hoa', 'Dương Thị Lan', 'Đặng Văn Sơn']);
    const son = byName(r, 'Đặng Văn Sơn');
    expect(son.fullName).toBe('Đặng Văn Sơn'.normalize('NFC'));
    expect(son.citizenId).toBe(`*********${cccd[1]!.slice(-3)}`);
    expect(son.phone).toBe(phones[1]);
    expect(son.position).toBe('Kế toán');
    expect(byName(r, 'Dương Thị Lan').email).toBe('lan@example.vn');
    // The unit's first list also stands for the time before the import.
    const dates = await db.query(
      `SELECT count(*) FILTER (WHERE valid_from IS NULL)::int AS n FROM roster_entries WHERE unit_id = $1`,
      [unitA],
    );
    expect(dates.rows[0].n).toBe(3);
    const search = await roster(unitA, '?search=duong');
    expect(search.rows.map((e) => e.fullName)).toEqual(['Dương Thị Lan']);
    expect(search.matching).toBe(1);
    expect(
      (await roster(unitA, `?search=${phones[0]!.slice(-6)}`)).rows.map((e) => e.fullName),
    ).toEqual(['Bùi Thị Hoa']);
  });

  it('replace mode updates in place, adds, and takes people missing from the file off the list', async () => {
    const res = await importRoster(
      unitA,
      csv([
        ['Bùi Thị Hoa', cccd[0]!, phones[0]!, '', 'Phó Trưởng phòng'],
        ['Dương Thị Lan', cccd[2]!, phones[2]!, 'lan@example.vn', 'Văn thư'],
        ['Hồ Minh Khôi', cccd[3]!, phones[3]!, '', 'Chuyên viên'],
      ]),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ created: 1, updated: 1, unchanged: 1, removed: 1, total: 3 });
    const r = await roster(unitA);
    expect(r.rows.map((e) => e.fullName)).toEqual(['Bùi Thị Hoa', 'Dương Thị Lan', 'Hồ Minh Khôi']);
    expect(byName(r, 'Bùi Thị Hoa').position).toBe('Phó Trưởng phòng');
    const son = await db.query(
      `SELECT valid_to FROM roster_entries WHERE unit_id = $1 AND citizen_id = $2`,
      [unitA, cccd[1]],
    );
    expect(son.rows[0].valid_to).not.toBeNull();
    // Later additions are dated: a report as of an earlier day does not count them.
    const khoi = await db.query(
      `SELECT valid_from FROM roster_entries WHERE unit_id = $1 AND citizen_id = $2`,
      [unitA, cccd[3]],
    );
    expect(khoi.rows[0].valid_from).not.toBeNull();
    const audit = await api('GET', `/api/audit?targetId=${unitA}`, { token: admin });
    const entry = audit.body.items.find((a: { action: string }) => a.action === 'roster.import');
    expect(entry.after).toMatchObject({ mode: 'replace', created: 1, updated: 1, removed: 1 });
    const text = JSON.stringify(audit.body.items);
    for (const secret of [...cccd, ...phones]) expect(text).not.toContain(secret);
  });

  it('append mode removes nobody', async () => {
    const res = await importRoster(unitA, csv([['Lý Thu Trang', '', uniquePhone(), '', '']]), {
      mode: 'append',
    });
    expect(res.body).toMatchObject({ mode: 'append', created: 1, removed: 0, total: 4 });
    expect((await roster(unitA)).total).toBe(4);
  });

  it('a phone repeated in the file is an error naming the first row', async () => {
    const p = uniquePhone();
    const res = await importRoster(
      unitA,
      csv([
        ['Lý Thu Trang', '', p, '', ''],
        ['Lý Thu Trang B', '', p.replace(/^0/, '+84'), '', ''],
      ]),
      { dryRun: true },
    );
    expect(res.body.errors).toEqual([
      { row: 3, field: 'phone', message: 'Số điện thoại trùng với dòng 2.' },
    ]);
  });
});

describe('roster links and duplicates', () => {
  let unitB: string;
  let unitC: string;
  const shared = uniqueCitizenId();
  const onlyB = uniqueCitizenId();
  const phoneB = uniquePhone();
  const phoneLater = uniquePhone();

  beforeAll(async () => {
    unitB = await createUnit(`${prefix}.B`, 'Phòng Kinh tế', rootId);
    unitC = await createUnit(`${prefix}.C`, 'Trạm Y tế', rootId, 'health_station');
    const b = await importRoster(
      unitB,
      csv([
        ['Trương Thị Mai', shared, '', '', 'Chuyên viên'],
        ['Phan Quốc Bảo', onlyB, phoneB, '', 'Trưởng phòng'],
        ['Cao Văn Lực', '', phoneLater, '', 'Nhân viên hợp đồng'],
      ]),
    );
    expect(b.body).toMatchObject({ created: 3, linked: 0 });
  });

  it('flags people who are also on the list of another unit, without refusing them', async () => {
    const res = await importRoster(
      unitC,
      csv([
        ['Trương Thị Mai', shared, uniquePhone(), '', 'Điều dưỡng'],
        ['Lâm Văn Tư', uniqueCitizenId(), '', '', 'Y sĩ'],
      ]),
    );
    expect(res.status).toBe(201);
    expect(res.body.created).toBe(2);
    expect(res.body.duplicates).toEqual([
      {
        row: 2,
        field: 'citizenId',
        value: `*********${shared.slice(-3)}`,
        unitId: unitB,
        unitName: 'Phòng Kinh tế',
      },
    ]);
    const c = await roster(unitC);
    expect(byName(c, 'Trương Thị Mai').duplicateIn).toEqual([
      { unitId: unitB, unitName: 'Phòng Kinh tế' },
    ]);
    expect(byName(c, 'Lâm Văn Tư').duplicateIn).toEqual([]);
    expect(byName(await roster(unitB), 'Trương Thị Mai').duplicateIn).toEqual([
      { unitId: unitC, unitName: 'Trạm Y tế' },
    ]);
  });

  it('links a participant who registers with a CCCD on a list, preferring the unit they chose', async () => {
    const reg = await register(unitC, { citizenId: shared, fullName: 'Trương Thị Mai' });
    expect(reg.status).toBe(201);
    const c = await roster(unitC, '?linked=true');
    expect(c.rows.map((e) => e.fullName)).toEqual(['Trương Thị Mai']);
    expect(c.rows[0]!.user).toEqual({
      id: reg.body.user.id,
      fullName: 'Trương Thị Mai',
      linkedBy: 'auto',
    });
    expect(c.linked).toBe(1);
    // The same CCCD on B's list stays unlinked: one account, one current entry.
    expect(byName(await roster(unitB), 'Trương Thị Mai').user).toBeNull();
    // Registration elsewhere in the tree still finds the person's entry by CCCD.
    const bao = await register(rootId, { citizenId: onlyB, fullName: 'Phan Quốc Bảo' });
    expect(bao.status).toBe(201);
    expect(byName(await roster(unitB), 'Phan Quốc Bảo').user?.id).toBe(bao.body.user.id);
  });

  it('a later import links an already registered participant by phone', async () => {
    const before = await register(unitB, {
      phone: phoneLater.replace(/^0/, '+84 '),
      fullName: 'Cao Văn Lực',
    });
    expect(before.status).toBe(201);
    // Registered after the list was imported, with a phone only: linked at once.
    expect(byName(await roster(unitB), 'Cao Văn Lực').user?.id).toBe(before.body.user.id);

    const phoneNew = uniquePhone();
    const early = await register(unitB, { phone: phoneNew, fullName: 'Mạc Thị Xuân' });
    expect(early.status).toBe(201);
    const dry = await importRoster(
      unitB,
      csv([['Mạc Thị Xuân', '', phoneNew.replace(/^0/, '84'), '', 'Văn thư']]),
      { mode: 'append', dryRun: true },
    );
    expect(dry.body).toMatchObject({ created: 1, linked: 1 });
    expect(byName(await roster(unitB), 'Mạc Thị Xuân')).toBeUndefined();
    const res = await importRoster(
      unitB,
      csv([['Mạc Thị Xuân', '', phoneNew.replace(/^0/, '84'), '', 'Văn thư']]),
      { mode: 'append' },
    );
    expect(res.body).toMatchObject({ created: 1, linked: 1, removed: 0 });
    const entry = byName(await roster(unitB), 'Mạc Thị Xuân');
    expect(entry.user).toEqual({
      id: early.body.user.id,
      fullName: 'Mạc Thị Xuân',
      linkedBy: 'auto',
    });
    expect(entry.phone).toBe(phoneNew);
  });

  it('links and unlinks by hand; an account linked elsewhere moves; imports leave an unlinked entry alone', async () => {
    const lonely = await register(unitB, { fullName: 'Tôn Nữ Thùy Dương' });
    expect(lonely.status).toBe(201);
    const cand = await api('GET', `/api/units/${unitB}/roster/candidates?search=thuy duong`, {
      token: admin,
    });
    expect(cand.status).toBe(200);
    expect(cand.body).toEqual([
      {
        id: lonely.body.user.id,
        fullName: 'Tôn Nữ Thùy Dương',
        phone: `*******${String(lonely.body.user.phone).slice(-3)}`,
        unitName: 'Phòng Kinh tế',
      },
    ]);
    const b = await roster(unitB);
    const mai = byName(b, 'Trương Thị Mai');
    const linked = await api<RosterEntry>('PUT', `/api/roster/${mai.id}/link`, {
      token: admin,
      body: { userId: lonely.body.user.id },
    });
    expect(linked.status).toBe(200);
    expect(linked.body.user).toEqual({
      id: lonely.body.user.id,
      fullName: 'Tôn Nữ Thùy Dương',
      linkedBy: 'manual',
    });
    const again = await api('GET', `/api/units/${unitB}/roster/candidates?search=thuy`, {
      token: admin,
    });
    expect(again.body).toEqual([]);
    // Linking the same account to another entry moves the link.
    const luc = byName(b, 'Cao Văn Lực');
    const moved = await api<RosterEntry>('PUT', `/api/roster/${luc.id}/link`, {
      token: admin,
      body: { userId: lonely.body.user.id },
    });
    expect(moved.body.user?.id).toBe(lonely.body.user.id);
    const after = await roster(unitB);
    expect(byName(after, 'Trương Thị Mai').user).toBeNull();
    const unlinked = await api<RosterEntry>('DELETE', `/api/roster/${luc.id}/link`, {
      token: admin,
    });
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.user).toBeNull();
    // Cao Văn Lực's own account matches the entry by phone, but the entry was unlinked by hand.
    const reimport = await importRoster(unitB, csv([['Ninh Văn Tài', '', uniquePhone(), '', '']]), {
      mode: 'append',
    });
    expect(reimport.body.linked).toBe(0);
    expect(byName(await roster(unitB), 'Cao Văn Lực').user).toBeNull();
    const audit = await api('GET', `/api/audit?targetId=${luc.id}`, { token: admin });
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual([
      'roster.unlink',
      'roster.link',
    ]);
    // Only participant accounts can be linked.
    const staff = await api('POST', '/api/users', {
      token: admin,
      body: {
        fullName: 'Cán bộ Báo cáo',
        role: 'reporter',
        unitId: unitB,
        email: `bc.${prefix.toLowerCase()}@demo.vn`,
        password: 'BaoCao@2025',
      },
    });
    const bad = await api('PUT', `/api/roster/${luc.id}/link`, {
      token: admin,
      body: { userId: staff.body.id },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('userId');
  });
});

describe('roster scope and merges', () => {
  it('a reporter of a sibling unit gets 404 on another unit’s roster; participants get 403', async () => {
    const mine = await createUnit(`${prefix}.S1`, 'Phòng Văn hóa', rootId);
    const other = await createUnit(`${prefix}.S2`, 'Phòng Nội vụ', rootId);
    await importRoster(other, csv([['Kha Văn Bình', uniqueCitizenId(), '', '', '']]));
    const entry = (await roster(other)).rows[0]!;
    const email = `bc.s1.${prefix.toLowerCase()}@demo.vn`;
    const created = await api('POST', '/api/users', {
      token: admin,
      body: {
        fullName: 'Đầu mối Văn hóa',
        role: 'reporter',
        unitId: mine,
        email,
        password: 'BaoCao@2025',
      },
    });
    expect(created.status).toBe(201);
    const reporter = await login(email, 'BaoCao@2025');
    const file = csv([['Kha Văn Bình', uniqueCitizenId(), '', '', '']]);
    expect((await api('GET', `/api/units/${other}/roster`, { token: reporter })).status).toBe(404);
    expect((await importRoster(other, file, { token: reporter })).status).toBe(404);
    expect((await importRoster(other, file, { token: reporter, dryRun: true })).status).toBe(404);
    expect(
      (await api('GET', `/api/units/${other}/roster/template`, { token: reporter })).status,
    ).toBe(404);
    expect(
      (await api('GET', `/api/units/${other}/roster/candidates`, { token: reporter })).status,
    ).toBe(404);
    const participant = await register(mine, {});
    expect(
      (
        await api('PUT', `/api/roster/${entry.id}/link`, {
          token: reporter,
          body: { userId: participant.body.user.id },
        })
      ).status,
    ).toBe(404);
    expect((await api('DELETE', `/api/roster/${entry.id}/link`, { token: reporter })).status).toBe(
      404,
    );
    expect((await roster(other)).rows[0]!.user).toBeNull();
    // Their own unit is theirs to manage.
    const own = await importRoster(mine, file, { token: reporter });
    expect(own.status).toBe(201);
    expect((await roster(mine, '', reporter)).total).toBe(1);
    const asParticipant = await api('GET', `/api/units/${mine}/roster`, {
      token: participant.body.accessToken,
    });
    expect(asParticipant.status).toBe(403);
  });

  it('a merge moves the current list to the absorbing unit, links and all', async () => {
    const from = await createUnit(`${prefix}.M1`, 'Xã Cũ', rootId, 'commune');
    const into = await createUnit(`${prefix}.M2`, 'Xã Mới', rootId, 'commune');
    const both = uniqueCitizenId();
    const phoneLinked = uniquePhone();
    await importRoster(
      from,
      csv([
        ['Lưu Văn Hậu', uniqueCitizenId(), phoneLinked, '', 'Chủ tịch UBND'],
        ['Quách Thị Nụ', both, '', '', 'Văn thư'],
      ]),
    );
    const gone = uniqueCitizenId();
    await importRoster(from, csv([['Người Đã Nghỉ', gone, '', '', '']]), { mode: 'append' });
    await importRoster(
      from,
      csv([
        ['Lưu Văn Hậu', '', phoneLinked, '', 'Chủ tịch UBND'],
        ['Quách Thị Nụ', both, '', '', 'Văn thư'],
      ]),
    );
    await importRoster(
      into,
      csv([
        ['Quách Thị Nụ', both, '', '', 'Văn thư'],
        ['Kiều Văn Mạnh', uniqueCitizenId(), '', '', ''],
      ]),
    );
    const hau = await register(from, { phone: phoneLinked, fullName: 'Lưu Văn Hậu' });
    expect(byName(await roster(from), 'Lưu Văn Hậu').user?.id).toBe(hau.body.user.id);

    const merged = await api('POST', `/api/units/${from}/merge`, {
      token: admin,
      body: { intoUnitId: into },
    });
    expect(merged.status).toBe(201);
    const target = await roster(into);
    expect(target.rows.map((e) => e.fullName)).toEqual([
      'Kiều Văn Mạnh',
      'Lưu Văn Hậu',
      'Quách Thị Nụ',
    ]);
    expect(byName(target, 'Lưu Văn Hậu').user?.id).toBe(hau.body.user.id);
    // Quách Thị Nụ was on both lists: she is there once.
    expect(target.total).toBe(3);
    expect((await roster(from)).total).toBe(0);
    const moved = await db.query(
      `SELECT s.valid_to, t.valid_from FROM roster_entries s
         JOIN roster_entries t ON t.phone = s.phone AND t.unit_id = $2
        WHERE s.unit_id = $1 AND s.phone = $3`,
      [from, into, phoneLinked],
    );
    expect(moved.rows).toHaveLength(1);
    expect(moved.rows[0].valid_to).not.toBeNull();
    expect(moved.rows[0].valid_to.getTime()).toBe(moved.rows[0].valid_from.getTime());
    // Someone who had already left the old list does not come back on the new one.
    const left = await db.query(`SELECT unit_id FROM roster_entries WHERE citizen_id = $1`, [gone]);
    expect(left.rows.map((r: { unit_id: string }) => r.unit_id)).toEqual([from]);
    // The merged unit takes no more imports.
    const late = await importRoster(from, csv([['Ai Đó', uniqueCitizenId(), '', '', '']]));
    expect(late.status).toBe(422);
    expect((late.body as any).error.code).toBe('unit_inactive');
  });
});

describe('merging into a unit without a staff list', () => {
  it('ends the old list instead of giving the target a list of newcomers only', async () => {
    const from = await createUnit(`${prefix}.N1`, 'Thôn Cũ', rootId, 'village');
    const into = await createUnit(`${prefix}.N2`, 'Thôn Mới', rootId, 'village');
    await importRoster(from, csv([['Đào Văn Lâm', uniqueCitizenId(), '', '', '']]));
    const merged = await api('POST', `/api/units/${from}/merge`, {
      token: admin,
      body: { intoUnitId: into },
    });
    expect(merged.status).toBe(201);
    // The target keeps reporting on its declared headcount.
    expect((await roster(into)).total).toBe(0);
    expect((await roster(from)).total).toBe(0);
  });
});

describe('demo staff lists', () => {
  it('every demo unit with a headcount starts with a list of that size, partly linked', async () => {
    const units = await api('GET', '/api/units', { token: admin });
    const demo = (units.body as { id: string; code: string; headcount: number | null }[]).filter(
      (u) => u.headcount && /^(QNG|HNI|DNI|HPG|QTR)\./.test(u.code),
    );
    expect(demo.length).toBeGreaterThan(20);
    let linked = 0;
    let total = 0;
    for (const u of demo) {
      const r = await roster(u.id, '?pageSize=1');
      expect(r.total).toBe(u.headcount);
      expect(r.linked).toBeLessThanOrEqual(Math.floor(u.headcount! * 0.8));
      linked += r.linked;
      total += r.total;
    }
    expect(linked).toBeGreaterThan(total / 3);
    expect(linked).toBeLessThan(total);
    const np = await api('GET', `/api/reports/non-participants?unitId=${demo[0]!.id}`, {
      token: admin,
    });
    expect(np.status).toBe(200);
    expect(np.body.total).toBeGreaterThan(0);
  });
});
