/**
 * Demo data for Hội thi CCHC: a unit tree and accounts for five localities whose 2025 CCHC
 * propaganda plans are in shared/seeds/ (000 phường Trương Quang Trọng, 001 phường Mộ Lao,
 * 002 xã Định Quán, 003 xã Phú Thái, 004 thành phố Đông Hà).
 *
 * DỮ LIỆU MINH HỌA — NOT OFFICIAL:
 * - Every `headcount` is an illustrative demo figure, not an official staffing number.
 * - People, e-mails, phone numbers and CCCD numbers are fake (CCCD: a real province code, the
 *   gender/century digit, the birth year, then made-up digits).
 * - Office names follow the "Tổ chức thực hiện" sections of the seed plans. The units marked
 *   "not in the seed" below (trạm y tế, trường học, the two wards of Đông Hà) are illustrative.
 * - The tree follows the seeds as written: Mộ Lao's plan (02/2025) still sits under quận Hà Đông
 *   and Đông Hà's plan (01/2025) is a provincial city with wards; both predate the two-level
 *   local government of 01/7/2025. Quận Hà Đông is left out: Mộ Lao hangs under Hà Nội.
 */
import type { Role, UnitGroup, UnitKind } from '@cchc/contracts';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  group: UnitGroup;
  parentCode: string | null;
  headcount: number | null;
}

export interface DemoAccount {
  email: string;
  fullName: string;
  role: Role;
  unitCode: string;
  phone: string | null;
  citizenId: string | null;
}

/** Password of every demo account. */
export const DEMO_PASSWORD = 'Demo@2025';

/** Code of the root unit. */
export const DEMO_ROOT_CODE = 'DEMO';

/** Codes of the five localities of the seed plans. */
export const DEMO_LOCALITY_CODES = ['QNG.TQT', 'HNI.MLA', 'DNI.DQU', 'HPG.PTH', 'QTR.DHA'] as const;

