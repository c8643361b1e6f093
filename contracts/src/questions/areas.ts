/**
 * The seven default question areas: the six reform areas of Nghị quyết 76/NQ-CP plus
 * "Chỉ đạo, điều hành và tuyên truyền CCHC". Organisers may add their own areas.
 */
export const DEFAULT_AREAS = [
  { code: 'the_che', name: 'Cải cách thể chế' },
  { code: 'thu_tuc_hanh_chinh', name: 'Cải cách thủ tục hành chính' },
  { code: 'to_chuc_bo_may', name: 'Cải cách tổ chức bộ máy hành chính nhà nước' },
  { code: 'che_do_cong_vu', name: 'Cải cách chế độ công vụ' },
  { code: 'tai_chinh_cong', name: 'Cải cách tài chính công' },
  { code: 'chinh_quyen_so', name: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số' },
  { code: 'chi_dao_tuyen_truyen', name: 'Chỉ đạo, điều hành và tuyên truyền cải cách hành chính' },
] as const;
export type DefaultAreaCode = (typeof DEFAULT_AREAS)[number]['code'];
