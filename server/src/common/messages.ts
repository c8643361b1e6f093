import type { ErrorCode, IssueCode } from '@cchc/contracts';

export type Lang = 'vi' | 'en';

/** Validation issue as it leaves the server: path + a message key, with both texts. */
export interface RawIssue {
  path: string;
  key: string;
  vi: string;
  en: string;
}

/** Human messages per error code; Vietnamese is the default language of the API. */
export const ERROR_MESSAGES: Record<ErrorCode, Record<Lang, string>> = {
  validation_failed: { vi: 'Dữ liệu không hợp lệ.', en: 'The request is not valid.' },
  unauthenticated: {
    vi: 'Bạn cần đăng nhập để tiếp tục.',
    en: 'You need to sign in to continue.',
  },
  invalid_credentials: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  account_inactive: {
    vi: 'Tài khoản này đã bị khóa. Hãy liên hệ đầu mối của đơn vị hoặc Ban tổ chức.',
    en: 'This account has been deactivated. Contact your unit’s focal person or the organisers.',
  },
  // told only to whoever knows the password, like account_inactive
  account_merged: {
    vi: 'Tài khoản này đã được gộp vào một tài khoản khác của bạn (tài khoản trong danh sách cán bộ của đơn vị). Hãy đăng nhập bằng tài khoản đó; nếu chưa có mật khẩu, hãy xin đầu mối của đơn vị mã kích hoạt.',
    en: 'This account was merged into your other account (the one on your unit’s staff list). Sign in with that one; if it has no password yet, ask your unit’s focal person for an activation code.',
  },
  // One answer for a wrong, expired or used code, or an unknown username: a guesser learns nothing.
  invalid_code: {
    vi: 'Tên đăng nhập hoặc mã kích hoạt không đúng, hoặc mã đã hết hạn hay đã được dùng. Hãy xin đầu mối của đơn vị một mã mới.',
    en: 'Wrong username or code, or the code has expired or was already used. Ask your unit’s focal person for a new code.',
  },
  email_reset_unavailable: {
    vi: 'Trang này không gửi email đặt lại mật khẩu. Hãy liên hệ cán bộ đầu mối (người phụ trách báo cáo) của đơn vị để được cấp mã đặt lại mật khẩu.',
    en: 'This site does not send password reset emails. Ask your unit’s focal person (the one in charge of reporting) for a reset code.',
  },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You may not do this.' },
  not_found: { vi: 'Không tìm thấy dữ liệu.', en: 'Not found.' },
  conflict: { vi: 'Dữ liệu bị trùng hoặc xung đột.', en: 'Conflict with existing data.' },
  duplicate_phone: {
    vi: 'Số điện thoại này đã được đăng ký.',
    en: 'This phone number is already registered.',
  },
  duplicate_email: { vi: 'Email này đã được đăng ký.', en: 'This email is already registered.' },
  duplicate_citizen_id: {
    vi: 'Số CCCD này đã được đăng ký.',
    en: 'This citizen ID is already registered.',
  },
  // One answer whichever of phone, email or CCCD clashed: registration must not tell a stranger
  // which of someone's details are on file.
  already_registered: {
    vi: 'Thông tin đăng ký trùng với một tài khoản đã có. Nếu đó là tài khoản của bạn, hãy đăng nhập bằng số điện thoại hoặc email đã đăng ký; nếu quên mật khẩu hoặc không nhận ra tài khoản này, hãy liên hệ đầu mối của đơn vị hoặc Ban tổ chức để được hỗ trợ.',
    en: 'These details match an existing account. If it is yours, sign in with the phone number or email you registered; if you forgot the password or do not recognise the account, contact your unit’s focal person or the organisers for help.',
  },
  // Registration with the phone or CCCD of an account made from a staff list and not activated
  // yet: the person should use the code on their login slip (auth.service.ts says what it reveals).
  use_activation_code: {
    vi: 'Số điện thoại này đã có tài khoản do đơn vị tạo sẵn. Hãy dùng mã kích hoạt trên phiếu đăng nhập để vào lần đầu và đặt mật khẩu; nếu chưa nhận được phiếu, hãy hỏi đầu mối của đơn vị.',
    en: 'Your unit has already created an account for this phone number. Use the activation code on your login slip to sign in for the first time and set a password; if you have not received a slip, ask your unit’s focal person.',
  },
  duplicate_code: { vi: 'Mã đơn vị đã tồn tại.', en: 'This unit code already exists.' },
  duplicate_question: {
    vi: 'Câu hỏi này đã có trong ngân hàng (trùng nội dung).',
    en: 'This question is already in the bank (same stem).',
  },
  duplicate_slug: {
    vi: 'Đường dẫn này đã được dùng cho một cuộc thi khác.',
    en: 'This address is already used by another contest.',
  },
  too_many_rows: {
    vi: 'Tệp có quá nhiều câu hỏi (tối đa {max}).',
    en: 'The file has too many questions (at most {max}).',
  },
  round_not_open: {
    vi: 'Đợt thi chưa mở hoặc đã đóng.',
    en: 'The round is not open.',
  },
  round_has_attempts: {
    vi: 'Đợt thi đã có người dự thi: không thể đổi đề, thời gian làm bài hay cách tính điểm.',
    en: 'The round already has attempts: its draw, timing and scoring can no longer change.',
  },
  round_not_closed: {
    vi: 'Đợt thi chưa kết thúc, chưa thể chốt kết quả.',
    en: 'The round has not closed yet; results cannot be finalised.',
  },
  // LIVE MODE, NOT BUILT YET: see CreateRoundSchema.mode.
  live_mode_unavailable: {
    vi: 'Chế độ thi trực tiếp (live) chưa được hỗ trợ; hãy tạo đợt thi tự làm bài (self_paced).',
    en: 'Live (host-paced) rounds are not available yet; create a self-paced round.',
  },
  bank_insufficient: {
    vi: 'Ngân hàng câu hỏi không đủ câu cho cơ cấu đề.',
    en: 'The question bank cannot supply this draw blueprint.',
  },
  invalid_transition: {
    vi: 'Không thể chuyển trạng thái như vậy.',
    en: 'This status change is not allowed.',
  },
  not_eligible: {
    vi: 'Bạn không thuộc đối tượng dự thi của đợt thi này.',
    en: 'You are not eligible for this round.',
  },
  merge_not_allowed: {
    vi: 'Không thể gộp hai tài khoản này: chỉ gộp được hai tài khoản khác nhau của thí sinh hoặc đầu mối báo cáo, và tài khoản đã gộp không gộp lại được.',
    en: 'These accounts cannot be merged: only two different participant or reporter accounts can be, and an account already merged cannot be merged again.',
  },
  unit_change_pending: {
    vi: 'Bạn đang có một đề nghị chuyển đơn vị chờ duyệt. Hãy rút đề nghị đó trước khi gửi đề nghị mới.',
    en: 'You already have a unit change request awaiting approval. Withdraw it before sending a new one.',
  },
  unit_change_same_unit: {
    vi: 'Bạn đang thuộc đơn vị này rồi: hãy chọn đơn vị khác.',
    en: 'You already belong to this unit: choose another one.',
  },
  merge_open_attempts: {
    vi: 'Cả hai tài khoản đang làm dở bài trong cùng một đợt thi ({rounds}): hãy chờ các bài này được nộp hoặc hết giờ rồi gộp lại. Chưa có gì thay đổi.',
    en: 'Both accounts have an attempt in progress in the same round ({rounds}): wait until those are submitted or time out, then merge again. Nothing was changed.',
  },
  max_attempts_reached: {
    vi: 'Bạn đã dùng hết số lượt thi của đợt này.',
    en: 'You have used every attempt of this round.',
  },
  deadline_passed: {
    vi: 'Đã hết thời gian làm bài.',
    en: 'The time for this attempt is up.',
  },
  attempt_closed: {
    vi: 'Bài thi đã nộp.',
    en: 'This attempt has already been submitted.',
  },
  attempt_not_owned: {
    vi: 'Bài thi này thuộc tài khoản khác. Hãy đăng nhập bằng tài khoản đã làm bài để lưu câu trả lời.',
    en: 'This attempt belongs to another account. Log in with the account that started it to save the answers.',
  },
  attempt_incomplete: {
    vi: 'Bạn cần trả lời tất cả câu hỏi và câu dự đoán trước khi nộp bài.',
    en: 'Answer every question and the prediction before submitting.',
  },
  reason_required: {
    vi: 'Cần nêu lý do để thực hiện thao tác này.',
    en: 'A reason is required for this action.',
  },
  unit_has_children: {
    vi: 'Đơn vị còn đơn vị trực thuộc.',
    en: 'The unit still has child units.',
  },
  unit_inactive: {
    vi: 'Đơn vị đã ngừng hoạt động (đã sáp nhập).',
    en: 'The unit is no longer active (merged).',
  },
  file_too_large: {
    vi: 'Tệp quá lớn (tối đa {max} MB).',
    en: 'The file is too large (at most {max} MB).',
  },
  file_invalid: {
    vi: 'Không đọc được tệp: tệp hỏng hoặc sai định dạng (chấp nhận .xlsx, .csv).',
    en: 'The file cannot be read: it is damaged or not .xlsx/.csv.',
  },
  archive_too_large: {
    vi: 'Tệp nén vượt giới hạn khi giải nén (tối đa {maxMb} MB, {maxEntries} thành phần, {maxEntryMb} MB mỗi thành phần); có thể là tệp nén độc hại (zip bomb). Chưa có dữ liệu nào được ghi.',
    en: 'Once inflated, the archive exceeds the limits (at most {maxMb} MB, {maxEntries} entries, {maxEntryMb} MB per entry); it may be a zip bomb. Nothing was written.',
  },
  file_too_complex: {
    vi: 'Tệp quá phức tạp: không đọc xong trong {seconds} giây với {memoryMb} MB bộ nhớ. Hãy chia tệp thành nhiều tệp nhỏ rồi thử lại. Chưa có dữ liệu nào được ghi.',
    en: 'The file is too complex to read within {seconds} s and {memoryMb} MB of memory. Split it into smaller files and try again. Nothing was written.',
  },
  import_failed: {
    vi: 'Tệp có {count} lỗi; chưa có dữ liệu nào được ghi.',
    en: 'The file has {count} errors; nothing was written.',
  },
  rate_limited: {
    vi: 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many attempts. Try again in {seconds} seconds.',
  },
  registration_limited: {
    vi: 'Có quá nhiều lượt đăng ký từ cùng một mạng. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many registrations from this network. Try again in {seconds} seconds.',
  },
  payload_too_large: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  internal_error: {
    vi: 'Đã có lỗi hệ thống. Vui lòng thử lại.',
    en: 'Something went wrong on the server. Please try again.',
  },
  database_unavailable: {
    vi: 'Hệ thống đang khởi động lại cơ sở dữ liệu. Vui lòng thử lại sau ít giây.',
    en: 'The database is restarting. Please try again in a few seconds.',
  },
};

