// Messages of an attempt whose session ended or changed hands: the save line, the re-login
// dialog and the account of which answers counted.
// vue-i18n syntax: `{name}` interpolates; `@`, `|`, `{`, `}` meant as text must be escaped.
export const attemptSessionVi = {
  autosavePending: '{n} câu chưa lưu',
  autosaveSignedOut: 'Chưa lưu – cần đăng nhập lại',
  autosaveRefused: 'Không lưu được câu {list}',
  titleExpired: 'Phiên đăng nhập đã hết hạn',
  titleOtherAccount: 'Cần đăng nhập đúng tài khoản làm bài',
  textExpired:
    'Bạn không phải rời bài thi. Các câu trả lời vẫn được giữ trên máy này và sẽ được lưu ngay sau khi bạn đăng nhập lại.',
  textOtherAccount:
    'Máy này vừa được đăng nhập bằng một tài khoản khác, nên chưa lưu được câu trả lời. Hãy đăng nhập lại bằng tài khoản làm bài.',
  owner: 'Người làm bài: {name}',
  pendingNone: 'Không có câu trả lời nào đang chờ lưu.',
  pendingSome: '{n} câu trả lời đang chờ lưu.',
  submitWaiting: 'Bài thi sẽ được nộp ngay sau khi bạn đăng nhập lại.',
  timeUpWaiting:
    'Đã hết giờ làm bài. Hãy đăng nhập lại để nộp bài và xem những câu trả lời nào được tính.',
  submit: 'Đăng nhập và làm tiếp',
  sending: 'Đang lưu các câu trả lời…',
  wrongAccount:
    'Bạn vừa đăng nhập bằng tài khoản {other}, không phải tài khoản làm bài thi này. Các câu trả lời không được gửi. Hãy đăng nhập bằng tài khoản của {name}.',
  ownerRefused:
    'Máy chủ không nhận bài thi này từ tài khoản vừa đăng nhập. Các câu trả lời vẫn được giữ trên máy này; vui lòng báo Ban tổ chức.',
  leave: 'Rời bài thi',
  leaveHint: 'Câu trả lời chưa lưu vẫn được giữ trên máy này.',
  countedTitle: 'Các câu trả lời được tính',
  countedIntro:
    'Bài thi đã kết thúc khi một số câu trả lời còn ở trên máy này, chưa kịp lưu lên máy chủ. Chỉ những câu máy chủ đã lưu trước khi hết giờ được tính.',
  countedAll: 'Mọi câu trả lời của bạn đã được lưu trước khi bài thi kết thúc và đều được tính.',
  countedList: 'Được tính: câu {list}.',
  countedNone: 'Được tính: không có câu nào.',
  earlierList: 'Tính theo lựa chọn đã lưu trước đó (lựa chọn sau cùng chưa kịp lưu): câu {list}.',
  lostList: 'Không được tính (chưa kịp lưu): câu {list}.',
  countedClose: 'Xem kết quả',
};
