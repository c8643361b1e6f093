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

export const attemptSessionEn: typeof attemptSessionVi = {
  autosavePending: '{n} not saved yet',
  autosaveSignedOut: 'Not saved – log in again',
  autosaveRefused: 'Question {list} could not be saved',
  titleExpired: 'Your session has ended',
  titleOtherAccount: 'Log in with the account taking this attempt',
  textExpired:
    'You do not have to leave the attempt. Your answers are kept on this device and are saved as soon as you log in again.',
  textOtherAccount:
    'This device was just signed in with another account, so your answers could not be saved. Log in again with the account taking the attempt.',
  owner: 'Taken by: {name}',
  pendingNone: 'No answer is waiting to be saved.',
  pendingSome: '{n} answers are waiting to be saved.',
  submitWaiting: 'Your attempt is submitted as soon as you log in again.',
  timeUpWaiting: 'Time is up. Log in again to submit and to see which of your answers counted.',
  submit: 'Log in and continue',
  sending: 'Saving your answers…',
  wrongAccount:
    'You logged in as {other}, not with the account taking this attempt. Nothing was sent. Log in with {name}’s account.',
  ownerRefused:
    'The server does not take this attempt from the account just logged in. Your answers are still kept on this device; please tell the organisers.',
  leave: 'Leave the attempt',
  leaveHint: 'Answers not saved yet stay on this device.',
  countedTitle: 'Which answers counted',
  countedIntro:
    'The attempt ended while some answers were still on this device, not yet saved on the server. Only answers the server saved in time count.',
  countedAll: 'Every answer you gave was saved before the attempt ended, and all of them count.',
  countedList: 'Counted: question {list}.',
  countedNone: 'Counted: no question.',
  earlierList:
    'Counted with the choice saved earlier (the last change was not saved in time): question {list}.',
  lostList: 'Not counted (not saved in time): question {list}.',
  countedClose: 'See the result',
};
