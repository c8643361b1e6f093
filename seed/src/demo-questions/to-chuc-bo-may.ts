import type { DemoQuestion } from './types.js';

export const toChucBoMay: DemoQuestion[] = [
  {
    area: 'to_chuc_bo_may',
    difficulty: 2,
    type: 'single',
    stem: 'Nghị quyết 18-NQ/TW được ban hành ngày nào?',
    options: [
      { text: 'Ngày 25/10/2017', correct: true },
      { text: 'Ngày 24/11/2024', correct: false },
      { text: 'Ngày 15/7/2021', correct: false },
      { text: 'Ngày 02/9/2021', correct: false },
    ],
    explanation:
      'Nghị quyết 18-NQ/TW được ban hành ngày 25/10/2017; ngày 24/11/2024 là ngày của Kết luận 09-KL/BCĐ tổng kết thực hiện nghị quyết này.',
    source: { document: 'Nghị quyết 18-NQ/TW', date: '25/10/2017' },
    tags: ['nghị quyết 18', 'mốc thời gian'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 3,
    type: 'single',
    stem: 'Kết luận 09-KL/BCĐ của Ban Chỉ đạo Trung ương về tổng kết thực hiện Nghị quyết 18-NQ/TW được ban hành ngày nào?',
    options: [
      { text: 'Ngày 25/10/2017', correct: false },
      { text: 'Ngày 05/12/2024', correct: false },
      { text: 'Ngày 24/11/2024', correct: true },
      { text: 'Ngày 18/12/2024', correct: false },
    ],
    explanation:
      'Theo Kế hoạch của UBND phường Mộ Lao, Kết luận số 09-KL/BCĐ ngày 24/11/2024 của Ban Chỉ đạo TW về tổng kết thực hiện Nghị quyết 18-NQ/TW; 05/12/2024 và 18/12/2024 là ngày của Kế hoạch 140/KH-BCĐTKNQ18 và Công văn 24/CV-BCĐTKNQ 18.',
    source: { document: 'Kết luận 09-KL/BCĐ', date: '24/11/2024' },
    tags: ['kết luận 09', 'mốc thời gian'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 2,
    type: 'single',
    stem: 'Kết luận 09-KL/BCĐ ngày 24/11/2024 về tổng kết thực hiện Nghị quyết 18-NQ/TW do cơ quan nào ban hành?',
    options: [
      { text: 'Thủ tướng Chính phủ', correct: false },
      { text: 'Ban Chỉ đạo Trung ương', correct: true },
      { text: 'Ủy ban nhân dân thành phố Hà Nội', correct: false },
      { text: 'Sở Nội vụ', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Mộ Lao dẫn Kết luận số 09-KL/BCĐ ngày 24/11/2024 của Ban Chỉ đạo TW về tổng kết thực hiện Nghị quyết 18-NQ/TW.',
    source: { document: 'Kết luận 09-KL/BCĐ', date: '24/11/2024' },
    tags: ['kết luận 09', 'ban chỉ đạo'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 2,
    type: 'single',
    stem: 'Kết luận 09-KL/BCĐ ngày 24/11/2024 của Ban Chỉ đạo Trung ương có nội dung gì?',
    options: [
      {
        text: 'Đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030',
        correct: false,
      },
      {
        text: 'Sửa đổi, bổ sung Nghị định 151/2017/NĐ-CP về quản lý, sử dụng tài sản công',
        correct: false,
      },
      {
        text: 'Chuyển đổi số thành phố Hải Phòng đến năm 2025, định hướng đến năm 2030',
        correct: false,
      },
      { text: 'Tổng kết thực hiện Nghị quyết 18-NQ/TW', correct: true },
    ],
    explanation:
      'Theo Kế hoạch của UBND phường Mộ Lao, Kết luận 09-KL/BCĐ là kết luận của Ban Chỉ đạo TW về tổng kết thực hiện Nghị quyết 18-NQ/TW; các phương án khác là nội dung của Chỉ thị 23/CT-TTg, Nghị định 114/2024/NĐ-CP và Nghị quyết 03-NQ/TU.',
    source: { document: 'Kết luận 09-KL/BCĐ', date: '24/11/2024' },
    tags: ['kết luận 09', 'nghị quyết 18'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 1,
    type: 'single',
    stem: 'Mô hình chính quyền địa phương hai cấp được tổ chức từ ngày nào?',
    options: [
      { text: 'Ngày 24/11/2024', correct: false },
      { text: 'Ngày 01/7/2025', correct: true },
      { text: 'Ngày 25/10/2017', correct: false },
      { text: 'Ngày 15/7/2021', correct: false },
    ],
    explanation:
      'Chính quyền địa phương hai cấp vận hành từ ngày 01/7/2025; các kế hoạch năm 2025 của xã Định Quán và phường Trương Quang Trọng đều nêu nội dung tuyên truyền về mô hình này.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của UBND xã Định Quán',
      article: 'Mục II.2.c',
    },
    tags: ['chính quyền hai cấp', 'mốc thời gian'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 1,
    type: 'true_false',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, một trong 06 nội dung CCHC được nêu là cải cách tổ chức bộ máy hành chính nhà nước hai cấp.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    explanation:
      'Đúng: Kế hoạch của UBND phường Trương Quang Trọng liệt kê 06 nội dung, trong đó có cải cách tổ chức bộ máy hành chính nhà nước hai cấp.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục IV.1',
    },
    tags: ['chính quyền hai cấp', 'sáu nội dung'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của xã Định Quán, nội dung cải cách tổ chức bộ máy cần tuyên truyền tình hình triển khai, vận hành mô hình nào?',
    options: [
      { text: 'Hệ thống Quản lý chất lượng theo tiêu chuẩn quốc gia', correct: false },
      { text: 'Mô hình "dân vận khéo"', correct: false },
      { text: 'Tổ công nghệ số cộng đồng', correct: false },
      { text: 'Mô hình chính quyền địa phương 02 cấp', correct: true },
    ],
    explanation:
      'Kế hoạch của UBND xã Định Quán nêu nội dung cải cách tổ chức bộ máy hành chính nhà nước gồm tình hình triển khai, vận hành mô hình chính quyền địa phương 02 cấp.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của UBND xã Định Quán',
      article: 'Mục II.2.c',
    },
    tags: ['chính quyền hai cấp', 'định quán'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, việc sắp xếp, tinh gọn các cơ quan chuyên môn thuộc UBND quận được tuyên truyền theo kết luận nào?',
    options: [
      { text: 'Kết luận 09-KL/BCĐ ngày 24/11/2024', correct: true },
      { text: 'Chỉ thị 23/CT-TTg ngày 02/9/2021', correct: false },
      { text: 'Nghị định 114/2024/NĐ-CP ngày 15/9/2024', correct: false },
      { text: 'Quyết định 6830/QĐ-UBND ngày 31/12/2024', correct: false },
    ],
    explanation:
      'Mục II.4.3 Kế hoạch của UBND phường Mộ Lao: tuyên truyền việc sắp xếp, tinh gọn các cơ quan chuyên môn thuộc UBND quận, đầu mối đơn vị sự nghiệp công lập theo Kết luận số 09-KL/BCĐ ngày 24/11/2024.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.4.3',
    },
    tags: ['sắp xếp bộ máy', 'kết luận 09'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, Kế hoạch định hướng số 140/KH-BCĐTKNQ18 ngày 05/12/2024 do cơ quan nào ban hành?',
    options: [
      { text: 'Ban chỉ đạo Chính phủ', correct: false },
      { text: 'Ủy ban nhân dân quận Hà Đông', correct: false },
      { text: 'Ban Chỉ đạo Trung ương tổng kết thực hiện Nghị quyết 18-NQ/TW', correct: true },
      { text: 'Ủy ban nhân dân thành phố Hà Nội', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Mộ Lao dẫn Kế hoạch định hướng số 140/KH-BCĐTKNQ18 ngày 05/12/2024 của Ban Chỉ đạo Trung ương tổng kết thực hiện Nghị quyết số 18-NQ/TW.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.4.3',
    },
    tags: ['nghị quyết 18', 'sắp xếp bộ máy'],
    track: 'staff',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, văn bản nào của Ban chỉ đạo Chính phủ định hướng, gợi ý nội dung sắp xếp tổ chức các cơ quan chuyên môn thuộc UBND tỉnh, cấp huyện?',
    options: [
      { text: 'Kết luận số 09-KL/BCĐ ngày 24/11/2024', correct: false },
      { text: 'Kế hoạch định hướng số 140/KH-BCĐTKNQ18 ngày 05/12/2024', correct: false },
      { text: 'Kế hoạch số 62/KH-UBND ngày 24/01/2025', correct: false },
      { text: 'Công văn số 24/CV-BCĐTKNQ 18 ngày 18/12/2024', correct: true },
    ],
    explanation:
      'Kế hoạch của UBND phường Mộ Lao dẫn Công văn số 24/CV-BCĐTKNQ 18 ngày 18/12/2024 của Ban chỉ đạo Chính phủ về định hướng, gợi ý một số nội dung sắp xếp tổ chức các cơ quan chuyên môn thuộc UBND tỉnh, cấp huyện.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.4.3',
    },
    tags: ['sắp xếp bộ máy', 'cơ quan chuyên môn'],
    track: 'staff',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của thành phố Đông Hà, sau khi giảm đầu mối, những đơn vị sự nghiệp công lập nào được giữ lại?',
    options: [
      {
        text: 'Đơn vị phục vụ nhiệm vụ chính trị, phục vụ quản lý nhà nước và cung ứng dịch vụ sự nghiệp công cơ bản, thiết yếu',
        correct: true,
      },
      {
        text: 'Đơn vị áp dụng Hệ thống Quản lý chất lượng theo tiêu chuẩn quốc gia',
        correct: false,
      },
      { text: 'Đơn vị tham gia Tổ công nghệ số cộng đồng', correct: false },
      { text: 'Đơn vị có doanh nghiệp vốn nhà nước trên địa bàn', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND thành phố Đông Hà nêu giảm đầu mối, phấn đấu chỉ còn các đơn vị sự nghiệp công lập phục vụ nhiệm vụ chính trị, phục vụ quản lý nhà nước và các đơn vị cung ứng dịch vụ sự nghiệp công cơ bản, thiết yếu.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND thành phố Đông Hà',
      article: 'Mục II.1.4',
    },
    tags: ['đơn vị sự nghiệp', 'giảm đầu mối'],
    track: 'staff',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của thành phố Đông Hà, nội dung nào thuộc tuyên truyền cải cách tổ chức bộ máy?',
    options: [
      { text: 'Nâng cao chất lượng xây dựng văn bản quy phạm pháp luật', correct: false },
      { text: 'Cắt giảm thời gian, đơn giản hóa các thủ tục hành chính', correct: false },
      { text: 'Kết quả sắp xếp, tinh gọn bộ máy các cơ quan hành chính', correct: true },
      { text: 'Đổi mới cơ chế phân bổ, sử dụng ngân sách nhà nước', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND thành phố Đông Hà nêu cải cách tổ chức bộ máy là tuyên truyền kết quả sắp xếp, tinh gọn bộ máy các cơ quan hành chính; các phương án khác thuộc cải cách thể chế, thủ tục hành chính và tài chính công.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND thành phố Đông Hà',
      article: 'Mục II.1.4',
    },
    tags: ['sắp xếp bộ máy', 'đông hà'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, nội dung nào được nêu cùng với việc sắp xếp, kiện toàn tổ chức bộ máy các cấp?',
    options: [
      { text: 'Phát triển Cổng dữ liệu mở (Open Data) Thành phố', correct: false },
      {
        text: 'Rà soát, hoàn thiện chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức',
        correct: true,
      },
      { text: 'Thực hành tiết kiệm, chống lãng phí', correct: false },
      { text: 'Khảo sát mức độ hài lòng ở các lĩnh vực phức tạp, nhạy cảm', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Trương Quang Trọng nêu nội dung tuyên truyền: việc rà soát, hoàn thiện chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức; việc sắp xếp kiện toàn tổ chức bộ máy các cấp.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục IV.1',
    },
    tags: ['chức năng nhiệm vụ', 'kiện toàn bộ máy'],
    track: 'staff',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, cùng với việc áp dụng VNPT iOffice và chữ ký số, nội dung nào về trụ sở được tuyên truyền?',
    options: [
      { text: 'Tổ chức cổ động trực quan tại khu vực trung tâm hành chính xã', correct: false },
      {
        text: 'Hiện đại hóa niêm yết qua hệ thống máy tính tại Trung tâm Phục vụ hành chính công',
        correct: false,
      },
      { text: 'Xây dựng, cải tạo, nâng cấp trụ sở cơ quan hành chính hai cấp', correct: true },
      { text: 'Phát triển Kho dữ liệu số (data lake, big data) của thành phố', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Trương Quang Trọng nêu: việc áp dụng hệ thống VNPT Ioffice; ứng dụng chữ ký số; xây dựng, cải tạo, nâng cấp trụ sở cơ quan hành chính hai cấp.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục IV.1',
    },
    tags: ['trụ sở', 'chính quyền hai cấp'],
    track: 'staff',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, kết quả nổi bật nào về tổ chức bộ máy được nêu để tuyên truyền?',
    options: [
      { text: 'Số hóa hồ sơ', correct: false },
      { text: 'Giảm đầu mối tổ chức hành chính bên trong', correct: true },
      { text: 'Thanh toán trực tuyến', correct: false },
      { text: 'Dịch vụ công trực tuyến', correct: false },
    ],
    explanation:
      'Mục II.5 Kế hoạch của UBND phường Mộ Lao liệt kê kết quả nổi bật: giảm đầu mối tổ chức hành chính bên trong; số hóa hồ sơ, dịch vụ công trực tuyến, thanh toán trực tuyến, sắp xếp vị trí việc làm. Chỉ giảm đầu mối là kết quả về tổ chức bộ máy.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.5',
    },
    tags: ['giảm đầu mối', 'mộ lao'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 1,
    type: 'single',
    stem: 'Việc sắp xếp, tinh gọn tổ chức bộ máy nêu trong các kế hoạch tuyên truyền CCHC năm 2025 gắn với tổng kết thực hiện nghị quyết nào?',
    options: [
      { text: 'Nghị quyết 76/NQ-CP', correct: false },
      { text: 'Nghị quyết 30c/NQ-CP', correct: false },
      { text: 'Nghị quyết 03-NQ/TU', correct: false },
      { text: 'Nghị quyết 18-NQ/TW', correct: true },
    ],
    explanation:
      'Kế hoạch của UBND phường Mộ Lao gắn việc sắp xếp, tinh gọn bộ máy với Kết luận 09-KL/BCĐ về tổng kết thực hiện Nghị quyết 18-NQ/TW ngày 25/10/2017.',
    source: { document: 'Nghị quyết 18-NQ/TW', date: '25/10/2017' },
    tags: ['nghị quyết 18', 'tinh gọn bộ máy'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 1,
    type: 'single',
    stem: 'Trong Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, mục 4.3 gộp cải cách tổ chức bộ máy hành chính nhà nước với nội dung cải cách nào?',
    options: [
      { text: 'Cải cách chế độ công vụ', correct: true },
      { text: 'Cải cách thể chế', correct: false },
      { text: 'Cải cách tài chính công', correct: false },
      { text: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', correct: false },
    ],
    explanation:
      'Mục 4.3 Kế hoạch của UBND phường Mộ Lao có tiêu đề "Cải cách tổ chức bộ máy hành chính nhà nước, chế độ công vụ".',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.4.3',
    },
    tags: ['tổ chức bộ máy', 'chế độ công vụ'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, nội dung tuyên truyền về tổ chức bộ máy bao gồm việc thực hiện nội dung nào trong quản lý?',
    options: [
      { text: 'Kiểm soát thủ tục hành chính', correct: false },
      { text: 'Phân công, phân cấp quản lý', correct: true },
      { text: 'Thanh toán không dùng tiền mặt', correct: false },
      { text: 'Theo dõi thi hành pháp luật', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Trương Quang Trọng nêu cùng với sắp xếp, kiện toàn tổ chức bộ máy là việc thực hiện phân công, phân cấp quản lý.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục IV.1',
    },
    tags: ['phân cấp', 'tổ chức bộ máy'],
    track: 'staff',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, việc sắp xếp, tinh gọn cơ quan chuyên môn và đầu mối đơn vị sự nghiệp công lập phải bảo đảm yêu cầu gì?',
    options: [
      { text: 'Dễ hiểu, dễ nhớ, dễ làm', correct: false },
      { text: 'Kỷ cương, trách nhiệm, hành động', correct: false },
      { text: 'Tận tụy, chuyên nghiệp, vì dân phục vụ', correct: false },
      { text: 'Đảm bảo tiêu chí, hoạt động hiệu lực, hiệu quả', correct: true },
    ],
    explanation:
      'Mục II.4.3 Kế hoạch của UBND phường Mộ Lao yêu cầu sắp xếp, tinh gọn các cơ quan chuyên môn, đầu mối đơn vị sự nghiệp công lập trực thuộc đảm bảo tiêu chí, hoạt động hiệu lực, hiệu quả.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.4.3',
    },
    tags: ['tinh gọn bộ máy', 'hiệu lực hiệu quả'],
    track: 'staff',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, cơ quan nào là cơ quan thường trực cải cách hành chính của Ủy ban nhân dân xã?',
    options: [
      { text: 'Phòng Văn hóa - Xã hội xã', correct: true },
      { text: 'Văn phòng HĐND và UBND xã', correct: false },
      { text: 'Phòng Kinh tế xã', correct: false },
      { text: 'Trung tâm Văn hóa, thể thao và Truyền thông xã', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND xã Phú Thái yêu cầu gửi báo cáo về UBND xã qua Phòng Văn hóa - Xã hội, cơ quan thường trực cải cách hành chính.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
    },
    tags: ['cơ quan thường trực', 'phú thái'],
    track: 'staff',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của xã Định Quán, nội dung nào dưới đây thuộc cải cách tổ chức bộ máy hành chính nhà nước?',
    options: [
      { text: 'Thanh toán trực tuyến nghĩa vụ tài chính', correct: false },
      { text: 'Niêm yết bộ hồ sơ mẫu', correct: false },
      {
        text: 'Rà soát, điều chỉnh chức năng, nhiệm vụ và sắp xếp lại các cơ quan, tổ chức, đơn vị',
        correct: true,
      },
      { text: 'Công khai khung giá đất, bảng giá đất', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND xã Định Quán gắn cải cách tổ chức bộ máy với việc rà soát, điều chỉnh chức năng, nhiệm vụ, quyền hạn và tổ chức, sắp xếp lại các cơ quan, tổ chức, đơn vị.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của UBND xã Định Quán',
      article: 'Mục II.2.c',
    },
    tags: ['sắp xếp bộ máy', 'định quán'],
    track: 'both',
  },
  {
    area: 'to_chuc_bo_may',
    difficulty: 1,
    type: 'true_false',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của thành phố Đông Hà, việc giảm biên chế công chức, biên chế sự nghiệp hưởng lương từ ngân sách nhà nước được thực hiện theo lộ trình.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    explanation:
      'Đúng: phần cải cách tổ chức bộ máy trong Kế hoạch của UBND thành phố Đông Hà nêu thực hiện giảm biên chế công chức, biên chế sự nghiệp hưởng lương từ ngân sách nhà nước theo lộ trình.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND thành phố Đông Hà',
      article: 'Mục II.1.4',
    },
    tags: ['giảm biên chế', 'đông hà'],
    track: 'staff',
  },
];
