import type { DemoQuestion } from './types.js';

export const theChe: DemoQuestion[] = [
  {
    area: 'the_che',
    difficulty: 1,
    type: 'single',
    stem: 'Văn bản nào của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030?',
    options: [
      { text: 'Nghị quyết 76/NQ-CP', correct: true },
      { text: 'Nghị quyết 30c/NQ-CP', correct: false },
      { text: 'Chỉ thị 23/CT-TTg', correct: false },
      { text: 'Nghị quyết 18-NQ/TW', correct: false },
    ],
    explanation:
      'Nghị quyết 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030.',
    source: { document: 'Nghị quyết 76/NQ-CP', date: '15/07/2021' },
    tags: ['nghị quyết 76', 'chương trình tổng thể'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 1,
    type: 'single',
    stem: 'Trong 06 nội dung của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030, nội dung nào được nêu đầu tiên?',
    options: [
      { text: 'Cải cách thủ tục hành chính', correct: false },
      { text: 'Cải cách tài chính công', correct: false },
      { text: 'Cải cách thể chế', correct: true },
      { text: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', correct: false },
    ],
    explanation:
      'Nghị quyết 76/NQ-CP liệt kê 06 nội dung, mở đầu bằng cải cách thể chế, tiếp theo là cải cách thủ tục hành chính, tổ chức bộ máy, chế độ công vụ, tài chính công và chính quyền điện tử, chính quyền số.',
    source: { document: 'Nghị quyết 76/NQ-CP', date: '15/07/2021' },
    tags: ['nghị quyết 76', 'sáu nội dung'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 2,
    type: 'single',
    stem: 'Nghị quyết 76/NQ-CP về Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030 được ban hành ngày nào?',
    options: [
      { text: 'Ngày 08/11/2011', correct: false },
      { text: 'Ngày 15/7/2021', correct: true },
      { text: 'Ngày 02/9/2021', correct: false },
      { text: 'Ngày 25/10/2017', correct: false },
    ],
    explanation:
      'Nghị quyết 76/NQ-CP được Chính phủ ban hành ngày 15/7/2021; ngày 02/9/2021 là ngày ban hành Chỉ thị 23/CT-TTg, ngày 08/11/2011 là của Nghị quyết 30c/NQ-CP.',
    source: { document: 'Nghị quyết 76/NQ-CP', date: '15/07/2021' },
    tags: ['nghị quyết 76', 'mốc thời gian'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 2,
    type: 'single',
    stem: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020 được ban hành kèm theo văn bản nào?',
    options: [
      { text: 'Quyết định 136/2001/QĐ-TTg', correct: false },
      { text: 'Nghị quyết 76/NQ-CP', correct: false },
      { text: 'Chỉ thị 23/CT-TTg', correct: false },
      { text: 'Nghị quyết 30c/NQ-CP', correct: true },
    ],
    explanation:
      'Nghị quyết 30c/NQ-CP ngày 08/11/2011 ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020, trước Nghị quyết 76/NQ-CP (2021–2030).',
    source: { document: 'Nghị quyết 30c/NQ-CP', date: '08/11/2011' },
    tags: ['nghị quyết 30c', 'chương trình tổng thể'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 2,
    type: 'single',
    stem: 'Chương trình tổng thể cải cách hành chính nhà nước ban hành theo Quyết định 136/2001/QĐ-TTg áp dụng cho giai đoạn nào?',
    options: [
      { text: 'Giai đoạn 2011–2020', correct: false },
      { text: 'Giai đoạn 2001–2010', correct: true },
      { text: 'Giai đoạn 2021–2030', correct: false },
      { text: 'Giai đoạn 2025–2030', correct: false },
    ],
    explanation:
      'Quyết định 136/2001/QĐ-TTg ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2001–2010, là chương trình đầu tiên trước Nghị quyết 30c/NQ-CP và Nghị quyết 76/NQ-CP.',
    source: { document: 'Quyết định 136/2001/QĐ-TTg' },
    tags: ['quyết định 136', 'chương trình tổng thể'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 2,
    type: 'single',
    stem: 'Chỉ thị 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ có nội dung gì?',
    options: [
      { text: 'Tổng kết thực hiện Nghị quyết 18-NQ/TW', correct: false },
      {
        text: 'Sửa đổi, bổ sung Nghị định 151/2017/NĐ-CP về quản lý, sử dụng tài sản công',
        correct: false,
      },
      {
        text: 'Chuyển đổi số thành phố Hải Phòng đến năm 2025, định hướng đến năm 2030',
        correct: false,
      },
      {
        text: 'Đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030',
        correct: true,
      },
    ],
    explanation:
      'Theo Kế hoạch của UBND xã Phú Thái, Chỉ thị 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ là về đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030.',
    source: { document: 'Chỉ thị 23/CT-TTg', date: '02/09/2021' },
    tags: ['chỉ thị 23', 'chương trình tổng thể'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 1,
    type: 'true_false',
    stem: 'Cải cách thể chế là một trong 06 nội dung của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030 theo Nghị quyết 76/NQ-CP.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    explanation:
      'Đúng: Nghị quyết 76/NQ-CP ngày 15/7/2021 xác định 06 nội dung cải cách, trong đó có cải cách thể chế.',
    source: { document: 'Nghị quyết 76/NQ-CP', date: '15/07/2021' },
    tags: ['nghị quyết 76', 'cải cách thể chế'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, nội dung cải cách thể chế cần tuyên truyền việc xây dựng, ban hành, kiểm tra, rà soát, xử lý văn bản quy phạm pháp luật của cơ quan nào?',
    options: [
      { text: 'Hội đồng nhân dân và Ủy ban nhân dân', correct: true },
      { text: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường', correct: false },
      { text: 'Trung tâm phục vụ hành chính công phường', correct: false },
      { text: 'Trung tâm cung ứng dịch vụ công phường', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Trương Quang Trọng nêu nội dung tuyên truyền: việc xây dựng, ban hành, kiểm tra, rà soát, xử lý văn bản quy phạm pháp luật của HĐND và UBND, công tác theo dõi thi hành pháp luật.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
    },
    tags: ['văn bản quy phạm pháp luật', 'cải cách thể chế'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, đơn vị nào được giao nâng cao chất lượng xây dựng, thẩm định văn bản quy phạm pháp luật thuộc thẩm quyền ban hành của HĐND và UBND phường?',
    options: [
      { text: 'Phòng Văn hóa – Xã hội phường', correct: false },
      { text: 'Trung tâm phục vụ hành chính công phường', correct: false },
      { text: 'Văn phòng HĐND và UBND phường', correct: true },
      { text: 'Trung tâm cung ứng dịch vụ công phường', correct: false },
    ],
    explanation:
      'Phần Tổ chức thực hiện của Kế hoạch giao Văn phòng HĐND và UBND phường nâng cao chất lượng xây dựng, thẩm định văn bản quy phạm pháp luật, bảo đảm đúng trình tự, thủ tục theo quy định.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục VI.1',
    },
    tags: ['thẩm định văn bản', 'phân công'],
    track: 'staff',
  },
  {
    area: 'the_che',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, tuyên truyền cải cách thể chế tập trung vào các quy định nào?',
    options: [
      { text: 'Phát triển Kho dữ liệu số và Cổng dữ liệu mở của Thành phố', correct: false },
      { text: 'Quản lý, sử dụng tài sản công theo Nghị định 114/2024/NĐ-CP', correct: false },
      { text: 'Sắp xếp, tinh gọn các cơ quan chuyên môn thuộc UBND quận', correct: false },
      {
        text: 'Tổ chức, bộ máy; chế độ chính sách; phòng, chống tham nhũng; hoạt động của các doanh nghiệp',
        correct: true,
      },
    ],
    explanation:
      'Mục 4.1 Kế hoạch của UBND phường Mộ Lao: tuyên truyền hệ thống văn bản quy phạm pháp luật và việc thi hành pháp luật, tập trung các quy định về tổ chức, bộ máy; chế độ chính sách, phòng, chống tham nhũng, hoạt động của các doanh nghiệp. Các phương án khác thuộc nội dung chính quyền số, tài chính công và tổ chức bộ máy.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.4.1',
    },
    tags: ['cải cách thể chế', 'mộ lao'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của thành phố Đông Hà, trọng tâm tuyên truyền về cải cách thể chế là gì?',
    options: [
      {
        text: 'Tinh gọn đầu mối bên trong các cơ quan, tổ chức, đơn vị sự nghiệp công lập',
        correct: false,
      },
      {
        text: 'Nâng cao chất lượng xây dựng văn bản quy phạm pháp luật và thực hiện đầy đủ việc theo dõi thi hành pháp luật',
        correct: true,
      },
      { text: 'Cắt giảm thời gian, đơn giản hóa các thủ tục hành chính', correct: false },
      { text: 'Đổi mới cơ chế phân bổ, sử dụng ngân sách nhà nước', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND thành phố Đông Hà nêu trọng tâm tuyên truyền cải cách thể chế là nâng cao chất lượng xây dựng các VBQPPL, thực hiện đầy đủ, đúng quy định về theo dõi thi hành pháp luật; các phương án còn lại thuộc tổ chức bộ máy, thủ tục hành chính và tài chính công.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND thành phố Đông Hà',
      article: 'Mục II.1.4',
    },
    tags: ['cải cách thể chế', 'theo dõi thi hành pháp luật'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của thành phố Đông Hà, cơ quan nào phối hợp tuyên truyền, phổ biến giáo dục pháp luật và lồng ghép tuyên truyền CCHC?',
    options: [
      { text: 'Phòng Tài chính - Kế hoạch thành phố', correct: false },
      { text: 'Phòng Nội vụ thành phố', correct: false },
      { text: 'Phòng Tư pháp', correct: true },
      { text: 'Trung tâm Văn hóa Thông tin - Thể dục thể thao thành phố', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND thành phố Đông Hà giao Phòng Tư pháp phối hợp tuyên truyền và phổ biến giáo dục pháp luật, lồng ghép tuyên truyền CCHC đến cán bộ, công chức, viên chức và Nhân dân.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND thành phố Đông Hà',
      article: 'Mục III.5',
    },
    tags: ['phổ biến pháp luật', 'phân công'],
    track: 'staff',
  },
  {
    area: 'the_che',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của xã Định Quán, việc lồng ghép tuyên truyền CCHC vào công tác phổ biến, giáo dục pháp luật thực hiện theo quy định của văn bản nào?',
    options: [
      { text: 'Luật Phổ biến, giáo dục pháp luật', correct: true },
      { text: 'Luật Quản lý, sử dụng tài sản công', correct: false },
      { text: 'Nghị định 61/2018/NĐ-CP', correct: false },
      { text: 'Nghị quyết 03-NQ/TU của Ban Thường vụ Thành ủy Hải Phòng', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND xã Định Quán yêu cầu lồng ghép công tác tuyên truyền CCHC vào công tác phổ biến, giáo dục pháp luật theo quy định của Luật Phổ biến, giáo dục pháp luật.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của UBND xã Định Quán',
      article: 'Mục IV.1.b',
    },
    tags: ['phổ biến pháp luật', 'định quán'],
    track: 'staff',
  },
  {
    area: 'the_che',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, bộ phận nào đẩy mạnh tuyên truyền CCHC lồng ghép với hoạt động của Hội đồng phổ biến, giáo dục pháp luật phường?',
    options: [
      { text: 'Văn phòng UBND phường', correct: false },
      { text: 'Bộ phận Văn hóa - Thông tin, Đài truyền thanh phường', correct: false },
      { text: 'Bộ phận Tư pháp - Hộ tịch phường', correct: true },
      { text: 'Khối tuyên giáo Đảng ủy', correct: false },
    ],
    explanation:
      'Mục IV.3 Kế hoạch của UBND phường Mộ Lao giao Bộ phận Tư pháp - Hộ tịch đẩy mạnh tuyên truyền CCHC lồng ghép với hoạt động của Hội đồng phổ biến, giáo dục pháp luật phường.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục IV.3',
    },
    tags: ['tư pháp', 'mộ lao'],
    track: 'staff',
  },
  {
    area: 'the_che',
    difficulty: 1,
    type: 'single',
    stem: 'Nội dung nào sau đây KHÔNG thuộc 06 nội dung của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030?',
    options: [
      { text: 'Cải cách thể chế', correct: false },
      { text: 'Cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', correct: true },
      { text: 'Cải cách chế độ công vụ', correct: false },
      { text: 'Cải cách tài chính công', correct: false },
    ],
    explanation:
      'Sáu nội dung theo Nghị quyết 76/NQ-CP là thể chế, thủ tục hành chính, tổ chức bộ máy, chế độ công vụ, tài chính công và chính quyền điện tử, chính quyền số; PCI là một chỉ số đánh giá do VCCI công bố.',
    source: { document: 'Nghị quyết 76/NQ-CP', date: '15/07/2021' },
    tags: ['nghị quyết 76', 'sáu nội dung'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của xã Định Quán, Chương trình cải cách hành chính của tỉnh giai đoạn 2021–2030 được ban hành kèm theo văn bản nào?',
    options: [
      { text: 'Kế hoạch số 42/KH-UBND ngày 11/8/2025 của UBND tỉnh', correct: false },
      { text: 'Kế hoạch số 14/KH-UBND ngày 28/7/2025 của UBND xã', correct: false },
      {
        text: 'Kế hoạch số 216/KH-UBND ngày 23/9/2021 của UBND thành phố Hải Phòng',
        correct: false,
      },
      { text: 'Quyết định số 3183/QĐ-UBND ngày 09/9/2021 của UBND tỉnh', correct: true },
    ],
    explanation:
      'Kế hoạch của UBND xã Định Quán nêu Chương trình cải cách hành chính của tỉnh giai đoạn 2021–2030 ban hành kèm theo Quyết định số 3183/QĐ-UBND ngày 09/9/2021 của UBND tỉnh; Kế hoạch 42/KH-UBND là kế hoạch thông tin, tuyên truyền CCHC năm 2025 của tỉnh.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của UBND xã Định Quán',
      article: 'Mục II.2.b',
    },
    tags: ['chương trình cchc tỉnh', 'định quán'],
    track: 'staff',
  },
  {
    area: 'the_che',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, Kế hoạch số 216/KH-UBND ngày 23/9/2021 của UBND thành phố Hải Phòng thực hiện Chương trình tổng thể CCHC tại thành phố cho giai đoạn nào?',
    options: [
      { text: 'Giai đoạn 2021–2025', correct: true },
      { text: 'Giai đoạn 2011–2020', correct: false },
      { text: 'Giai đoạn 2021–2030', correct: false },
      { text: 'Giai đoạn 2025–2030', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND xã Phú Thái dẫn Kế hoạch số 216/KH-UBND ngày 23/9/2021 của UBND thành phố về thực hiện Chương trình tổng thể CCHC nhà nước tại thành phố Hải Phòng giai đoạn 2021–2025.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
      article: 'Mục II.1.a',
    },
    tags: ['hải phòng', 'chương trình tổng thể'],
    track: 'staff',
  },
  {
    area: 'the_che',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, cần tuyên truyền quy định của pháp luật về quyền, nghĩa vụ và trách nhiệm của nhân dân trong việc gì?',
    options: [
      { text: 'Xây dựng, thẩm định văn bản quy phạm pháp luật của phường', correct: false },
      { text: 'Bố trí kinh phí cho công tác tuyên truyền cải cách hành chính', correct: false },
      { text: 'Tham gia giám sát công tác cải cách hành chính ở các cấp', correct: true },
      { text: 'Đánh giá, xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Trương Quang Trọng nêu nội dung tuyên truyền vai trò tham gia giám sát của người dân, các quy định của pháp luật về quyền, nghĩa vụ và trách nhiệm của nhân dân trong việc tham gia giám sát công tác CCHC ở các cấp.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục IV.1',
    },
    tags: ['giám sát', 'người dân'],
    track: 'citizen',
  },
  {
    area: 'the_che',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, người dân được cung cấp thông tin về cách thức nào đối với quy định hành chính theo quy định của Chính phủ?',
    options: [
      { text: 'Đăng ký tham gia Tổ công nghệ số cộng đồng', correct: false },
      { text: 'Phản ánh, kiến nghị về quy định hành chính', correct: true },
      { text: 'Chấm điểm Chỉ số cải cách hành chính (PAR INDEX)', correct: false },
      { text: 'Thẩm định dự thảo văn bản quy phạm pháp luật', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Trương Quang Trọng yêu cầu cung cấp địa chỉ, số điện thoại đường dây nóng và cách thức phản ánh, kiến nghị về quy định hành chính theo quy định của Chính phủ.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục IV.1',
    },
    tags: ['phản ánh kiến nghị', 'quy định hành chính'],
    track: 'citizen',
  },
  {
    area: 'the_che',
    difficulty: 1,
    type: 'true_false',
    stem: 'Nghị quyết 30c/NQ-CP là văn bản ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030.',
    options: [
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ],
    explanation:
      'Sai: Nghị quyết 30c/NQ-CP ngày 08/11/2011 ban hành chương trình giai đoạn 2011–2020; chương trình giai đoạn 2021–2030 do Nghị quyết 76/NQ-CP ngày 15/7/2021 ban hành.',
    source: { document: 'Nghị quyết 30c/NQ-CP', date: '08/11/2011' },
    tags: ['nghị quyết 30c', 'chương trình tổng thể'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 1,
    type: 'single',
    stem: 'Chỉ thị 23/CT-TTg về đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030 do ai ban hành?',
    options: [
      { text: 'Ban Chỉ đạo Trung ương tổng kết thực hiện Nghị quyết 18-NQ/TW', correct: false },
      { text: 'Ban Thường vụ Thành ủy Hải Phòng', correct: false },
      { text: 'Ủy ban nhân dân thành phố Hà Nội', correct: false },
      { text: 'Thủ tướng Chính phủ', correct: true },
    ],
    explanation:
      'Theo Kế hoạch của UBND xã Phú Thái, Chỉ thị 23/CT-TTg ngày 02/9/2021 là của Thủ tướng Chính phủ về đẩy mạnh thực hiện Chương trình tổng thể CCHC nhà nước giai đoạn 2021–2030.',
    source: { document: 'Chỉ thị 23/CT-TTg', date: '02/09/2021' },
    tags: ['chỉ thị 23', 'thủ tướng'],
    track: 'both',
  },
  {
    area: 'the_che',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, việc tuyên truyền cải cách hành chính nhà nước được yêu cầu lồng ghép với hoạt động nào?',
    options: [
      {
        text: 'Phổ biến, tuyên truyền, giáo dục về các chủ trương, chính sách của Đảng và pháp luật của Nhà nước',
        correct: true,
      },
      {
        text: 'Khảo sát mức độ hài lòng của người dân ở các lĩnh vực phức tạp, nhạy cảm',
        correct: false,
      },
      {
        text: 'Chuyển đổi Hệ thống thông tin giải quyết thủ tục hành chính mới của thành phố',
        correct: false,
      },
      {
        text: 'Bố trí kinh phí tuyên truyền cải cách hành chính 6 tháng cuối năm 2025',
        correct: false,
      },
    ],
    explanation:
      'Phần Yêu cầu của Kế hoạch UBND xã Phú Thái nêu: lồng ghép việc tuyên truyền CCHC nhà nước với việc phổ biến, tuyên truyền, giáo dục về các chủ trương, chính sách của Đảng và pháp luật của Nhà nước.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
      article: 'Mục I.2.c',
    },
    tags: ['phổ biến pháp luật', 'phú thái'],
    track: 'both',
  },
];
