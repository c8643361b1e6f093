import type { DemoQuestion } from './types.js';

export const chinhQuyenSo: DemoQuestion[] = [
  {
    area: 'chinh_quyen_so',
    difficulty: 1,
    type: 'single',
    stem: 'Theo kế hoạch của xã Phú Thái, cùng với số hotline 1800.1096, địa chỉ nào được đăng tải công khai để hỗ trợ người dân tìm kiếm thủ tục hành chính, nộp hồ sơ trực tuyến và tra cứu trạng thái hồ sơ?',
    options: [
      { text: 'http://dichvucong.gov.vn', correct: true },
      { text: 'Cổng dữ liệu mở (Open Data) của Thành phố', correct: false },
      { text: 'Trang thông tin điện tử phường', correct: false },
      { text: 'Cổng dịch vụ công tỉnh Quảng Trị', correct: false },
    ],
    explanation:
      'Kế hoạch của xã Phú Thái yêu cầu đăng tải công khai hotline 1800.1096 và địa chỉ http://dichvucong.gov.vn (Cổng Dịch vụ công quốc gia) để hỗ trợ người dân, doanh nghiệp.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['dịch vụ công quốc gia', 'hotline'],
    track: 'citizen',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 1,
    type: 'single',
    stem: 'Theo kế hoạch của xã Phú Thái, Hệ thống thông tin giải quyết thủ tục hành chính được kết nối với kênh nào để hỗ trợ người dân khi giải quyết thủ tục hành chính?',
    options: [
      { text: 'Hệ thống quản lý văn bản và điều hành VNPT iOffice', correct: false },
      { text: 'Tổng đài 1022', correct: true },
      { text: 'Cổng dữ liệu số quốc gia', correct: false },
      { text: 'Kho dữ liệu số (data lake, big data)', correct: false },
    ],
    explanation:
      'Kế hoạch của xã Phú Thái nêu kết nối Hệ thống thông tin giải quyết thủ tục hành chính với Tổng đài 1022 để hỗ trợ người dân và hỗ trợ cán bộ địa phương khai thác các chức năng quản lý nhà nước.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['tổng đài 1022', 'hỗ trợ người dân'],
    track: 'citizen',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 1,
    type: 'single',
    stem: 'Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng tuyên truyền việc áp dụng hệ thống quản lý văn bản và điều hành nào?',
    options: [
      { text: 'Kho dữ liệu số (data lake, big data)', correct: false },
      { text: 'Cổng dữ liệu mở (Open Data)', correct: false },
      { text: 'VNPT iOffice', correct: true },
      { text: 'Tổng đài 1022', correct: false },
    ],
    explanation:
      'Kế hoạch của phường Trương Quang Trọng nêu việc áp dụng hệ thống quản lý văn bản và điều hành VNPT iOffice và ứng dụng chữ ký số tại các cơ quan, đơn vị.',
    source: {
      document: 'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của phường Trương Quang Trọng',
    },
    tags: ['vnpt ioffice', 'quản lý văn bản'],
    track: 'staff',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 2,
    type: 'single',
    stem: 'Cùng với hệ thống VNPT iOffice, kế hoạch của phường Trương Quang Trọng tuyên truyền việc ứng dụng công cụ nào tại các cơ quan, đơn vị?',
    options: [
      { text: 'Trí tuệ nhân tạo (AI)', correct: false },
      { text: 'Tin nhắn SMS', correct: false },
      { text: 'Màn hình chờ tại các địa điểm công cộng', correct: false },
      { text: 'Chữ ký số', correct: true },
    ],
    explanation:
      'Kế hoạch của phường Trương Quang Trọng nêu việc áp dụng VNPT iOffice cùng với ứng dụng chữ ký số tại các cơ quan, đơn vị.',
    source: {
      document: 'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của phường Trương Quang Trọng',
    },
    tags: ['chữ ký số', 'vnpt ioffice'],
    track: 'staff',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 1,
    type: 'single',
    stem: 'Chỉ số DTI mà kế hoạch của xã Phú Thái đặt mục tiêu cải thiện là chỉ số gì?',
    options: [
      { text: 'Chỉ số chuyển đổi số cấp tỉnh', correct: true },
      { text: 'Chỉ số cải cách hành chính', correct: false },
      { text: 'Chỉ số năng lực cạnh tranh cấp tỉnh', correct: false },
      { text: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh', correct: false },
    ],
    explanation:
      'Kế hoạch của xã Phú Thái nêu giải pháp "cải thiện Chỉ số chuyển đổi số cấp tỉnh (DTI)"; PAR INDEX, PCI và PAPI là các chỉ số khác.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['dti', 'chuyển đổi số'],
    track: 'both',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 2,
    type: 'single',
    stem: 'Ba trụ cột của Chỉ số chuyển đổi số cấp tỉnh (DTI) gồm những nội dung nào?',
    options: [
      { text: 'Chính quyền điện tử, thành phố thông minh, công dân số', correct: false },
      { text: 'Chính quyền số, kinh tế số, xã hội số', correct: true },
      {
        text: 'Cải cách thể chế, cải cách thủ tục hành chính, cải cách tài chính công',
        correct: false,
      },
      { text: 'Kho dữ liệu số, Cổng dữ liệu mở, Cổng dữ liệu số quốc gia', correct: false },
    ],
    explanation:
      'Chỉ số DTI (được kế hoạch của xã Phú Thái yêu cầu cải thiện) đánh giá chuyển đổi số cấp tỉnh trên ba trụ cột: chính quyền số, kinh tế số và xã hội số.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['dti', 'chuyển đổi số'],
    track: 'both',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 1,
    type: 'single',
    stem: 'Theo kế hoạch của thành phố Đông Hà, tổ nào được tiếp tục duy trì để tuyên truyền các nền tảng số phục vụ xây dựng chính quyền số, công dân số?',
    options: [
      { text: 'Bộ phận Tiếp nhận và trả kết quả', correct: false },
      { text: 'Ban công tác mặt trận tổ dân phố', correct: false },
      { text: 'Tổ công nghệ số cộng đồng', correct: true },
      { text: 'Hội đồng phổ biến, giáo dục pháp luật', correct: false },
    ],
    explanation:
      'Kế hoạch của thành phố Đông Hà giao Phòng Văn hóa và Thông tin duy trì, phát huy hiệu quả hoạt động của Tổ công nghệ số cộng đồng trong tuyên truyền các nền tảng số.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['tổ công nghệ số cộng đồng', 'công dân số'],
    track: 'citizen',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 2,
    type: 'single',
    stem: 'Khi tuyên truyền các nền tảng số, Tổ công nghệ số cộng đồng ở thành phố Đông Hà được yêu cầu chú trọng nội dung nào?',
    options: [
      { text: 'Quy tắc ứng xử nơi công cộng', correct: false },
      { text: 'Đề án vị trí việc làm và cơ cấu công chức, viên chức', correct: false },
      { text: 'Quy hoạch sử dụng đất và bảng giá đất', correct: false },
      {
        text: 'Thực hiện dịch vụ công trực tuyến và thanh toán không dùng tiền mặt',
        correct: true,
      },
    ],
    explanation:
      'Theo kế hoạch của thành phố Đông Hà, Tổ công nghệ số cộng đồng tuyên truyền các nền tảng số, trong đó chú trọng việc thực hiện các dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['tổ công nghệ số cộng đồng', 'thanh toán không dùng tiền mặt'],
    track: 'citizen',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 3,
    type: 'single',
    stem: 'Theo kế hoạch của phường Mộ Lao, Kho dữ liệu số (data lake, big data) của thành phố được phát triển nhằm mục đích gì?',
    options: [
      {
        text: 'Quản lý thống nhất việc tích hợp, lưu trữ, chia sẻ, trao đổi, bảo quản an toàn tài liệu lưu trữ điện tử',
        correct: true,
      },
      { text: 'Quản lý văn bản và điều hành tại các cơ quan, đơn vị', correct: false },
      { text: 'Thanh toán trực tuyến nghĩa vụ tài chính của thủ tục hành chính', correct: false },
      { text: 'Hỗ trợ người dân qua tổng đài khi giải quyết thủ tục hành chính', correct: false },
    ],
    explanation:
      'Mục 4.5 kế hoạch của phường Mộ Lao nêu phát triển Kho dữ liệu số để quản lý thống nhất việc tích hợp, lưu trữ, chia sẻ, trao đổi, bảo quản an toàn và sử dụng hiệu quả tài liệu lưu trữ điện tử hình thành trong chuyển đổi số.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['kho dữ liệu số', 'dữ liệu'],
    track: 'staff',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 3,
    type: 'single',
    stem: 'Theo kế hoạch của phường Mộ Lao, Cổng dữ liệu mở (Open Data) của Thành phố phải bảo đảm kết nối với cổng nào?',
    options: [
      { text: 'Cổng dịch vụ công tỉnh Quảng Trị', correct: false },
      { text: 'Cổng dữ liệu số quốc gia', correct: true },
      { text: 'Hệ thống quản lý văn bản và điều hành VNPT iOffice', correct: false },
      { text: 'Tổng đài 1022', correct: false },
    ],
    explanation:
      'Kế hoạch của phường Mộ Lao nêu phát triển Cổng dữ liệu mở (Open Data) Thành phố để quản trị dữ liệu số, bảo đảm kết nối với Cổng dữ liệu số quốc gia.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['dữ liệu mở', 'dữ liệu'],
    track: 'staff',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 2,
    type: 'single',
    stem: 'Theo kế hoạch của xã Phú Thái, trạng thái xử lý hồ sơ thủ tục hành chính được theo dõi trên Hệ thống thông tin giải quyết thủ tục hành chính của thành phố, đồng bộ với hệ thống nào?',
    options: [
      { text: 'Cổng dữ liệu mở (Open Data)', correct: false },
      { text: 'Trang thông tin điện tử phường', correct: false },
      { text: 'Cổng Dịch vụ công quốc gia', correct: true },
      { text: 'Kho dữ liệu số (data lake, big data)', correct: false },
    ],
    explanation:
      'Kế hoạch của xã Phú Thái nêu hồ sơ thủ tục hành chính được theo dõi trạng thái xử lý trên Hệ thống thông tin giải quyết thủ tục hành chính của thành phố, đồng bộ với Cổng Dịch vụ công quốc gia.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['dịch vụ công quốc gia', 'tra cứu hồ sơ'],
    track: 'both',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 2,
    type: 'single',
    stem: 'Nghị quyết số 03-NQ/TU của Ban Thường vụ Thành ủy Hải Phòng mà kế hoạch của xã Phú Thái yêu cầu triển khai có nội dung gì?',
    options: [
      {
        text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030',
        correct: false,
      },
      {
        text: 'Kế hoạch cải cách hành chính nhà nước thành phố Hải Phòng 6 tháng cuối năm 2025',
        correct: false,
      },
      {
        text: 'Thực hiện Chương trình tổng thể CCHC nhà nước tại thành phố Hải Phòng giai đoạn 2021–2025',
        correct: false,
      },
      {
        text: 'Chuyển đổi số thành phố Hải Phòng đến năm 2025, định hướng đến năm 2030',
        correct: true,
      },
    ],
    explanation:
      'Kế hoạch của xã Phú Thái nêu Nghị quyết số 03-NQ/TU của Ban Thường vụ Thành ủy về Chuyển đổi số thành phố Hải Phòng đến năm 2025, định hướng đến năm 2030; các phương án khác là nội dung của Nghị quyết 76/NQ-CP, Quyết định 3041/QĐ-UBND và Kế hoạch 216/KH-UBND.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['chuyển đổi số', 'hải phòng'],
    track: 'both',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 1,
    type: 'single',
    stem: 'Cùng với dịch vụ công trực tuyến và thanh toán trực tuyến, kế hoạch của xã Định Quán hướng dẫn, khuyến khích người dân, doanh nghiệp sử dụng dịch vụ nào?',
    options: [
      { text: 'Dịch vụ bưu chính công ích', correct: true },
      { text: 'Hệ thống quản lý văn bản và điều hành VNPT iOffice', correct: false },
      { text: 'Kho dữ liệu số (data lake, big data)', correct: false },
      { text: 'Hệ thống Quản lý chất lượng theo tiêu chuẩn quốc gia', correct: false },
    ],
    explanation:
      'Kế hoạch của xã Định Quán nêu hướng dẫn, khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến, dịch vụ bưu chính công ích, thanh toán trực tuyến.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 trên địa bàn xã Định Quán',
    },
    tags: ['bưu chính công ích', 'dịch vụ công trực tuyến'],
    track: 'citizen',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 1,
    type: 'single',
    stem: 'Theo mục tiêu của kế hoạch xã Định Quán, thúc đẩy người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến góp phần nâng cao chỉ tiêu nào?',
    options: [
      { text: 'Tỷ lệ tinh giản biên chế', correct: false },
      { text: 'Tỷ lệ nộp, giải quyết hồ sơ trực tuyến', correct: true },
      { text: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', correct: false },
      { text: 'Số lượng tổ dân phố tham gia tuyên truyền', correct: false },
    ],
    explanation:
      'Mục tiêu cụ thể của kế hoạch xã Định Quán là thúc đẩy người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến góp phần nâng cao tỷ lệ nộp, giải quyết hồ sơ trực tuyến.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 trên địa bàn xã Định Quán',
    },
    tags: ['dịch vụ công trực tuyến', 'hồ sơ trực tuyến'],
    track: 'citizen',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 2,
    type: 'single',
    stem: 'Theo kế hoạch của phường Trương Quang Trọng, đơn vị nào chủ trì xây dựng và cung cấp dịch vụ công trực tuyến toàn trình trên hệ thống thông tin giải quyết thủ tục hành chính?',
    options: [
      { text: 'Phòng Văn hoá – Xã hội phường', correct: false },
      { text: 'Văn phòng HĐND và UBND phường', correct: false },
      { text: 'Trung tâm phục vụ hành chính công phường', correct: true },
      { text: 'Trung tâm cung ứng dịch vụ công phường', correct: false },
    ],
    explanation:
      'Kế hoạch của phường Trương Quang Trọng giao Trung tâm phục vụ hành chính công phường chủ trì xây dựng, cung cấp dịch vụ hành chính công một phần và dịch vụ công trực tuyến toàn trình.',
    source: {
      document: 'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của phường Trương Quang Trọng',
    },
    tags: ['dịch vụ công trực tuyến', 'phân công'],
    track: 'staff',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 3,
    type: 'single',
    stem: 'Theo kế hoạch của xã Phú Thái, đơn vị nào chủ trì chuyển đổi Hệ thống thông tin giải quyết thủ tục hành chính mới của thành phố?',
    options: [
      { text: 'Phòng Kinh tế xã', correct: false },
      { text: 'Trung tâm Văn hóa, thể thao và Truyền thông xã', correct: false },
      { text: 'Ban xây dựng Đảng xã', correct: false },
      { text: 'Phòng Văn hoá - Xã hội xã', correct: true },
    ],
    explanation:
      'Kế hoạch của xã Phú Thái giao Phòng Văn hoá - Xã hội chủ trì thực hiện chuyển đổi Hệ thống thông tin giải quyết thủ tục hành chính mới của thành phố, đáp ứng yêu cầu của Chính phủ.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['hệ thống thông tin', 'phân công'],
    track: 'staff',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 2,
    type: 'single',
    stem: 'Kế hoạch của phường Mộ Lao biểu dương việc hồ sơ thủ tục hành chính được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền bằng phương thức nào?',
    options: [
      { text: 'Phương thức điện tử', correct: true },
      { text: 'Dịch vụ bưu chính công ích', correct: false },
      { text: 'Niêm yết tại Bộ phận Tiếp nhận và trả kết quả', correct: false },
      { text: 'Hệ thống loa truyền thanh', correct: false },
    ],
    explanation:
      'Kế hoạch của phường Mộ Lao nêu hồ sơ giải quyết thủ tục hành chính được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền hoặc liên quan được thực hiện bằng phương thức điện tử.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['luân chuyển hồ sơ', 'số hóa'],
    track: 'staff',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 2,
    type: 'single',
    stem: 'Cùng với mạng xã hội và ứng dụng số, kế hoạch của phường Mộ Lao yêu cầu ứng dụng công nghệ nào trong công tác tuyên truyền CCHC?',
    options: [
      { text: 'Chữ ký số', correct: false },
      { text: 'Trí tuệ nhân tạo (AI)', correct: true },
      { text: 'Dữ liệu mở (Open Data)', correct: false },
      { text: 'Hệ thống quản lý văn bản VNPT iOffice', correct: false },
    ],
    explanation:
      'Phần yêu cầu của kế hoạch phường Mộ Lao nêu ứng dụng mạng xã hội, ứng dụng số, trí tuệ nhân tạo (AI) trong công tác tuyên truyền.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['trí tuệ nhân tạo', 'tuyên truyền số'],
    track: 'both',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 3,
    type: 'single',
    stem: 'Theo kế hoạch của xã Định Quán, hình thức niêm yết, tra cứu thủ tục hành chính được hiện đại hóa qua kênh nào?',
    options: [
      { text: 'Cổng dữ liệu mở (Open Data) của Thành phố', correct: false },
      { text: 'Hệ thống quản lý văn bản và điều hành VNPT iOffice', correct: false },
      {
        text: 'Hệ thống máy tính đặt tại Trung tâm phục vụ Hành chính công xã và qua điện thoại',
        correct: true,
      },
      { text: 'Hệ thống bảng tin của thôn', correct: false },
    ],
    explanation:
      'Kế hoạch của xã Định Quán chú trọng hiện đại hóa hình thức niêm yết, tra cứu qua hệ thống máy tính đặt tại Trung tâm phục vụ Hành chính công xã, qua điện thoại.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 trên địa bàn xã Định Quán',
    },
    tags: ['tra cứu thủ tục', 'niêm yết'],
    track: 'citizen',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 2,
    type: 'single',
    stem: 'Theo kế hoạch của thành phố Đông Hà, Văn phòng HĐND và UBND thành phố hướng dẫn cơ quan, cá nhân, tổ chức khai thác hệ thống thông tin về thủ tục hành chính trên các cổng nào?',
    options: [
      { text: 'Cổng dữ liệu mở (Open Data) và Cổng dữ liệu số quốc gia', correct: false },
      { text: 'Kho dữ liệu số (data lake, big data) của thành phố', correct: false },
      { text: 'Hệ thống quản lý văn bản và điều hành VNPT iOffice', correct: false },
      { text: 'Cổng dịch vụ công tỉnh Quảng Trị và Cổng Dịch vụ công quốc gia', correct: true },
    ],
    explanation:
      'Kế hoạch của thành phố Đông Hà giao Văn phòng HĐND và UBND thành phố hướng dẫn khai thác, sử dụng hệ thống thông tin về thủ tục hành chính trên Cổng dịch vụ công tỉnh Quảng Trị và Cổng Dịch vụ công quốc gia.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['dịch vụ công quốc gia', 'hướng dẫn'],
    track: 'both',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 1,
    type: 'true_false',
    stem: 'Theo kế hoạch của xã Phú Thái, Hệ thống thông tin giải quyết thủ tục hành chính được kết nối với hotline 1800.1096 để hỗ trợ cán bộ địa phương khai thác các chức năng quản lý nhà nước.',
    options: [
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ],
    explanation:
      'Sai: kế hoạch của xã Phú Thái nêu kết nối hệ thống với Tổng đài 1022; hotline 1800.1096 được đăng tải công khai cùng địa chỉ dichvucong.gov.vn.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['tổng đài 1022', 'hotline'],
    track: 'both',
  },
  {
    area: 'chinh_quyen_so',
    difficulty: 1,
    type: 'true_false',
    stem: 'Theo kế hoạch của thành phố Đông Hà, khuyến khích sử dụng dịch vụ công trực tuyến, dịch vụ bưu chính công ích trong giải quyết thủ tục hành chính là để tiết kiệm thời gian và chi phí.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    explanation:
      'Đúng: phần mục đích của kế hoạch thành phố Đông Hà nêu khuyến khích sử dụng dịch vụ công trực tuyến, dịch vụ bưu chính công ích để tiết kiệm thời gian và chi phí.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['dịch vụ công trực tuyến', 'bưu chính công ích'],
    track: 'citizen',
  },
];
