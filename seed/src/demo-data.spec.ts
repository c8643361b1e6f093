import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CitizenIdSchema,
  EmailSchema,
  PasswordSchema,
  PhoneSchema,
  ROLES,
  UNIT_GROUPS,
  UNIT_KINDS,
  UnitImportRowSchema,
  normalizeVnPhone,
} from '@cchc/contracts';
import {
  DEMO_LOCALITY_CODES,
  DEMO_PASSWORD,
  DEMO_ROOT_CODE,
  demoAccounts,
  demoUnits,
  type DemoUnit,
} from './demo-data.js';

const byCode = new Map(demoUnits.map((u) => [u.code, u]));
const participants = demoAccounts.filter((a) => a.role === 'participant');

/** Codes from `code` up to the root (throws on a cycle or a dangling parent). */
function ancestry(code: string): string[] {
  const path: string[] = [];
  let cur: DemoUnit | undefined = byCode.get(code);
  while (cur) {
    if (path.includes(cur.code)) throw new Error(`cycle at ${cur.code}`);
    path.push(cur.code);
    if (cur.parentCode === null) return path;
    cur = byCode.get(cur.parentCode);
  }
  throw new Error(`dangling parent from ${code}`);
}

function isNfc(s: string): boolean {
  return s === s.normalize('NFC') && s === s.trim() && !/\s{2,}/.test(s);
}

/** Mã tỉnh/thành phố of the CCCD used here (province codes of the localities and neighbours). */
const PROVINCE_CODES = new Set(['001', '030', '031', '045', '051', '075']);

describe('demo units', () => {
  it('has a plausible size', () => {
    expect(demoUnits.length).toBeGreaterThanOrEqual(30);
    expect(demoUnits.length).toBeLessThanOrEqual(45);
  });

  it('has unique, well-formed codes', () => {
    const codes = demoUnits.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z0-9][A-Z0-9_.-]{0,39}$/);
  });

  it('has exactly one root, DEMO, and every parent exists', () => {
    const roots = demoUnits.filter((u) => u.parentCode === null);
    expect(roots.map((u) => u.code)).toEqual([DEMO_ROOT_CODE]);
    expect(roots[0]?.name).toBe('Hệ thống thi CCHC (dữ liệu minh họa)');
    expect(roots[0]?.kind).toBe('other');
    expect(roots[0]?.group).toBe('other');
    expect(roots[0]?.headcount).toBeNull();
    for (const u of demoUnits) {
      if (u.parentCode !== null)
        expect(byCode.has(u.parentCode), `${u.code} → ${u.parentCode}`).toBe(true);
    }
  });

  it('has no cycles: every unit reaches the root', () => {
    for (const u of demoUnits) expect(ancestry(u.code).at(-1)).toBe(DEMO_ROOT_CODE);
  });

  it('lists parents before children (insertable in order)', () => {
    const seen = new Set<string>();
    for (const u of demoUnits) {
      if (u.parentCode !== null) expect(seen.has(u.parentCode), u.code).toBe(true);
      seen.add(u.code);
    }
  });

  it('uses only kinds and groups from the contracts', () => {
    for (const u of demoUnits) {
      expect(UNIT_KINDS).toContain(u.kind);
      expect(UNIT_GROUPS).toContain(u.group);
    }
  });

  it('has NFC-normalised names that the import schema accepts unchanged', () => {
    for (const u of demoUnits) {
      expect(isNfc(u.name), u.name).toBe(true);
      const row = UnitImportRowSchema.parse({
        code: u.code,
        name: u.name,
        kind: u.kind,
        group: u.group,
        ...(u.parentCode === null ? {} : { parentCode: u.parentCode }),
        ...(u.headcount === null ? {} : { headcount: u.headcount }),
      });
      expect(row.name).toBe(u.name);
      expect(row.code).toBe(u.code);
    }
  });

  it('places the five localities under a province or city', () => {
    const names = demoUnits.map((u) => u.name);
    for (const n of [
      'Phường Trương Quang Trọng',
      'Phường Mộ Lao',
      'Xã Định Quán',
      'Xã Phú Thái',
      'Thành phố Đông Hà',
    ]) {
      expect(names).toContain(n);
    }
    for (const code of DEMO_LOCALITY_CODES) {
      const loc = byCode.get(code);
      expect(loc, code).toBeDefined();
      expect(['ward', 'commune', 'city']).toContain(loc?.kind);
      const parent = byCode.get(loc?.parentCode ?? '');
      expect(['province', 'city']).toContain(parent?.kind);
      expect(parent?.parentCode).toBe(DEMO_ROOT_CODE);
      const children = demoUnits.filter((u) => u.parentCode === code);
      expect(children.length, code).toBeGreaterThanOrEqual(3);
    }
    expect(byCode.get('QNG')?.name).toBe('Tỉnh Quảng Ngãi');
    expect(byCode.get('HNI')?.name).toBe('Thành phố Hà Nội');
    expect(byCode.get('DNI')?.name).toBe('Tỉnh Đồng Nai');
    expect(byCode.get('HPG')?.name).toBe('Thành phố Hải Phòng');
    expect(byCode.get('QTR')?.name).toBe('Tỉnh Quảng Trị');
  });

  it('has plausible demo headcounts on leaf units and none on containers', () => {
    const parents = new Set(demoUnits.map((u) => u.parentCode));
    for (const u of demoUnits) {
      if (parents.has(u.code)) {
        expect(u.headcount, u.code).toBeNull();
        continue;
      }
      expect(u.headcount, u.code).not.toBeNull();
      const h = u.headcount ?? 0;
      expect(Number.isInteger(h)).toBe(true);
      if (u.kind === 'school') {
        expect(h).toBeGreaterThanOrEqual(20);
        expect(h).toBeLessThanOrEqual(60);
      } else if (u.kind === 'office' || u.kind === 'department' || u.kind === 'health_station') {
        expect(h).toBeGreaterThanOrEqual(5);
        expect(h).toBeLessThanOrEqual(40);
      } else {
        expect(h).toBeGreaterThan(0);
        expect(h).toBeLessThanOrEqual(60);
      }
    }
  });
});

