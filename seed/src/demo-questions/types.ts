export interface DemoQuestion {
  area:
    | 'the_che'
    | 'thu_tuc_hanh_chinh'
    | 'to_chuc_bo_may'
    | 'che_do_cong_vu'
    | 'tai_chinh_cong'
    | 'chinh_quyen_so'
    | 'chi_dao_tuyen_truyen';
  difficulty: 1 | 2 | 3;
  type: 'single' | 'true_false';
  stem: string;
  options: { text: string; correct: boolean }[];
  explanation: string;
  source: { document: string; date?: string; article?: string };
  tags: string[];
  track: 'staff' | 'citizen' | 'both';
}
