// Messages of the contest's integrity review (Rà soát gian lận) tab.
// vue-i18n syntax: `{name}` interpolates; `@`, `|`, `{`, `}` meant as text must be escaped.
export const integrityVi = {
  tab: 'Rà soát gian lận',
  title: 'Rà soát tài khoản trùng lặp',
  intro:
    'Mỗi người chỉ dự thi bằng một tài khoản. Dưới đây là các nhóm thí sinh có dấu hiệu là cùng một người (cùng thiết bị, cùng CCCD hoặc số điện thoại, đăng ký dồn dập từ một địa chỉ mạng). Dấu hiệu chỉ để xem xét, không tự loại ai; chọn "Loại" sẽ đưa người đó vào danh sách không được dự thi và bỏ khỏi bảng xếp hạng.',
  entrants: '{n} thí sinh đã dự thi',
  onlyUnreviewed: 'Chỉ hiện nhóm chưa xem xét',
  empty: 'Không phát hiện dấu hiệu trùng lặp',
  emptyText: 'Trong {n} thí sinh đã dự thi, không có hai tài khoản nào có chung dấu hiệu.',
  allReviewed: 'Mọi nhóm đều đã được xem xét.',
  groupTitle: 'Nhóm {n}: {count} tài khoản',
  reviewed: 'Đã xem xét',
  unreviewed: 'Chưa xem xét',
  weak: 'Dấu hiệu yếu',
  reasons: {
    same_device: 'Đăng nhập trên cùng một thiết bị',
    same_citizen_id: 'Cùng số CCCD {detail}',
    same_phone: 'Cùng số điện thoại {detail}',
    registration_burst:
      'Đăng ký dồn dập từ cùng một địa chỉ mạng ({detail} tài khoản trong {minutes} phút)',
    same_name_unit: 'Trùng họ tên trong cùng đơn vị',
  },
  reasonAccounts: 'giữa {names}',
  columns: {
    name: 'Họ và tên',
    username: 'Tên đăng nhập',
    unit: 'Đơn vị',
    attempts: 'Lượt thi',
    best: 'Điểm cao nhất',
    decision: 'Quyết định',
  },
  keep: 'Giữ',
  exclude: 'Loại',
  keepLabel: 'Giữ {name}',
  excludeLabel: 'Loại {name}',
  decisions: {
    keep: 'Đã giữ',
    exclude: 'Đã loại',
    none: 'Chưa quyết định',
  },
  excluded: 'Trong danh sách không được dự thi',
  noteLabel: 'Ghi chú (không bắt buộc)',
  confirmTitle: 'Loại {name} khỏi cuộc thi?',
  confirmText:
    'Số CCCD, số điện thoại của người này được thêm vào danh sách không được dự thi: bài thi của họ không được xếp hạng và họ không thể bắt đầu lượt thi mới. Có thể đổi lại bằng nút "Giữ".',
  kept: 'Đã ghi nhận: giữ {name}.',
  excludedDone: 'Đã loại {name} khỏi xếp hạng.',
  loadFailed: 'Không tải được danh sách rà soát.',
};
