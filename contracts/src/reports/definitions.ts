/**
 * How participation figures are counted, in words: printed in the footer of every export and
 * shown beside each number on the dashboard, so the screen and the paper say the same thing.
 * Vietnamese is the official wording (exports, frozen reports); English is for the English
 * interface.
 */

/**
 * The counting rules reports have been made by.
 * - `staff_list` (since 12/2026): where a unit has a staff list, only the people on it count as
 *   participants, so participants + non-participants = headcount; people who took part there
 *   without being on any list are reported beside it (off-list).
 * - `unit_of_attempt` (before): every person who took part in a unit counted there, on a list or
 *   not. Reports frozen under it keep their figures and say so.
 */
export const COUNTING_RULES = ['staff_list', 'unit_of_attempt'] as const;
export type CountingRule = (typeof COUNTING_RULES)[number];
export const CURRENT_COUNTING_RULE: CountingRule = 'staff_list';

export type DefinitionLang = 'vi' | 'en';

/** Each figure of a participation report that needs explaining. */
export const FIGURE_TERMS = [
  'participants',
  'offList',
  'attempts',
  'rate',
  'headcount',
  'quality',
  'averageScore',
] as const;
export type FigureTerm = (typeof FIGURE_TERMS)[number];

type Terms = Record<FigureTerm, string>;

const SHARED: Record<DefinitionLang, Omit<Terms, 'participants' | 'offList' | 'attempts'>> = {
  vi: {
    rate: 'Tỷ lệ = Số người tham gia / Tổng số CBCCVC-NLĐ, không làm tròn xuống 100% (tỷ lệ vượt 100% được giữ nguyên và ghi chú).',
    headcount:
      'Tổng số CBCCVC-NLĐ = số người trong danh sách cán bộ của đơn vị nếu có, nếu không là số đơn vị khai báo gần nhất tính đến ngày chốt; đơn vị cấp trên = tổng các đơn vị trực thuộc.',
    quality:
      'Nhóm chất lượng tính theo bài tốt nhất của mỗi người tham gia (Đúng 100%; từ 75% đến dưới 100%; từ 25% đến dưới 75%; dưới 25%; không câu đúng).',
    averageScore: 'Điểm TB = trung bình (số câu đúng / tổng số câu × 10) trên các bài đã nộp.',
  },
  en: {
    rate: 'Rate = participants / total staff, never capped at 100% (a rate over 100% is kept and flagged).',
    headcount:
      "Total staff = the people on the unit's staff list where it has one, otherwise the unit's latest declared headcount as of the cut-off; a parent unit adds up its sub-units.",
    quality:
      "Quality groups go by each participant's best attempt (100% correct; 75% to under 100%; 25% to under 75%; under 25%; none correct).",
    averageScore:
      'Average score = mean of (correct answers / questions × 10) over submitted attempts.',
  },
};

const RULE_TERMS: Record<
  CountingRule,
  Record<DefinitionLang, Pick<Terms, 'participants' | 'offList' | 'attempts'>>
> = {
  staff_list: {
    vi: {
      participants:
        'Số người tham gia = số người khác nhau có ít nhất 1 bài thi đã nộp. Ở đơn vị có danh sách cán bộ chỉ tính người có tên trong danh sách tại ngày chốt (dù dự thi ở đơn vị nào), nên Số người tham gia + Số người chưa tham gia = Tổng số CBCCVC-NLĐ; ở đơn vị chưa có danh sách tính mọi người dự thi tại đơn vị.',
      offList:
        'Tham gia nhưng chưa có trong danh sách = người đã dự thi tại đơn vị có danh sách cán bộ nhưng không có tên trong danh sách nào tại ngày chốt; báo cáo riêng, không tính vào Số người tham gia và Tỷ lệ.',
      attempts:
        'Số lượt = số bài thi đã nộp (kể cả bài hết giờ được hệ thống tự nộp) của những người được tính ở Số người tham gia.',
    },
    en: {
      participants:
        'Participants = distinct people with at least 1 submitted attempt. In a unit with a staff list only the people on the list at the cut-off count (wherever they took part), so participants + non-participants = total staff; in a unit without a list everyone who took part there counts.',
      offList:
        'Took part, not on the list = people who took part in a unit that has a staff list without being on any list at the cut-off; reported separately, not counted in participants or the rate.',
      attempts:
        'Attempts = submitted attempts (including those auto-submitted when time ran out) of the people counted as participants.',
    },
  },
  unit_of_attempt: {
    vi: {
      participants: 'Số người = số người khác nhau có ít nhất 1 bài thi đã nộp.',
      offList:
        'Quy tắc tính trước 12/2026: người dự thi chưa có tên trong danh sách cán bộ vẫn được tính vào Số người và Tỷ lệ của đơn vị nơi họ dự thi.',
      attempts: 'Số lượt = số bài thi đã nộp (kể cả bài hết giờ được hệ thống tự nộp).',
    },
    en: {
      participants: 'Participants = distinct people with at least 1 submitted attempt.',
      offList:
        'Counting rule before 12/2026: people who took part without being on a staff list were counted in the participants and rate of the unit they took part in.',
      attempts: 'Attempts = submitted attempts (including those auto-submitted when time ran out).',
    },
  },
};

/** The definition of each figure under a counting rule, in one language. */
export function figureTerms(rule: CountingRule, lang: DefinitionLang): Terms {
  return { ...SHARED[lang], ...RULE_TERMS[rule][lang] };
}

/** The definitions printed under a participation export (SPEC §4), in their printed order. */
export function participationDefinitions(rule: CountingRule, lang: DefinitionLang): string[] {
  const t = figureTerms(rule, lang);
  return [t.participants, t.offList, t.attempts, t.rate, t.headcount, t.quality, t.averageScore];
}

/** One line naming the rule a report was counted by (shown with frozen reports). */
export const COUNTING_RULE_LABEL: Record<CountingRule, Record<DefinitionLang, string>> = {
  staff_list: {
    vi: 'Quy tắc tính: theo danh sách cán bộ (người ngoài danh sách báo cáo riêng).',
    en: 'Counting rule: by staff list (people not on a list reported separately).',
  },
  unit_of_attempt: {
    vi: 'Quy tắc tính cũ (trước 12/2026): người ngoài danh sách cán bộ được tính vào đơn vị nơi dự thi.',
    en: 'Former counting rule (before 12/2026): people not on a staff list counted in the unit they took part in.',
  },
};