describe('demo accounts', () => {
  it('has a password the contracts accept, the one the README announces', () => {
    expect(PasswordSchema.safeParse(DEMO_PASSWORD).success).toBe(true);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`password of every demo account: **\`${DEMO_PASSWORD}\`**`);
  });

  it('has unique, valid, lower-case e-mails', () => {
    const emails = demoAccounts.map((a) => a.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const e of emails) expect(EmailSchema.parse(e)).toBe(e);
  });

  it('uses only roles from the contracts and existing units', () => {
    for (const a of demoAccounts) {
      expect(ROLES).toContain(a.role);
      expect(byCode.has(a.unitCode), `${a.email} → ${a.unitCode}`).toBe(true);
      expect(isNfc(a.fullName), a.fullName).toBe(true);
    }
  });

  it('has the staff accounts at the root, without phone or CCCD', () => {
    const find = (email: string) => demoAccounts.find((a) => a.email === email);
    expect(find('admin@demo.local')).toMatchObject({ role: 'admin', unitCode: 'DEMO' });
    expect(find('btc@demo.local')).toMatchObject({
      role: 'organizer',
      unitCode: 'DEMO',
      fullName: 'Ban Tổ chức Hội thi',
    });
    expect(find('baocao@demo.local')).toMatchObject({
      role: 'reporter',
      unitCode: 'DEMO',
      fullName: 'Đầu mối báo cáo',
    });
    const localOrganizers = demoAccounts.filter(
      (a) => a.role === 'organizer' && a.unitCode !== 'DEMO',
    );
    const localReporters = demoAccounts.filter(
      (a) => a.role === 'reporter' && a.unitCode !== 'DEMO',
    );
    expect(localOrganizers.length).toBeGreaterThanOrEqual(1);
    expect(localReporters.length).toBeGreaterThanOrEqual(1);
    for (const a of demoAccounts.filter((x) => x.role !== 'participant')) {
      expect(a.phone, a.email).toBeNull();
      expect(a.citizenId, a.email).toBeNull();
    }
  });

  it('has unique, normalised mobile phones for participants', () => {
    const phones = participants.map((a) => a.phone);
    expect(new Set(phones).size).toBe(phones.length);
    for (const p of phones) {
      expect(p).not.toBeNull();
      expect(p).toMatch(/^0[35789]\d{8}$/);
      expect(normalizeVnPhone(p ?? '')).toBe(p);
      expect(PhoneSchema.parse(p)).toBe(p);
    }
  });

  it('has unique, well-formed CCCDs for participants', () => {
    const ids = participants.map((a) => a.citizenId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^\d{12}$/);
      expect(CitizenIdSchema.parse(id)).toBe(id);
      const s = id ?? '';
      expect(PROVINCE_CODES.has(s.slice(0, 3)), s).toBe(true);
      expect('0123').toContain(s.charAt(3));
    }
  });

  it('has at least 24 participants thisinh01… spread over all five localities', () => {
    expect(participants.length).toBeGreaterThanOrEqual(24);
    participants.forEach((a, i) => {
      expect(a.email).toBe(`thisinh${String(i + 1).padStart(2, '0')}@demo.local`);
    });
    for (const loc of DEMO_LOCALITY_CODES) {
      const inLoc = participants.filter((a) => ancestry(a.unitCode).includes(loc));
      expect(inLoc.length, loc).toBeGreaterThanOrEqual(3);
      for (const a of inLoc) expect(a.unitCode).not.toBe(loc);
    }
    // Every participant sits inside one of the five localities.
    for (const a of participants) {
      const path = ancestry(a.unitCode);
      expect(
        DEMO_LOCALITY_CODES.some((c) => path.includes(c)),
        a.email,
      ).toBe(true);
    }
  });
});
