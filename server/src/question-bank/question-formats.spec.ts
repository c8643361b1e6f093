import { describe, expect, it } from 'vitest';
import { parseAiken, parseGift } from './question-formats.js';

describe('parseAiken', () => {
  it('reads stems, lettered options with "." or ")" and the ANSWER line', () => {
    const { questions, errors } = parseAiken(
      '\uFEFFCơ chế một cửa áp dụng ở đâu?\nA) Bộ phận Tiếp nhận và trả kết quả\nB. Phòng Kinh tế\nANSWER: a\n\nCâu thứ hai\ndòng hai của câu\nA. Có\nB. Không\nANSWER: B\n',
    );
    expect(errors).toEqual([]);
    expect(questions).toEqual([
      {
        row: 1,
        stem: 'Cơ chế một cửa áp dụng ở đâu?',
        options: ['Bộ phận Tiếp nhận và trả kết quả', 'Phòng Kinh tế'],
        correct: 'A',
      },
      { row: 6, stem: 'Câu thứ hai\ndòng hai của câu', options: ['Có', 'Không'], correct: 'B' },
    ]);
  });

  it('reports a question without ANSWER and a line out of place, with their line numbers', () => {
    const { questions, errors } = parseAiken(
      'Câu một\nA. x\nB. y\n\nCâu hai\nA. x\nlạc dòng\nB. y\nANSWER: A',
    );
    expect(questions.map((q) => q.row)).toEqual([5]);
    expect(errors).toEqual([
      { row: 1, message: 'missing_answer' },
      { row: 7, message: 'unexpected_line' },
    ]);
  });
});

describe('parseGift', () => {
  it('reads single, true/false and weighted multiple answers, with escapes, titles and comments', () => {
    const { questions, errors } = parseGift(
      [
        '// chú thích',
        '$CATEGORY: demo',
        '',
        '::t1:: Tỷ lệ 100% có phải \\{mục tiêu\\}? { =Đúng là mục tiêu#phản hồi ~Không phải }',
        '',
        'Cổng Dịch vụ công quốc gia là dichvucong.gov.vn. {TRUE}',
        '',
        'Chọn các hình thức số: {',
        '  ~%50%Thanh toán trực tuyến',
        '  ~%50%Số hóa hồ sơ',
        '  ~%-100%Gửi fax',
        '}',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(questions).toEqual([
      {
        row: 4,
        type: 'single',
        stem: 'Tỷ lệ 100% có phải {mục tiêu}?',
        options: ['Đúng là mục tiêu', 'Không phải'],
        correct: 'A',
      },
      {
        row: 6,
        type: 'true_false',
        stem: 'Cổng Dịch vụ công quốc gia là dichvucong.gov.vn.',
        options: ['Đúng', 'Sai'],
        correct: 'A',
      },
      {
        row: 8,
        type: 'multiple',
        stem: 'Chọn các hình thức số:',
        options: ['Thanh toán trực tuyến', 'Số hóa hồ sơ', 'Gửi fax'],
        correct: 'A,B',
      },
    ]);
  });

  it('reports a block without answers', () => {
    expect(parseGift('Câu không có đáp án').errors).toEqual([
      { row: 1, message: 'gift_no_answers' },
    ]);
  });
});
