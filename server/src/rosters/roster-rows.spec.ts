import { describe, expect, it } from 'vitest';
import { maskTail } from '../common/mask.js';
import { parseRosterRows, planRosterImport, type CurrentEntry } from './roster-rows.js';

const HEADER = ['Họ và tên', 'Số CCCD', 'Số điện thoại', 'Email', 'Chức vụ'];
const sheet = (rows: string[][], header = HEADER) => ({
  header,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

describe(parseRosterRows.name, () => {
  it('turns a name pasted from Word (NFD) into NFC', () => {
    const nfd = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const { rows, errors } = parseRosterRows(sheet([[nfd, '', '0912345678', '', '']]), 'vi');
    expect(errors).toEqual([]);
    expect(rows[0]!.data.fullName).toBe('Nguyễn Thị Hồng Nhung'.normalize('NFC'));
  });

  it('accepts a CCCD typed in groups and keeps its leading zeros', () => {
    const { rows, errors } = parseRosterRows(
      sheet([['Trần Văn An', '001 203 004 567', '', '', 'Chuyên viên']]),
      'vi',
    );
    expect(errors).toEqual([]);
    expect(rows[0]!.data.citizenId).toBe('001203004567');
    expect(rows[0]!.data.position).toBe('Chuyên viên');
  });

  it('explains an 11-digit CCCD as a leading zero lost by Excel', () => {
    const { rows, errors } = parseRosterRows(
      sheet([['Lê Thị Bình', '01203004567', '', '', '']]),
      'vi',
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        row: 2,
        field: 'citizenId',
        message: expect.stringContaining('Excel có thể đã bỏ số 0 ở đầu') as string,
      },
    ]);
    const en = parseRosterRows(sheet([['Lê Thị Bình', '1203004567', '', '', '']]), 'en');
    expect(en.errors[0]!.message).toContain('leading zero');
    const letters = parseRosterRows(sheet([['Lê Thị Bình', '00120300456A', '', '', '']]), 'vi');
    expect(letters.errors[0]!.message).toBe('Số CCCD phải gồm đúng 12 chữ số.');
  });

  it('reports a phone repeated in another form on the later row, naming the first', () => {
    const { rows, errors } = parseRosterRows(
      sheet([
        ['Phạm Minh Châu', '', '0912345678', '', ''],
        ['Võ Thành Đạt', '', '0987654321', '', ''],
        ['Phạm M. Châu', '', '+84912345678', '', ''],
      ]),
      'vi',
    );
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(errors).toEqual([
      { row: 4, field: 'phone', message: 'Số điện thoại trùng với dòng 2.' },
    ]);
  });

  it('reports a repeated CCCD naming the first row', () => {
    const { errors } = parseRosterRows(
      sheet([
        ['Phạm Minh Châu', '001203004567', '', '', ''],
        ['Võ Thành Đạt', '001.203.004.567', '', '', ''],
      ]),
      'en',
    );
    expect(errors).toEqual([{ row: 3, field: 'citizenId', message: 'Same citizen ID as row 2.' }]);
  });

  it('needs a CCCD or a phone on every row', () => {
    const { rows, errors } = parseRosterRows(
      sheet([['Đỗ Thị Duyên', '', '', 'duyen@example.vn', 'Kế toán']]),
      'vi',
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        row: 2,
        field: 'citizenId',
        message: expect.stringContaining('Số CCCD hoặc Số điện thoại') as string,
      },
    ]);
  });

  it('finds columns by English or unaccented titles and refuses a file without identity columns', () => {
    const english = parseRosterRows(
      sheet([['Hoàng Văn Em', '0912345678']], ['FULLNAME', 'so dien thoai']),
      'vi',
    );
    expect(english.errors).toEqual([]);
    expect(english.rows[0]!.data.phone).toBe('0912345678');
    const noIdentity = parseRosterRows(
      sheet([['Hoàng Văn Em', 'x']], ['Họ và tên', 'Chức vụ']),
      'vi',
    );
    expect(noIdentity.errors).toEqual([
      { row: 1, field: 'citizenId', message: 'Thiếu cột bắt buộc.' },
    ]);
  });
});

describe(maskTail.name, () => {
  it('keeps only the last three digits', () => {
    expect(maskTail('001203004567')).toBe('*********567');
    expect(maskTail(null)).toBeNull();
  });
});

describe(planRosterImport.name, () => {
  const entry = (id: string, citizenId: string | null, phone: string | null): CurrentEntry => ({
    id,
    fullName: `Người ${id}`,
    citizenId,
    phone,
    email: null,
    position: null,
  });
  const row = (n: number, fullName: string, citizenId?: string, phone?: string) => ({
    row: n,
    data: {
      fullName,
      ...(citizenId ? { citizenId } : {}),
      ...(phone ? { phone } : {}),
    },
  });

  it('matches by CCCD before phone, keeps identical people and removes the rest (replace)', () => {
    const current = [
      entry('a', '001203004567', '0912000001'),
      entry('b', null, '0912000002'),
      entry('c', '001203004569', null),
    ];
    const plan = planRosterImport(
      current,
      [
        row(2, 'Người a', '001203004567', '0912000001'),
        row(3, 'Người B mới tên', '001203004568', '0912000002'),
        row(4, 'Người mới', '001203004570'),
      ],
      'replace',
    );
    expect(plan.unchanged).toBe(1);
    expect(plan.update).toEqual([
      {
        row: 3,
        id: 'b',
        person: {
          fullName: 'Người B mới tên',
          citizenId: '001203004568',
          phone: '0912000002',
          email: null,
          position: null,
        },
      },
    ]);
    expect(plan.create.map((c) => c.row)).toEqual([4]);
    expect(plan.remove).toEqual(['c']);
    expect(plan.conflicts).toEqual([]);
  });

  it('lets two people swap phones in replace mode', () => {
    const current = [
      entry('a', '001203004567', '0912000001'),
      entry('b', '001203004568', '0912000002'),
    ];
    const plan = planRosterImport(
      current,
      [
        row(2, 'Người a', '001203004567', '0912000002'),
        row(3, 'Người b', '001203004568', '0912000001'),
      ],
      'replace',
    );
    expect(plan.update.map((u) => u.id)).toEqual(['a', 'b']);
    expect(plan.conflicts).toEqual([]);
  });

  it('in append mode removes nobody and refuses a phone held by someone who stays', () => {
    const current = [
      entry('a', '001203004567', '0912000001'),
      entry('b', '001203004568', '0912000002'),
    ];
    const plan = planRosterImport(
      current,
      [row(2, 'Người a', '001203004567', '0912000002')],
      'append',
    );
    expect(plan.remove).toEqual([]);
    expect(plan.conflicts).toEqual([{ row: 2, field: 'phone', key: 'roster_phone_taken' }]);
  });

  it('a row whose phone belongs to an entry claimed by CCCD is a new person', () => {
    const current = [entry('a', '001203004567', '0912000001')];
    const plan = planRosterImport(
      current,
      [
        row(2, 'Người a', '001203004567', '0912000009'),
        row(3, 'Người khác', undefined, '0912000001'),
      ],
      'append',
    );
    expect(plan.update.map((u) => u.id)).toEqual(['a']);
    expect(plan.create.map((c) => c.row)).toEqual([3]);
    expect(plan.conflicts).toEqual([]);
  });
});
