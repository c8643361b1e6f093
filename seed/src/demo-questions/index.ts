import { cheDoCongVu } from './che-do-cong-vu.js';
import { chiDaoTuyenTruyen } from './chi-dao-tuyen-truyen.js';
import { chinhQuyenSo } from './chinh-quyen-so.js';
import { taiChinhCong } from './tai-chinh-cong.js';
import { theChe } from './the-che.js';
import { thuTucHanhChinh } from './thu-tuc-hanh-chinh.js';
import { toChucBoMay } from './to-chuc-bo-may.js';
import type { DemoQuestion } from './types.js';

export type { DemoQuestion } from './types.js';

/** The demo bank: every question grounded in the five 2025 plans or shared/CCHC-FACTS.md. */
export const demoQuestions: DemoQuestion[] = [
  ...theChe,
  ...thuTucHanhChinh,
  ...toChucBoMay,
  ...cheDoCongVu,
  ...taiChinhCong,
  ...chinhQuyenSo,
  ...chiDaoTuyenTruyen,
];
