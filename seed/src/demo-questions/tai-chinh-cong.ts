import type { DemoQuestion } from './types.js';

export const taiChinhCong: DemoQuestion[] = [
  {
    area: 'tai_chinh_cong',
    difficulty: 1,
    type: 'single',
    stem: 'Nghị định 114/2024/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của nghị định nào?',
    options: [
      { text: 'Nghị định 151/2017/NĐ-CP', correct: true },
      { text: 'Nghị định 61/2018/NĐ-CP', correct: false },
      { text: 'Nghị định 118/2025/NĐ-CP', correct: false },
      { text: 'Nghị quyết 76/NQ-CP', correct: false },
    ],
    explanation:
      'Nghị định 114/2024/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 151/2017/NĐ-CP quy định chi tiết Luật Quản lý, sử dụng tài sản công (nêu trong kế hoạch của phường Mộ Lao).',
    source: { document: 'Nghị định 114/2024/NĐ-CP', date: '15/09/2024' },
    tags: ['tài sản công', 'nghị định 114'],
    track: 'both',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 2,
    type: 'single',
    stem: 'Nghị định 151/2017/NĐ-CP của Chính phủ quy định chi tiết một số điều của văn bản nào?',
    options: [
      { text: 'Luật Phổ biến, giáo dục pháp luật', correct: false },
      { text: 'Luật Quản lý, sử dụng tài sản công', correct: true },
      {
        text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030',
        correct: false,
      },
      { text: 'Quy tắc ứng xử nơi công cộng trên địa bàn thành phố Hà Nội', correct: false },
    ],
    explanation:
      'Kế hoạch của phường Mộ Lao dẫn Nghị định 151/2017/NĐ-CP ngày 26/12/2017 là nghị định quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['tài sản công', 'nghị định 151'],
    track: 'both',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 1,
    type: 'single',
    stem: 'Nghị định 114/2024/NĐ-CP về sửa đổi, bổ sung quy định chi tiết Luật Quản lý, sử dụng tài sản công được ban hành ngày nào?',
    options: [
      { text: '26/12/2017', correct: false },
      { text: '15/7/2021', correct: false },
      { text: '15/9/2024', correct: true },
      { text: '02/9/2021', correct: false },
    ],
    explanation:
      'Theo kế hoạch của phường Mộ Lao, Nghị định 114/2024/NĐ-CP được Chính phủ ban hành ngày 15/9/2024; các ngày còn lại là của Nghị định 151/2017/NĐ-CP, Nghị quyết 76/NQ-CP và Chỉ thị 23/CT-TTg.',
    source: { document: 'Nghị định 114/2024/NĐ-CP', date: '15/09/2024' },
    tags: ['tài sản công', 'nghị định 114'],
    track: 'both',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 2,
    type: 'single',
    stem: '"Cải cách tài chính công" là một trong 06 nội dung của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030 ban hành kèm theo văn bản nào?',
    options: [
      { text: 'Nghị quyết 30c/NQ-CP', correct: false },
      { text: 'Quyết định 136/2001/QĐ-TTg', correct: false },
      { text: 'Chỉ thị 23/CT-TTg', correct: false },
      { text: 'Nghị quyết 76/NQ-CP', correct: true },
    ],
    explanation:
      'Nghị quyết 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể CCHC 2021–2030 với 06 nội dung, trong đó có cải cách tài chính công; Nghị quyết 30c/NQ-CP và Quyết định 136/2001/QĐ-TTg là các chương trình giai đoạn trước.',
    source: { document: 'Nghị quyết 76/NQ-CP', date: '15/07/2021' },
    tags: ['chương trình tổng thể', 'tài chính công'],
    track: 'both',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 1,
    type: 'single',
    stem: 'Theo kế hoạch tuyên truyền CCHC năm 2025 của phường Mộ Lao, cải cách tài chính công gắn với việc thực hiện quy chế nào theo quy định của Chính phủ?',
    options: [
      { text: 'Quy chế dân chủ và công khai tài chính', correct: true },
      { text: 'Quy tắc ứng xử nơi công cộng trên địa bàn thành phố Hà Nội', correct: false },
      { text: 'Hệ thống Quản lý chất lượng theo tiêu chuẩn quốc gia', correct: false },
      { text: 'Cơ chế một cửa, một cửa liên thông', correct: false },
    ],
    explanation:
      'Mục 4.4 kế hoạch của phường Mộ Lao yêu cầu tuyên truyền việc thực hiện quy chế dân chủ và công khai tài chính theo quy định của Chính phủ, thực hành tiết kiệm chống lãng phí.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['công khai tài chính', 'quy chế dân chủ'],
    track: 'both',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 1,
    type: 'single',
    stem: 'Trong kế hoạch tuyên truyền CCHC năm 2025 của thành phố Đông Hà, nội dung "thực hành tiết kiệm, chống lãng phí" được xếp vào lĩnh vực nào?',
    options: [
      { text: 'Cải cách thể chế', correct: false },
      { text: 'Cải cách tài chính công', correct: true },
      { text: 'Cải cách chế độ công vụ', correct: false },
      { text: 'Cải cách tổ chức bộ máy', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND thành phố Đông Hà nêu thực hành tiết kiệm, chống lãng phí trong nội dung cải cách tài chính công, cùng với quy chế dân chủ và công khai tài chính.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['tiết kiệm', 'chống lãng phí'],
    track: 'both',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 2,
    type: 'single',
    stem: 'Theo kế hoạch của thành phố Đông Hà, đổi mới cơ chế phân bổ, sử dụng ngân sách nhà nước cho cơ quan hành chính, đơn vị sự nghiệp công lập nhằm nâng cao điều gì?',
    options: [
      { text: 'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia', correct: false },
      { text: 'Chất lượng xây dựng văn bản quy phạm pháp luật', correct: false },
      { text: 'Tính tự chủ, tự chịu trách nhiệm và thúc đẩy sự sáng tạo', correct: true },
      { text: 'Hiệu quả của Tổ công nghệ số cộng đồng', correct: false },
    ],
    explanation:
      'Kế hoạch của thành phố Đông Hà nêu việc đổi mới cơ chế phân bổ, sử dụng ngân sách nhà nước nhằm nâng cao tính tự chủ, tự chịu trách nhiệm và thúc đẩy sự sáng tạo.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['ngân sách nhà nước', 'tự chủ'],
    track: 'staff',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 2,
    type: 'single',
    stem: 'Kế hoạch của thành phố Đông Hà nêu công tác thanh tra, kiểm tra trong lĩnh vực cải cách tài chính công nhằm mục đích gì?',
    options: [
      { text: 'Rà soát, xử lý văn bản quy phạm pháp luật của HĐND và UBND', correct: false },
      {
        text: 'Theo dõi trạng thái xử lý hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính',
        correct: false,
      },
      { text: 'Sắp xếp vị trí việc làm và cơ cấu công chức, viên chức', correct: false },
      {
        text: 'Kịp thời phát hiện, ngăn ngừa sai phạm trong quản lý tài chính, ngân sách nhà nước',
        correct: true,
      },
    ],
    explanation:
      'Theo kế hoạch của thành phố Đông Hà, thanh tra, kiểm tra nhằm kịp thời phát hiện, ngăn ngừa sai phạm trong quản lý tài chính, ngân sách nhà nước tại các cơ quan, đơn vị và doanh nghiệp có vốn nhà nước.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['thanh tra', 'ngân sách nhà nước'],
    track: 'staff',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 2,
    type: 'single',
    stem: 'Theo kế hoạch của thành phố Đông Hà, cơ quan nào chủ trì tham mưu UBND thành phố bố trí, sử dụng và quyết toán kinh phí tuyên truyền CCHC?',
    options: [
      { text: 'Phòng Tài chính - Kế hoạch thành phố', correct: true },
      { text: 'Phòng Nội vụ thành phố', correct: false },
      { text: 'Phòng Văn hóa và Thông tin thành phố', correct: false },
      { text: 'Trung tâm Văn hóa Thông tin - Thể dục thể thao thành phố', correct: false },
    ],
    explanation:
      'Mục III.7 kế hoạch của thành phố Đông Hà giao Phòng Tài chính - Kế hoạch chủ trì tham mưu bố trí, sử dụng và quyết toán kinh phí về công tác tuyên truyền CCHC.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['kinh phí', 'phân công'],
    track: 'staff',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 2,
    type: 'single',
    stem: 'Theo kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, đơn vị nào tham mưu UBND xã bố trí kinh phí cho công tác thông tin tuyên truyền CCHC?',
    options: [
      { text: 'Ban xây dựng Đảng xã', correct: false },
      { text: 'Phòng Kinh tế xã', correct: true },
      { text: 'Trung tâm Văn hóa, thể thao và Truyền thông xã', correct: false },
      { text: 'Bí thư chi bộ, trưởng thôn', correct: false },
    ],
    explanation:
      'Kế hoạch của xã Phú Thái giao Phòng Kinh tế tham mưu UBND xã bố trí kinh phí phục vụ công tác thông tin tuyên truyền CCHC năm 2025 và hướng dẫn sử dụng kinh phí đúng quy định.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['kinh phí', 'phân công'],
    track: 'staff',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 1,
    type: 'true_false',
    stem: 'Theo kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, kinh phí thực hiện lấy từ nguồn ngân sách nhà nước và huy động hợp pháp khác.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    explanation:
      'Mục V kế hoạch của phường Trương Quang Trọng ghi rõ kinh phí thực hiện từ nguồn ngân sách nhà nước và huy động hợp pháp khác.',
    source: {
      document: 'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của phường Trương Quang Trọng',
    },
    tags: ['kinh phí'],
    track: 'both',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 3,
    type: 'single',
    stem: 'Theo kế hoạch của phường Mộ Lao, kinh phí cho công tác thông tin, tuyên truyền CCHC được bố trí như thế nào?',
    options: [
      {
        text: 'Từ nguồn kinh phí thực hiện công tác CCHC năm 2024 của UBND thị trấn',
        correct: false,
      },
      { text: 'Do Phòng Tài chính - Kế hoạch thành phố bố trí và quyết toán', correct: false },
      {
        text: 'Trong dự toán hằng năm theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác',
        correct: true,
      },
      { text: 'Do Phòng Kinh tế xã tham mưu bố trí cho 6 tháng cuối năm 2025', correct: false },
    ],
    explanation:
      'Kế hoạch của phường Mộ Lao nêu kinh phí được bố trí trong dự toán hằng năm theo phân cấp ngân sách hiện hành và các nguồn hợp pháp khác; các phương án còn lại là cách bố trí kinh phí trong kế hoạch của địa phương khác.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['kinh phí', 'dự toán'],
    track: 'staff',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 3,
    type: 'single',
    stem: 'Theo kế hoạch của xã Định Quán, Phòng Kinh tế có nhiệm vụ gì đối với nguồn kinh phí đã giao năm 2025 cho các cơ quan, đơn vị?',
    options: [
      {
        text: 'Lồng ghép kiểm tra vào Kế hoạch kiểm tra cải cách hành chính năm 2025',
        correct: false,
      },
      { text: 'Củng cố, nâng cao chất lượng Trang thông tin điện tử của xã', correct: false },
      { text: 'Tổ chức khảo sát mức độ hài lòng của người dân', correct: false },
      { text: 'Hướng dẫn quyết toán theo quy định', correct: true },
    ],
    explanation:
      'Kế hoạch của xã Định Quán giao Phòng Kinh tế căn cứ nguồn kinh phí đã giao năm 2025 cho các cơ quan, đơn vị để hướng dẫn quyết toán theo quy định.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 trên địa bàn xã Định Quán',
    },
    tags: ['kinh phí', 'quyết toán'],
    track: 'staff',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 1,
    type: 'single',
    stem: 'Cơ quan nào ban hành Nghị định 114/2024/NĐ-CP sửa đổi quy định chi tiết Luật Quản lý, sử dụng tài sản công?',
    options: [
      { text: 'Chính phủ', correct: true },
      { text: 'Thủ tướng Chính phủ', correct: false },
      { text: 'Bộ Nội vụ', correct: false },
      { text: 'Ủy ban nhân dân thành phố Hà Nội', correct: false },
    ],
    explanation:
      'Kế hoạch của phường Mộ Lao dẫn "Nghị định số 114/2024/NĐ-CP ngày 15/9/2024 của Chính phủ"; nghị định là văn bản do Chính phủ ban hành.',
    source: { document: 'Nghị định 114/2024/NĐ-CP', date: '15/09/2024' },
    tags: ['tài sản công', 'nghị định 114'],
    track: 'both',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 1,
    type: 'single',
    stem: 'Theo kế hoạch của phường Mộ Lao, nội dung nào dưới đây được tuyên truyền trong lĩnh vực cải cách tài chính công?',
    options: [
      { text: 'Phát triển Kho dữ liệu số (data lake, big data) của thành phố', correct: false },
      {
        text: 'Công tác quản lý, điều hành ngân sách và đổi mới cơ chế phân bổ, sử dụng ngân sách nhà nước của phường',
        correct: true,
      },
      { text: 'Sắp xếp, tinh gọn các cơ quan chuyên môn thuộc UBND quận', correct: false },
      {
        text: 'Hệ thống văn bản quy phạm pháp luật và việc tổ chức thi hành pháp luật',
        correct: false,
      },
    ],
    explanation:
      'Mục 4.4 kế hoạch của phường Mộ Lao về cải cách tài chính công nêu tuyên truyền công tác quản lý, điều hành ngân sách và đổi mới cơ chế phân bổ, sử dụng ngân sách nhà nước của phường; các phương án khác thuộc lĩnh vực chính quyền số, tổ chức bộ máy, thể chế.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['ngân sách nhà nước', 'tài chính công'],
    track: 'both',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 3,
    type: 'single',
    stem: 'Trong kế hoạch của phường Mộ Lao, Nghị định 151/2017/NĐ-CP của Chính phủ được dẫn với ngày ban hành nào?',
    options: [
      { text: '15/9/2024', correct: false },
      { text: '08/11/2011', correct: false },
      { text: '26/12/2017', correct: true },
      { text: '25/10/2017', correct: false },
    ],
    explanation:
      'Kế hoạch của phường Mộ Lao dẫn Nghị định 151/2017/NĐ-CP ngày 26/12/2017; 15/9/2024 là ngày của Nghị định 114/2024/NĐ-CP, 08/11/2011 của Nghị quyết 30c/NQ-CP, 25/10/2017 của Nghị quyết 18-NQ/TW.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      date: '26/12/2017',
    },
    tags: ['tài sản công', 'nghị định 151'],
    track: 'both',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 3,
    type: 'single',
    stem: 'Theo kế hoạch của thành phố Đông Hà, ngoài các cơ quan, đơn vị, công tác thanh tra, kiểm tra tài chính, ngân sách nhà nước còn hướng tới đối tượng nào trên địa bàn?',
    options: [
      { text: 'Tổ công nghệ số cộng đồng', correct: false },
      { text: 'Các Ban công tác mặt trận tổ dân phố', correct: false },
      { text: 'Các cơ sở giáo dục và đào tạo', correct: false },
      { text: 'Các doanh nghiệp có vốn nhà nước', correct: true },
    ],
    explanation:
      'Kế hoạch của thành phố Đông Hà nêu thanh tra, kiểm tra nhằm phát hiện, ngăn ngừa sai phạm trong quản lý tài chính, ngân sách tại các cơ quan, đơn vị và các doanh nghiệp có vốn nhà nước trên địa bàn.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['thanh tra', 'doanh nghiệp'],
    track: 'staff',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 2,
    type: 'single',
    stem: 'Kế hoạch của thành phố Đông Hà yêu cầu các cơ quan, đơn vị, UBND các phường bảo đảm điều kiện gì để triển khai kế hoạch tuyên truyền CCHC?',
    options: [
      { text: 'Bố trí đủ kinh phí, nhân lực', correct: true },
      {
        text: 'Kết nối Hệ thống thông tin giải quyết thủ tục hành chính với Tổng đài 1022',
        correct: false,
      },
      { text: 'Phát triển Cổng dữ liệu mở (Open Data)', correct: false },
      { text: 'Tổ chức mô hình "dân vận khéo" trong lĩnh vực CCHC', correct: false },
    ],
    explanation:
      'Mục III.1 kế hoạch của thành phố Đông Hà yêu cầu các cơ quan, đơn vị, UBND các phường tổ chức thực hiện hiệu quả việc tuyên truyền CCHC và bố trí đủ kinh phí, nhân lực.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['kinh phí', 'nhân lực'],
    track: 'staff',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 2,
    type: 'single',
    stem: 'Kế hoạch của xã Phú Thái yêu cầu tuyên truyền bám sát các nghị quyết về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và nội dung nào năm 2025?',
    options: [
      { text: 'Chuyển đổi số thành phố Hải Phòng', correct: false },
      { text: 'Dự toán ngân sách nhà nước', correct: true },
      { text: 'Hệ thống Quản lý chất lượng theo tiêu chuẩn quốc gia', correct: false },
      { text: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', correct: false },
    ],
    explanation:
      'Kế hoạch của xã Phú Thái nêu bám sát các nghị quyết về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2025.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['dự toán', 'ngân sách nhà nước'],
    track: 'staff',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 1,
    type: 'single',
    stem: 'Kế hoạch của phường Mộ Lao đề cập việc thanh toán nghĩa vụ tài chính của thủ tục hành chính trực tuyến trên nền tảng nào?',
    options: [
      { text: 'Tổng đài 1022', correct: false },
      { text: 'Hệ thống quản lý văn bản và điều hành VNPT iOffice', correct: false },
      { text: 'Cổng Dịch vụ công quốc gia', correct: true },
      { text: 'Cổng dữ liệu mở (Open Data) của Thành phố', correct: false },
    ],
    explanation:
      'Kế hoạch của phường Mộ Lao nêu thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia và tuyên truyền tỷ lệ thanh toán trực tuyến.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['thanh toán trực tuyến', 'nghĩa vụ tài chính'],
    track: 'citizen',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 2,
    type: 'single',
    stem: 'Kế hoạch của xã Định Quán yêu cầu thông tin, tuyên truyền nhóm thông tin nào liên quan đến đất đai?',
    options: [
      { text: 'Kho dữ liệu số (data lake, big data) của thành phố', correct: false },
      { text: 'Đề án vị trí việc làm và cơ cấu công chức, viên chức', correct: false },
      { text: 'Hệ thống Quản lý chất lượng theo tiêu chuẩn quốc gia', correct: false },
      {
        text: 'Quy hoạch sử dụng đất, khung giá đất, bảng giá đất và hệ số điều chỉnh giá đất',
        correct: true,
      },
    ],
    explanation:
      'Mục h phần nội dung tuyên truyền của kế hoạch xã Định Quán nêu các thông tin về quy hoạch sử dụng đất, khung giá đất, bảng giá đất và hệ số điều chỉnh giá đất, dự án đầu tư.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 trên địa bàn xã Định Quán',
    },
    tags: ['công khai', 'giá đất'],
    track: 'both',
  },
  {
    area: 'tai_chinh_cong',
    difficulty: 1,
    type: 'true_false',
    stem: 'Theo kế hoạch của thành phố Đông Hà, việc thực hiện quy chế dân chủ và công khai tài chính thuộc nội dung cải cách chế độ công vụ.',
    options: [
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ],
    explanation:
      'Sai: kế hoạch của thành phố Đông Hà xếp quy chế dân chủ và công khai tài chính, thực hành tiết kiệm, chống lãng phí vào nội dung cải cách tài chính công.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['công khai tài chính', 'quy chế dân chủ'],
    track: 'both',
  },
];