export const demoUnits: DemoUnit[] = [
  // Root
  {
    code: 'DEMO',
    name: 'Hệ thống thi CCHC (dữ liệu minh họa)',
    kind: 'other',
    group: 'other',
    parentCode: null,
    headcount: null,
  },

  // ── Seed 000: phường Trương Quang Trọng, tỉnh Quảng Ngãi ──────────────────────────────────
  {
    code: 'QNG',
    name: 'Tỉnh Quảng Ngãi',
    kind: 'province',
    group: 'administrative',
    parentCode: 'DEMO',
    headcount: null,
  },
  {
    code: 'QNG.TQT',
    name: 'Phường Trương Quang Trọng',
    kind: 'ward',
    group: 'commune_level',
    parentCode: 'QNG',
    headcount: null,
  },
  {
    code: 'QNG.TQT.VP',
    name: 'Văn phòng HĐND và UBND phường Trương Quang Trọng',
    kind: 'office',
    group: 'administrative',
    parentCode: 'QNG.TQT',
    headcount: 18,
  },
  {
    code: 'QNG.TQT.VHXH',
    name: 'Phòng Văn hóa - Xã hội phường Trương Quang Trọng',
    kind: 'office',
    group: 'administrative',
    parentCode: 'QNG.TQT',
    headcount: 12,
  },
  {
    code: 'QNG.TQT.PVHCC',
    name: 'Trung tâm Phục vụ hành chính công phường Trương Quang Trọng',
    kind: 'office',
    group: 'administrative',
    parentCode: 'QNG.TQT',
    headcount: 14,
  },
  {
    code: 'QNG.TQT.CUDVC',
    name: 'Trung tâm Cung ứng dịch vụ công phường Trương Quang Trọng',
    kind: 'office',
    group: 'public_service',
    parentCode: 'QNG.TQT',
    headcount: 16,
  },
  // The plan is sent to "26 Thôn, Tổ dân phố phường"; grouped here as one unit.
  {
    code: 'QNG.TQT.TDP',
    name: 'Các thôn, tổ dân phố phường Trương Quang Trọng',
    kind: 'village',
    group: 'commune_level',
    parentCode: 'QNG.TQT',
    headcount: 26,
  },

  // ── Seed 001: phường Mộ Lao, thành phố Hà Nội (plan issued under quận Hà Đông) ──────────────
  {
    code: 'HNI',
    name: 'Thành phố Hà Nội',
    kind: 'city',
    group: 'administrative',
    parentCode: 'DEMO',
    headcount: null,
  },
  {
    code: 'HNI.MLA',
    name: 'Phường Mộ Lao',
    kind: 'ward',
    group: 'commune_level',
    parentCode: 'HNI',
    headcount: null,
  },
  {
    code: 'HNI.MLA.VP',
    name: 'Văn phòng UBND phường Mộ Lao',
    kind: 'office',
    group: 'administrative',
    parentCode: 'HNI.MLA',
    headcount: 10,
  },
  {
    code: 'HNI.MLA.VHTT',
    name: 'Bộ phận Văn hóa - Thông tin phường Mộ Lao',
    kind: 'office',
    group: 'administrative',
    parentCode: 'HNI.MLA',
    headcount: 6,
  },
  {
    code: 'HNI.MLA.TPHT',
    name: 'Bộ phận Tư pháp - Hộ tịch phường Mộ Lao',
    kind: 'office',
    group: 'administrative',
    parentCode: 'HNI.MLA',
    headcount: 5,
  },
  {
    code: 'HNI.MLA.DTT',
    name: 'Đài truyền thanh phường Mộ Lao',
    kind: 'office',
    group: 'public_service',
    parentCode: 'HNI.MLA',
    headcount: 5,
  },
  // The plan is sent to "17 Tổ dân phố trên địa bàn"; grouped here as one unit.
  {
    code: 'HNI.MLA.TDP',
    name: 'Các tổ dân phố phường Mộ Lao',
    kind: 'village',
    group: 'commune_level',
    parentCode: 'HNI.MLA',
    headcount: 34,
  },

  // ── Seed 002: xã Định Quán, tỉnh Đồng Nai ────────────────────────────────────────────────
  {
    code: 'DNI',
    name: 'Tỉnh Đồng Nai',
    kind: 'province',
    group: 'administrative',
    parentCode: 'DEMO',
    headcount: null,
  },
  {
    code: 'DNI.DQU',
    name: 'Xã Định Quán',
    kind: 'commune',
    group: 'commune_level',
    parentCode: 'DNI',
    headcount: null,
  },
  {
    code: 'DNI.DQU.VP',
    name: 'Văn phòng UBND xã Định Quán',
    kind: 'office',
    group: 'administrative',
    parentCode: 'DNI.DQU',
    headcount: 20,
  },
  {
    code: 'DNI.DQU.VHXH',
    name: 'Phòng Văn hóa - Xã hội xã Định Quán',
    kind: 'office',
    group: 'administrative',
    parentCode: 'DNI.DQU',
    headcount: 11,
  },
  {
    code: 'DNI.DQU.KT',
    name: 'Phòng Kinh tế xã Định Quán',
    kind: 'office',
    group: 'administrative',
    parentCode: 'DNI.DQU',
    headcount: 9,
  },
  {
    code: 'DNI.DQU.PVHCC',
    name: 'Trung tâm Phục vụ hành chính công xã Định Quán',
    kind: 'office',
    group: 'administrative',
    parentCode: 'DNI.DQU',
    headcount: 15,
  },
  {
    code: 'DNI.DQU.DVTH',
    name: 'Trung tâm Dịch vụ tổng hợp xã Định Quán',
    kind: 'office',
    group: 'public_service',
    parentCode: 'DNI.DQU',
    headcount: 22,
  },
  // Not in the seed: illustrative.
  {
    code: 'DNI.DQU.TYT',
    name: 'Trạm Y tế xã Định Quán',
    kind: 'health_station',
    group: 'public_service',
    parentCode: 'DNI.DQU',
    headcount: 12,
  },

  // ── Seed 003: xã Phú Thái, thành phố Hải Phòng ───────────────────────────────────────────
  {
    code: 'HPG',
    name: 'Thành phố Hải Phòng',
    kind: 'city',
    group: 'administrative',
    parentCode: 'DEMO',
    headcount: null,
  },
  {
    code: 'HPG.PTH',
    name: 'Xã Phú Thái',
    kind: 'commune',
    group: 'commune_level',
    parentCode: 'HPG',
    headcount: null,
  },
  {
    code: 'HPG.PTH.VP',
    name: 'Văn phòng HĐND và UBND xã Phú Thái',
    kind: 'office',
    group: 'administrative',
    parentCode: 'HPG.PTH',
    headcount: 17,
  },
  {
    code: 'HPG.PTH.VHXH',
    name: 'Phòng Văn hóa - Xã hội xã Phú Thái',
    kind: 'office',
    group: 'administrative',
    parentCode: 'HPG.PTH',
    headcount: 10,
  },
  {
    code: 'HPG.PTH.KT',
    name: 'Phòng Kinh tế xã Phú Thái',
    kind: 'office',
    group: 'administrative',
    parentCode: 'HPG.PTH',
    headcount: 9,
  },
  {
    code: 'HPG.PTH.PVHCC',
    name: 'Trung tâm Phục vụ hành chính công xã Phú Thái',
    kind: 'office',
    group: 'administrative',
    parentCode: 'HPG.PTH',
    headcount: 13,
  },
  {
    code: 'HPG.PTH.VHTT',
    name: 'Trung tâm Văn hóa, Thể thao và Truyền thông xã Phú Thái',
    kind: 'office',
    group: 'public_service',
    parentCode: 'HPG.PTH',
    headcount: 8,
  },
  // Not in the seed: illustrative.
  {
    code: 'HPG.PTH.TH',
    name: 'Trường Tiểu học xã Phú Thái',
    kind: 'school',
    group: 'public_service',
    parentCode: 'HPG.PTH',
    headcount: 38,
  },

  // ── Seed 004: thành phố Đông Hà, tỉnh Quảng Trị ──────────────────────────────────────────
  {
    code: 'QTR',
    name: 'Tỉnh Quảng Trị',
    kind: 'province',
    group: 'administrative',
    parentCode: 'DEMO',
    headcount: null,
  },
  {
    code: 'QTR.DHA',
    name: 'Thành phố Đông Hà',
    kind: 'city',
    group: 'administrative',
    parentCode: 'QTR',
    headcount: null,
  },
  {
    code: 'QTR.DHA.VP',
    name: 'Văn phòng HĐND và UBND thành phố Đông Hà',
    kind: 'office',
    group: 'administrative',
    parentCode: 'QTR.DHA',
    headcount: 28,
  },
  {
    code: 'QTR.DHA.NV',
    name: 'Phòng Nội vụ thành phố Đông Hà',
    kind: 'department',
    group: 'administrative',
    parentCode: 'QTR.DHA',
    headcount: 12,
  },
  {
    code: 'QTR.DHA.VHTT',
    name: 'Phòng Văn hóa và Thông tin thành phố Đông Hà',
    kind: 'department',
    group: 'administrative',
    parentCode: 'QTR.DHA',
    headcount: 9,
  },
  {
    code: 'QTR.DHA.TP',
    name: 'Phòng Tư pháp thành phố Đông Hà',
    kind: 'department',
    group: 'administrative',
    parentCode: 'QTR.DHA',
    headcount: 6,
  },
  {
    code: 'QTR.DHA.TCKH',
    name: 'Phòng Tài chính - Kế hoạch thành phố Đông Hà',
    kind: 'department',
    group: 'administrative',
    parentCode: 'QTR.DHA',
    headcount: 14,
  },
  {
    code: 'QTR.DHA.TTVH',
    name: 'Trung tâm Văn hóa Thông tin - Thể dục thể thao thành phố Đông Hà',
    kind: 'office',
    group: 'public_service',
    parentCode: 'QTR.DHA',
    headcount: 24,
  },
  // The seed speaks of "UBND các phường" without naming them: these two wards are illustrative.
  {
    code: 'QTR.DHA.P1',
    name: 'Phường 1',
    kind: 'ward',
    group: 'commune_level',
    parentCode: 'QTR.DHA',
    headcount: 22,
  },
  {
    code: 'QTR.DHA.DLG',
    name: 'Phường Đông Lương',
    kind: 'ward',
    group: 'commune_level',
    parentCode: 'QTR.DHA',
    headcount: 20,
  },
];