type Texts = Record<Lang, string>;

/**
 * The words for every issue code the contracts schemas emit (ISSUE_CODES): the type makes a
 * missing one a compile error, and messages.spec.ts checks both languages are filled.
 */
export const CONTRACT_ISSUE_MESSAGES: Record<IssueCode, Texts> = {
  text_invalid_char: {
    vi: 'Có ký tự không hợp lệ (ký tự điều khiển, ký tự rỗng hoặc mã Unicode hỏng); hãy gõ lại nội dung.',
    en: 'Contains a character that is not allowed (control, NUL or broken Unicode); type it again.',
  },
  date_out_of_range: {
    vi: 'Ngày phải nằm trong khoảng năm 2000 đến năm 2100.',
    en: 'The date must fall between the years 2000 and 2100.',
  },
  phone_invalid: {
    vi: 'Số điện thoại không hợp lệ (ví dụ 0912345678 hoặc +84912345678).',
    en: 'Invalid phone number (e.g. 0912345678 or +84912345678).',
  },
  citizen_id_invalid: {
    vi: 'Số CCCD phải gồm đúng 12 chữ số.',
    en: 'The citizen ID must have exactly 12 digits.',
  },
  email_invalid: { vi: 'Email không hợp lệ.', en: 'Invalid email address.' },
  password_too_short: {
    vi: 'Mật khẩu phải có ít nhất 8 ký tự.',
    en: 'The password must have at least 8 characters.',
  },
  consent_required: {
    vi: 'Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân.',
    en: 'You must consent to the processing of personal data.',
  },
  unit_code_invalid: {
    vi: 'Mã đơn vị chỉ gồm chữ, số và các ký tự _ . - (tối đa 40 ký tự).',
    en: 'A unit code has letters, digits and _ . - only (at most 40).',
  },
  form_text_invalid: {
    vi: 'Có ký tự không in được (ký tự điều khiển); hãy gõ lại nội dung.',
    en: 'Contains characters that cannot be printed (control characters); type it again.',
  },
  form_lines_max_1: { vi: 'Chỉ được một dòng.', en: 'One line only.' },
  form_lines_max_2: { vi: 'Tối đa 2 dòng.', en: 'At most 2 lines.' },
  form_lines_max_3: { vi: 'Tối đa 3 dòng.', en: 'At most 3 lines.' },
  form_line_too_long: {
    vi: 'Mỗi dòng tối đa 100 ký tự.',
    en: 'At most 100 characters per line.',
  },
  citizen_id_leading_zero: {
    vi: 'CCCD phải có đủ 12 chữ số — Excel có thể đã bỏ số 0 ở đầu; hãy định dạng cột CCCD là Văn bản (Text).',
    en: 'The citizen ID must have 12 digits — Excel may have dropped the leading zero; format the CCCD column as Text.',
  },
  roster_identity_required: {
    vi: 'Cần có Số CCCD hoặc Số điện thoại (ít nhất một trong hai).',
    en: 'Give the citizen ID or the phone number (at least one of them).',
  },
  area_code_invalid: {
    vi: 'Mã lĩnh vực chỉ gồm chữ thường, số và dấu _.',
    en: 'An area code has lowercase letters, digits and _.',
  },
  options_count: {
    vi: 'Câu hỏi phải có từ 2 đến 6 phương án.',
    en: 'A question needs 2 to 6 options.',
  },
  no_correct_option: { vi: 'Chưa có đáp án đúng.', en: 'No correct answer is marked.' },
  single_needs_one_correct: {
    vi: 'Câu hỏi một đáp án chỉ được có đúng một đáp án đúng.',
    en: 'A single-choice question has exactly one correct answer.',
  },
  true_false_two_options: {
    vi: 'Câu Đúng/Sai phải có đúng 2 phương án.',
    en: 'A true/false question has exactly 2 options.',
  },
  duplicate_option: { vi: 'Hai phương án trùng nhau.', en: 'Two options are the same.' },
  option_id_invalid: {
    vi: 'Mã phương án không hợp lệ.',
    en: 'The option id is not valid.',
  },
  slug_invalid: {
    vi: 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (3–80 ký tự).',
    en: 'An address has lowercase letters, digits and hyphens only (3–80 characters).',
  },
  tracks_required: {
    vi: 'Chọn ít nhất một đối tượng dự thi.',
    en: 'Choose at least one track.',
  },
  excluded_needs_id: {
    vi: 'Người không được dự thi cần có số CCCD hoặc số điện thoại.',
    en: 'An excluded person needs a citizen ID or a phone number.',
  },
  closes_before_opens: {
    vi: 'Thời điểm đóng phải sau thời điểm mở.',
    en: 'The round must close after it opens.',
  },
  year_required: {
    vi: 'Cần chọn năm cho kỳ báo cáo.',
    en: 'A reporting period needs a year.',
  },
  range_invalid: {
    vi: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.',
    en: 'The end date cannot be before the start date.',
  },
};

