// Messages of the account merge dialog (gộp tài khoản trùng vào tài khoản trong danh sách cán bộ).
// vue-i18n syntax: `{name}` interpolates; `@`, `|`, `{`, `}` meant as text must be escaped.
export const userMergeVi = {
  action: 'Gộp vào tài khoản khác…',
  actionAria: 'Gộp tài khoản {name} vào tài khoản khác',
  title: 'Gộp tài khoản {name}',
  intro:
    'Dùng khi một người có hai tài khoản, ví dụ tự đăng ký thêm một tài khoản dù đã có tài khoản từ danh sách cán bộ. Bài thi của tài khoản này chuyển sang tài khoản được chọn; ở mỗi đợt thi, bài tốt hơn được tính. Tài khoản này bị khóa và giữ lại làm lịch sử.',
  target: 'Tài khoản giữ lại',
  targetHint: 'Tìm theo tên, số điện thoại hoặc email',
  noTarget: 'Không tìm thấy tài khoản phù hợp',
  source: 'Tài khoản bị gộp (sẽ bị khóa)',
  kept: 'Tài khoản giữ lại',
  field: 'Thông tin',
  fullName: 'Họ và tên',
  username: 'Tên đăng nhập',
  unit: 'Đơn vị',
  attempts: 'Số bài thi',
  onStaffList: 'Trong danh sách cán bộ',
  yes: 'Có',
  no: 'Không',
  irreversible:
    'Không thể hoàn tác. Số điện thoại, email, CCCD mà tài khoản giữ lại còn thiếu sẽ được lấy từ tài khoản bị gộp.',
  confirm: 'Gộp tài khoản',
  done: 'Đã gộp: {attempts} bài thi đã chuyển sang tài khoản {name}.',
};
