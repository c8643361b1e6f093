import type { BlueprintItem, PrizeTier } from '@cchc/contracts';

export interface RulesInput {
  title: string;
  organizerUnitName: string;
  eligibleUnitNames: string[];
  tracks: string[];
  legalBasis: string | null;
  prizeTable: PrizeTier[];
  onePrizePerPersonPerContest: boolean;
  rounds: {
    title: string;
    opensAt: Date;
    closesAt: Date;
    durationSec: number;
    maxAttempts: number;
    blueprint: BlueprintItem[];
    prediction: { enabled: boolean; target: string; prompt?: string | null };
    reviewAfterClose: boolean;
  }[];
  areaNames: Map<string, string>;
}

const TZ = 'Asia/Ho_Chi_Minh';
const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TZ,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "00:00, 03/11/2025" — Vietnamese order: time, then dd/MM/yyyy. */
export function formatViDateTime(d: Date): string {
  const parts = Object.fromEntries(dateTime.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute}, ${parts.day}/${parts.month}/${parts.year}`;
}

const DIFFICULTY = ['', 'dễ', 'trung bình', 'khó'];
const TRACK = { staff: 'cán bộ, công chức, viên chức, người lao động', citizen: 'người dân' };

/** Ends a sentence once: a prompt that already ends in ? or . gets no extra full stop. */
function sentence(s: string): string {
  return /[.?!]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`;
}

function minutes(sec: number): string {
  return sec % 60 === 0 ? `${sec / 60} phút` : `${Math.floor(sec / 60)} phút ${sec % 60} giây`;
}

/**
 * The thể lệ generated from the settings: every rule that decides a prize is written out,
 * in the order the ranking applies it, so the published text and the code never disagree.
 */