/** Field messages the server's own rules give (imports, lookups, rules a schema cannot see). */
const SERVER_FIELD_MESSAGES = {
  password_too_common: {
    vi: 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác (ví dụ một câu ngắn dễ nhớ).',
    en: 'This password is too common and easy to guess. Choose another (a short sentence is easy to remember).',
  },
  roster_citizen_id_repeated: {
    vi: 'Số CCCD trùng với dòng {row}.',
    en: 'Same citizen ID as row {row}.',
  },
  roster_phone_repeated: {
    vi: 'Số điện thoại trùng với dòng {row}.',
    en: 'Same phone number as row {row}.',
  },
  roster_citizen_id_taken: {
    vi: 'Số CCCD này đang thuộc về một người khác trong danh sách của đơn vị.',
    en: 'This citizen ID belongs to another person on the unit’s list.',
  },
  roster_phone_taken: {
    vi: 'Số điện thoại này đang thuộc về một người khác trong danh sách của đơn vị.',
    en: 'This phone number belongs to another person on the unit’s list.',
  },
  roster_too_many_rows: {
    vi: 'Tệp có quá nhiều dòng (tối đa {max} người cho một đơn vị).',
    en: 'The file has too many rows (at most {max} people per unit).',
  },
  users_bulk_too_many: {
    vi: 'Chọn quá nhiều tài khoản (tối đa {max} tài khoản mỗi lần).',
    en: 'Too many accounts selected (at most {max} at a time).',
  },
  integrity_no_identity: {
    vi: 'Tài khoản này không có số CCCD hay số điện thoại để đưa vào danh sách loại trừ.',
    en: 'This account has no citizen ID or phone number to put on the excluded list.',
  },
  roster_link_participant_only: {
    vi: 'Chỉ liên kết được với tài khoản thí sinh.',
    en: 'Only participant accounts can be linked.',
  },
  roster_account_listed: {
    vi: 'Người này đã có tên trong danh sách cán bộ của {unit}.',
    en: 'This person is already on the staff list of {unit}.',
  },
  roster_account_no_identity: {
    vi: 'Tài khoản chưa có số CCCD hoặc số điện thoại nên chưa thể đưa vào danh sách cán bộ.',
    en: 'The account has neither a CCCD nor a phone number, so it cannot go on a staff list.',
  },
  roster_identity_taken: {
    vi: 'Danh sách đã có người cùng số CCCD hoặc số điện thoại ({name}): hãy gắn tài khoản với người đó.',
    en: 'The list already has someone with the same CCCD or phone ({name}): link the account to them instead.',
  },
  unknown_unit: { vi: 'Đơn vị không tồn tại.', en: 'Unknown unit.' },
  unknown_parent: {
    vi: 'Không tìm thấy đơn vị cấp trên với mã này.',
    en: 'No parent unit with this code.',
  },
  duplicate_in_file: {
    vi: 'Mã đơn vị bị lặp trong tệp.',
    en: 'This unit code appears twice in the file.',
  },
  missing_column: { vi: 'Thiếu cột bắt buộc.', en: 'A required column is missing.' },
  empty_file: { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' },
  cycle: {
    vi: 'Không thể chuyển đơn vị vào chính đơn vị con của nó.',
    en: 'A unit cannot move under its own descendant.',
  },
  unknown_area: { vi: 'Lĩnh vực không tồn tại.', en: 'Unknown area.' },
  unknown_type: {
    vi: 'Loại câu hỏi không hợp lệ (single, multiple, true_false).',
    en: 'Unknown question type (single, multiple, true_false).',
  },
  bad_difficulty: { vi: 'Mức độ phải là 1, 2 hoặc 3.', en: 'Difficulty must be 1, 2 or 3.' },
  bad_correct_letter: {
    vi: 'Đáp án đúng phải là chữ cái của một phương án có nội dung (A–F).',
    en: 'The correct answer must be the letter of a filled option (A–F).',
  },
  missing_answer: { vi: 'Thiếu đáp án đúng.', en: 'The correct answer is missing.' },
  too_many_options: { vi: 'Tối đa 6 phương án (A–F).', en: 'At most 6 options (A–F).' },
  formula_cell: {
    vi: 'Ô chứa công thức; hãy dán giá trị thay cho công thức.',
    en: 'The cell holds a formula; paste the value instead.',
  },
  unexpected_line: { vi: 'Dòng không đúng định dạng.', en: 'Line not in the expected format.' },
  gift_no_answers: {
    vi: 'Câu hỏi GIFT thiếu phần đáp án { … }.',
    en: 'GIFT question without an answer block { … }.',
  },
  missing_stem: { vi: 'Thiếu nội dung câu hỏi.', en: 'The question text is missing.' },
  email_login_needed: {
    vi: 'Tài khoản không có số điện thoại nên không thể bỏ email: email là tên đăng nhập.',
    en: 'The account has no phone number, so its email (the sign-in name) cannot be removed.',
  },
  value_not_storable: {
    vi: 'Có giá trị không lưu được (ký tự không hợp lệ hoặc số vượt giới hạn).',
    en: 'A value cannot be stored (a character not allowed or a number out of range).',
  },
  out_of_scope: {
    vi: 'Đơn vị nằm ngoài phạm vi quản lý của bạn.',
    en: 'The unit is outside your scope.',
  },
  login_required: {
    vi: 'Cần có email hoặc số điện thoại để đăng nhập.',
    en: 'An email or a phone is needed to log in.',
  },
  owner_unit_required: { vi: 'Cần chọn đơn vị sở hữu.', en: 'An owner unit is required.' },
  tag_required: { vi: 'Cần nhập thẻ.', en: 'A tag is required.' },
  option_unknown: {
    vi: 'Phương án không thuộc câu hỏi này.',
    en: 'The option does not belong to this question.',
  },
  single_choice: { vi: 'Câu hỏi này chỉ chọn một phương án.', en: 'Choose one option only.' },
  file_required: { vi: 'Chưa chọn tệp.', en: 'No file was uploaded.' },
  json_invalid: { vi: 'Nội dung JSON không hợp lệ.', en: 'Malformed JSON.' },
  unrecognized_keys: { vi: 'Trường không được phép: {keys}', en: 'Field not allowed: {keys}' },
  attempts_no_pdf: {
    vi: 'Biểu 03 (danh sách bài thi, có thể rất dài) không có bản PDF; hãy tải .xlsx.',
    en: 'Biểu 03 (the attempt list, which can be very long) has no PDF; download the .xlsx.',
  },
  eligible_outside: {
    vi: 'Đơn vị dự thi phải thuộc đơn vị tổ chức.',
    en: 'Eligible units must belong to the organising unit.',
  },
  no_rounds: {
    vi: 'Cuộc thi cần ít nhất một đợt thi trước khi công bố.',
    en: 'Add at least one round before publishing.',
  },
} satisfies Record<string, Texts>;

export type FieldKey = IssueCode | keyof typeof SERVER_FIELD_MESSAGES;

/** Every field message, by key: the contracts' issue codes and the server's own. */
export const FIELD_MESSAGES: Record<string, Texts> = {
  ...CONTRACT_ISSUE_MESSAGES,
  ...SERVER_FIELD_MESSAGES,
};

/** A field issue of a `validation_failed` error, with both texts from the table. */
export function fieldIssue(
  path: string,
  key: FieldKey,
  params: Record<string, string | number> = {},
): RawIssue {
  const m = FIELD_MESSAGES[key]!;
  return { path, key, vi: format(m.vi, params), en: format(m.en, params) };
}

export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'vi';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

export function fieldMessage(key: string, lang: Lang): string {
  return FIELD_MESSAGES[key]?.[lang] ?? key;
}