/** Staff accounts: no phone, no CCCD. */
const staffAccounts: DemoAccount[] = [
  {
    email: 'admin@demo.local',
    fullName: 'Quản trị hệ thống',
    role: 'admin',
    unitCode: 'DEMO',
    phone: null,
    citizenId: null,
  },
  {
    email: 'btc@demo.local',
    fullName: 'Ban Tổ chức Hội thi',
    role: 'organizer',
    unitCode: 'DEMO',
    phone: null,
    citizenId: null,
  },
  {
    email: 'baocao@demo.local',
    fullName: 'Đầu mối báo cáo',
    role: 'reporter',
    unitCode: 'DEMO',
    phone: null,
    citizenId: null,
  },
  {
    email: 'btc.molao@demo.local',
    fullName: 'Ban Tổ chức phường Mộ Lao',
    role: 'organizer',
    unitCode: 'HNI.MLA',
    phone: null,
    citizenId: null,
  },
  {
    email: 'baocao.molao@demo.local',
    fullName: 'Đầu mối báo cáo phường Mộ Lao',
    role: 'reporter',
    unitCode: 'HNI.MLA',
    phone: null,
    citizenId: null,
  },
];

/**
 * Participants: [fullName, unitCode, phone, CCCD]. CCCD = province code (051 Quảng Ngãi,
 * 001 Hà Nội, 075 Đồng Nai, 031 Hải Phòng, 030 Hải Dương, 045 Quảng Trị) + gender/century digit
 * (0 nam / 1 nữ, born 19xx; 2 nam / 3 nữ, born 20xx) + two-digit birth year + six made-up digits.
 */
