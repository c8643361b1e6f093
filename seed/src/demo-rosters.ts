import { foldVietnamese, type UnitKind } from '@cchc/contracts';
import { FAMILY, GIVEN, MIDDLE, rng } from './demo-contest.js';
import type { SqlRunner } from './loader.js';

/** Share of a demo roster linked to accounts at most: the rest are who has not taken part. */
export const DEMO_ROSTER_LINKED_SHARE = 0.8;

/** Mã tỉnh of the CCCD, by the locality code the demo unit codes start with. */
const PROVINCE_OF: Record<string, string> = {
  QNG: '051',
  HNI: '001',
  DNI: '075',
  HPG: '031',
  QTR: '045',
};

const LEAD: Partial<Record<UnitKind, string>> = {
  school: 'Hiệu trưởng',
  health_station: 'Trạm trưởng',
  village: 'Tổ trưởng tổ dân phố',
  department: 'Trưởng phòng',
};

const STAFF: Partial<Record<UnitKind, string[]>> = {
  school: [
    'Giáo viên',
    'Giáo viên',
    'Giáo viên',
    'Kế toán',
    'Nhân viên văn thư',
    'Phó Hiệu trưởng',
  ],
  health_station: ['Bác sĩ', 'Y sĩ', 'Điều dưỡng', 'Dược sĩ', 'Hộ sinh'],
  village: [
    'Tổ phó tổ dân phố',
    'Công an viên',
    'Chi hội trưởng Chi hội Phụ nữ',
    'Bí thư Chi đoàn',
  ],
};

const OFFICE_STAFF = [
  'Chuyên viên',
  'Chuyên viên',
  'Chuyên viên',
  'Công chức Văn hóa - Xã hội',
  'Công chức Văn phòng - Thống kê',
  'Công chức Tư pháp - Hộ tịch',
  'Công chức Địa chính - Xây dựng',
  'Công chức Tài chính - Kế toán',
  'Phó Chủ tịch UBND',
  'Phó Trưởng phòng',
  'Kế toán',
  'Văn thư',
  'Nhân viên hợp đồng',
];

export interface DemoRosterUnit {
  id: string;
  code: string;
  kind: UnitKind;
  headcount: number | null;
}

/** An account the roster of its unit links to (demo contest entrants, demo participants). */
export interface DemoRosterAccount {
  id: string;
  unitId: string;
  fullName: string;
  phone: string | null;
  citizenId: string | null;
}

export interface DemoRosterEntry {
  unitId: string;
  fullName: string;
  citizenId: string;
  phone: string;
  position: string;
  userId: string | null;
}

/**
 * Staff lists of the demo units: exactly `headcount` people per unit with a headcount. Accounts
 * of the unit (named participants first, then contest entrants) take the first slots, up to 80%
 * of the list, so most units show people who have not taken part; entrants beyond that stay
 * unlinked, as people who register with a number the list does not have. Everyone else is made
 * up: Vietnamese-looking names, CCCD with the province code of the locality, phones 0869…
 */
export function buildDemoRosters(
  units: DemoRosterUnit[],
  accounts: DemoRosterAccount[],
  seed = 76,
): DemoRosterEntry[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const out: DemoRosterEntry[] = [];
  let phoneSeq = 0;
  // Made-up CCCDs never repeat anywhere in the tree, nor take a demo account's.
  const taken = new Set(accounts.flatMap((a) => (a.citizenId ? [a.citizenId] : [])));
  for (const unit of units) {
    if (!unit.headcount) continue;
    const province = PROVINCE_OF[unit.code.split('.')[0]!] ?? '001';
    const mine = accounts.filter((a) => a.unitId === unit.id);
    const linkable = mine.slice(0, Math.floor(unit.headcount * DEMO_ROSTER_LINKED_SHARE));
    const fakeCitizenId = () => {
      for (;;) {
        const born = 1965 + Math.floor(random() * 40);
        const female = random() < 0.5 ? 1 : 0;
        const century = (born >= 2000 ? 2 : 0) + female;
        const id = `${province}${century}${String(born % 100).padStart(2, '0')}${digits(6)}`;
        if (!taken.has(id)) {
          taken.add(id);
          return id;
        }
      }
    };
    const positions = STAFF[unit.kind] ?? OFFICE_STAFF;
    for (let slot = 0; slot < unit.headcount; slot++) {
      const position = slot === 0 ? (LEAD[unit.kind] ?? 'Trưởng phòng') : pick(positions);
      const account = linkable[slot];
      const fakePhone = `0869${String(100000 + phoneSeq++).padStart(6, '0')}`;
      out.push({
        unitId: unit.id,
        fullName: account?.fullName ?? `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
        citizenId: account?.citizenId ?? fakeCitizenId(),
        phone: account?.phone ?? fakePhone,
        position,
        userId: account?.id ?? null,
      });
    }
  }
  return out;
}

/** Inserts the demo staff lists as each unit's first list (valid_from NULL). */
export async function loadDemoRosters(
  db: SqlRunner,
  units: DemoRosterUnit[],
  accounts: DemoRosterAccount[],
): Promise<{ entries: number; linked: number }> {
  const rows = buildDemoRosters(units, accounts);
  await db.query(
    `INSERT INTO roster_entries (unit_id, full_name, name_folded, citizen_id, phone, position,
                                 user_id, linked_by)
     SELECT x.unit_id, x.full_name, x.name_folded, x.citizen_id, x.phone, x.position, x.user_id,
            CASE WHEN x.user_id IS NOT NULL THEN 'auto' END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[])
            AS x(unit_id, full_name, name_folded, citizen_id, phone, position, user_id)`,
    [
      rows.map((r) => r.unitId),
      rows.map((r) => r.fullName),
      rows.map((r) => foldVietnamese(r.fullName)),
      rows.map((r) => r.citizenId),
      rows.map((r) => r.phone),
      rows.map((r) => r.position),
      rows.map((r) => r.userId),
    ],
  );
  return { entries: rows.length, linked: rows.filter((r) => r.userId).length };
}