export function generateRules(c: RulesInput): string {
  const lines: string[] = [];
  const p = (s = '') => lines.push(s);
  p(`# THỂ LỆ ${c.title.toUpperCase()}`);
  p();
  if (c.legalBasis) {
    p(`Căn cứ: ${c.legalBasis}`);
    p();
  }
  p(`Đơn vị tổ chức: ${c.organizerUnitName}.`);
  p();
  p('# 1. Đối tượng dự thi');
  p(
    `- ${c.tracks.map((t) => TRACK[t as keyof typeof TRACK] ?? t).join('; ')} thuộc: ${c.eligibleUnitNames.join('; ')}.`,
  );
  p(
    '- Không được dự thi: thành viên Ban Tổ chức, người ra đề, Ban Giám khảo, Tổ thư ký và bộ phận kỹ thuật của cuộc thi.',
  );
  p('- Mỗi người dự thi bằng một tài khoản đăng ký đúng họ tên, đơn vị, số điện thoại.');
  p();
  p('# 2. Thời gian và hình thức thi');
  p('Thi trực tuyến trên điện thoại hoặc máy tính, theo từng đợt:');
  if (c.rounds.length === 0) p('- Lịch các đợt thi sẽ được thông báo sau.');
  for (const r of c.rounds) {
    const count = r.blueprint.reduce((s, b) => s + b.count, 0);
    const attempts =
      r.maxAttempts === 0 ? 'không giới hạn số lượt' : `tối đa ${r.maxAttempts} lượt`;
    p(
      `- ${r.title}: từ ${formatViDateTime(r.opensAt)} đến ${formatViDateTime(r.closesAt)}; ${count} câu hỏi trắc nghiệm, thời gian làm bài ${minutes(r.durationSec)}, ${attempts}.`,
    );
  }
  p();
  p('# 3. Nội dung và cách tính điểm');
  const first = c.rounds[0];
  if (first) {
    p('Câu hỏi được rút ngẫu nhiên cho từng lượt thi từ ngân hàng câu hỏi, theo cơ cấu:');
    for (const b of first.blueprint) {
      const area = c.areaNames.get(b.area) ?? b.area;
      const level = b.difficulty ? ` (mức ${DIFFICULTY[b.difficulty]})` : '';
      p(`- ${area}${level}: ${b.count} câu.`);
    }
  }
  p(
    '- Mỗi câu trả lời đúng được 1 điểm, trả lời sai không bị trừ điểm. Câu hỏi nhiều đáp án chỉ được tính đúng khi chọn đủ và đúng tất cả các đáp án đúng.',
  );
  p(
    '- Thời gian làm bài do máy chủ tính, từ lúc nhận đề đến lúc nộp bài. Hết giờ, hệ thống tự động nộp bài với các câu trả lời đã lưu.',
  );
  p(
    '- Bài thi chỉ được nộp khi đã trả lời tất cả câu hỏi' +
      (first?.prediction.enabled ? ' và câu hỏi dự đoán.' : '.'),
  );
  if (first?.prediction.enabled) {
    const target =
      first.prediction.target === 'participant_count'
        ? 'tổng số người dự thi của đợt thi'
        : 'số người trả lời đúng tất cả các câu hỏi của đợt thi';
    p(
      `- Câu hỏi dự đoán: ${sentence(first.prediction.prompt ?? `Dự đoán ${target}`)} Kết quả thực tế (${target}) được chốt khi đợt thi kết thúc.`,
    );
  }
  p(
    '- Nếu một người thi nhiều lượt trong một đợt, lượt được tính là lượt có nhiều câu đúng nhất, nếu bằng nhau thì lượt có thời gian làm bài ngắn nhất, nếu vẫn bằng nhau thì lượt nộp sớm nhất.',
  );
  p();
  p('# 4. Cách xếp hạng (từng đợt, theo từng đối tượng)');
  p('Người dự thi được xếp hạng lần lượt theo các tiêu chí:');
  p('- (1) Số câu trả lời đúng nhiều hơn;');
  if (first?.prediction.enabled !== false)
    p('- (2) Dự đoán có sai số (chênh lệch với kết quả thực tế) nhỏ hơn;');
  p('- (3) Thời gian làm bài ít hơn;');
  p('- (4) Thời điểm nộp bài sớm hơn;');
  if (c.rounds.some((r) => r.maxAttempts !== 1)) p('- (5) Số lượt thi đã dùng ít hơn.');
  p(
    'Trong khi đợt thi đang diễn ra, bảng xếp hạng trực tiếp chưa tính tiêu chí dự đoán. Kết quả xếp hạng được chốt khi đợt thi kết thúc và không thay đổi sau đó, trừ khi Ban Tổ chức chốt lại có nêu lý do.',
  );
  p();
  p('# 5. Cơ cấu giải thưởng (mỗi đợt, mỗi đối tượng)');
  for (const t of c.prizeTable) p(`- ${t.rank}: ${t.count} giải${t.value ? ` (${t.value})` : ''}.`);
  p(
    c.onePrizePerPersonPerContest
      ? '- Mỗi người chỉ nhận 1 giải trong toàn bộ cuộc thi.'
      : '- Mỗi người chỉ nhận 1 giải trong mỗi đợt thi.',
  );
  p(
    '- Trường hợp bằng nhau ở mọi tiêu chí tại vị trí cuối của một giải, những người bằng nhau cùng nhận giải đó.',
  );
  p();
  p('# 6. Công bố kết quả');
  p(
    first?.reviewAfterClose === false
      ? '- Đáp án không được công bố trên hệ thống.'
      : '- Đáp án, giải thích và căn cứ pháp lý của từng câu hỏi được công khai sau khi đợt thi kết thúc.',
  );
  p(
    '- Danh sách đoạt giải công bố họ tên, đơn vị và giải thưởng; số điện thoại và số CCCD không được công khai.',
  );
  p('- Ban Tổ chức không chấp nhận bài thi gian lận, thi hộ hoặc dùng phần mềm can thiệp.');
  return lines.join('\n');
}