const participantRows: ReadonlyArray<readonly [string, string, string, string]> = [
  // Phường Trương Quang Trọng
  ['Nguyễn Văn Hùng', 'QNG.TQT.VP', '0905214367', '051085012734'],
  ['Trần Thị Thu Hà', 'QNG.TQT.VHXH', '0935118246', '051190004518'],
  ['Lê Minh Tuấn', 'QNG.TQT.PVHCC', '0978402615', '051093027461'],
  ['Huỳnh Thị Mỹ Linh', 'QNG.TQT.CUDVC', '0362745108', '051198013952'],
  ['Võ Đình Khoa', 'QNG.TQT.TDP', '0868330492', '051076008315'],
  // Phường Mộ Lao
  ['Phạm Thị Lan Anh', 'HNI.MLA.VP', '0912576031', '001188020647'],
  ['Đỗ Quang Huy', 'HNI.MLA.VHTT', '0983640275', '001091035182'],
  ['Ngô Thị Hồng Nhung', 'HNI.MLA.TPHT', '0346912508', '001195006423'],
  ['Vũ Đức Thắng', 'HNI.MLA.DTT', '0703158649', '001082019376'],
  ['Bùi Thị Thanh Hương', 'HNI.MLA.TDP', '0886247913', '001172011058'],
  // Xã Định Quán
  ['Phan Thanh Tùng', 'DNI.DQU.VP', '0918863420', '075087024196'],
  ['Dương Thị Ngọc Hân', 'DNI.DQU.VHXH', '0376508194', '075300003587'],
  ['Hồ Văn Phúc', 'DNI.DQU.KT', '0789214056', '075090016243'],
  ['Lý Thị Kim Ngân', 'DNI.DQU.PVHCC', '0565931287', '075196029814'],
  ['Đặng Minh Khang', 'DNI.DQU.TYT', '0822476305', '075094007629'],
  // Xã Phú Thái
  ['Nguyễn Thị Phương Thảo', 'HPG.PTH.VHXH', '0936705812', '030192018475'],
  ['Trần Văn Long', 'HPG.PTH.VP', '0389162734', '030084026391'],
  ['Hoàng Thị Mai', 'HPG.PTH.KT', '0974381560', '031189005762'],
  ['Vũ Văn Nam', 'HPG.PTH.PVHCC', '0813629047', '030097031248'],
  ['Đỗ Thị Yến', 'HPG.PTH.TH', '0947058326', '030186012907'],
  // Thành phố Đông Hà
  ['Lê Thị Thanh Tâm', 'QTR.DHA.NV', '0914287650', '045187009134'],
  ['Hoàng Văn Dũng', 'QTR.DHA.VP', '0395436821', '045080021567'],
  ['Phan Thị Diệu Linh', 'QTR.DHA.VHTT', '0768904173', '045199014826'],
  ['Nguyễn Hữu Thành', 'QTR.DHA.P1', '0856713492', '045089030715'],
  ['Trần Thị Bích Ngọc', 'QTR.DHA.DLG', '0889520364', '045194002381'],
  ['Võ Văn Quang', 'QTR.DHA.TTVH', '0392675108', '045201017493'],
];

const participantAccounts: DemoAccount[] = participantRows.map(
  ([fullName, unitCode, phone, citizenId], i) => ({
    email: `thisinh${String(i + 1).padStart(2, '0')}@demo.local`,
    fullName,
    role: 'participant',
    unitCode,
    phone,
    citizenId,
  }),
);

export const demoAccounts: DemoAccount[] = [...staffAccounts, ...participantAccounts];
