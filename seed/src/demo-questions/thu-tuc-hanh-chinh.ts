import type { DemoQuestion } from './types.js';

export const thuTucHanhChinh: DemoQuestion[] = [
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, khi để xảy ra tình trạng chậm, muộn trong giải quyết thủ tục hành chính thì cơ quan phải làm gì theo quy định?',
    options: [
      { text: 'Thực hiện việc xin lỗi người dân, tổ chức', correct: true },
      { text: 'Tổ chức đối thoại trực tiếp giữa lãnh đạo với người dân', correct: false },
      { text: 'Khảo sát mức độ hài lòng của người dân', correct: false },
      { text: 'Lồng ghép vào Kế hoạch kiểm tra cải cách hành chính', correct: false },
    ],
    explanation:
      'Mục II.4.2 Kế hoạch của UBND phường Mộ Lao yêu cầu thông tin các trường hợp chậm, muộn trong giải quyết TTHC và phải thực hiện việc xin lỗi người dân, tổ chức theo quy định.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.4.2',
    },
    tags: ['hồ sơ trễ hạn', 'xin lỗi'],
    track: 'citizen',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên đâu?',
    options: [
      { text: 'Cổng dữ liệu mở (Open Data) Thành phố', correct: false },
      { text: 'Trang thông tin điện tử phường', correct: false },
      { text: 'Cổng Dịch vụ công quốc gia', correct: true },
      { text: 'Kho dữ liệu số (data lake, big data) của thành phố', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Mộ Lao nêu: thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.4.2',
    },
    tags: ['thanh toán trực tuyến', 'dịch vụ công'],
    track: 'citizen',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, Hệ thống thông tin giải quyết thủ tục hành chính được kết nối với kênh nào để hỗ trợ người dân khi giải quyết thủ tục hành chính?',
    options: [
      { text: 'Cổng dữ liệu mở (Open Data) Thành phố', correct: false },
      { text: 'Tổng đài 1022', correct: true },
      { text: 'Hệ thống quản lý văn bản và điều hành VNPT iOffice', correct: false },
      { text: 'Kho dữ liệu số (data lake, big data) của thành phố', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND xã Phú Thái nêu việc kết nối Hệ thống thông tin giải quyết thủ tục hành chính với Tổng đài 1022 để hỗ trợ người dân khi giải quyết TTHC và hỗ trợ cán bộ địa phương.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
      article: 'Mục II.2.e',
    },
    tags: ['tổng đài 1022', 'hỗ trợ người dân'],
    track: 'citizen',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, địa chỉ nào được đăng tải công khai để người dân, doanh nghiệp tìm kiếm thủ tục hành chính, nộp hồ sơ trực tuyến và tra cứu trạng thái hồ sơ?',
    options: [
      { text: 'Fanpage của xã', correct: false },
      { text: 'Cổng Thông tin điện tử xã', correct: false },
      { text: 'Bảng tin của thôn', correct: false },
      { text: 'http://dichvucong.gov.vn', correct: true },
    ],
    explanation:
      'Kế hoạch của UBND xã Phú Thái yêu cầu đăng tải công khai số hotline 1800.1096 và địa chỉ http://dichvucong.gov.vn để hỗ trợ tìm kiếm TTHC, nộp hồ sơ trực tuyến và tra cứu trạng thái hồ sơ.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
      article: 'Mục II.2.e',
    },
    tags: ['cổng dịch vụ công', 'nộp hồ sơ trực tuyến'],
    track: 'citizen',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 1,
    type: 'true_false',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, số hotline 1800.1096 được đăng tải công khai để hỗ trợ người dân, doanh nghiệp về thủ tục hành chính và dịch vụ công trực tuyến.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    explanation:
      'Đúng: Kế hoạch của UBND xã Phú Thái yêu cầu đăng tải công khai số hotline 1800.1096 cùng địa chỉ http://dichvucong.gov.vn để hỗ trợ người dân, doanh nghiệp.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
      article: 'Mục II.2.e',
    },
    tags: ['hotline', 'dịch vụ công'],
    track: 'citizen',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của xã Định Quán, các thủ tục hành chính và bộ hồ sơ mẫu được niêm yết công khai tại đâu?',
    options: [
      { text: 'Trung tâm dịch vụ tổng hợp', correct: false },
      { text: 'Trung tâm Phục vụ hành chính công của xã', correct: true },
      { text: 'Phòng Kinh tế', correct: false },
      { text: 'Phòng Văn hóa – Xã hội', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND xã Định Quán nêu hình thức niêm yết công khai các thủ tục hành chính và bộ hồ sơ mẫu tại Trung tâm Phục vụ hành chính công của xã, rõ ràng, đúng quy định, thuận lợi cho tra cứu.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của UBND xã Định Quán',
      article: 'Mục II.3.d',
    },
    tags: ['niêm yết công khai', 'hồ sơ mẫu'],
    track: 'citizen',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của xã Định Quán, ngoài dịch vụ công trực tuyến và thanh toán trực tuyến, người dân, doanh nghiệp còn được hướng dẫn, khuyến khích sử dụng dịch vụ nào?',
    options: [
      { text: 'Hệ thống quản lý văn bản và điều hành VNPT iOffice', correct: false },
      { text: 'Hệ thống Quản lý chất lượng theo tiêu chuẩn quốc gia', correct: false },
      { text: 'Kho dữ liệu số (data lake, big data) của thành phố', correct: false },
      { text: 'Dịch vụ bưu chính công ích', correct: true },
    ],
    explanation:
      'Kế hoạch của UBND xã Định Quán yêu cầu hướng dẫn, khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến, dịch vụ bưu chính công ích, thanh toán trực tuyến.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của UBND xã Định Quán',
      article: 'Mục II.2.e',
    },
    tags: ['bưu chính công ích', 'dịch vụ công'],
    track: 'citizen',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của thành phố Đông Hà, việc khuyến khích người dân sử dụng dịch vụ công trực tuyến, dịch vụ bưu chính công ích trong giải quyết thủ tục hành chính nhằm mục đích gì?',
    options: [
      { text: 'Tiết kiệm thời gian và chi phí', correct: true },
      { text: 'Giảm biên chế công chức hưởng lương từ ngân sách nhà nước', correct: false },
      { text: 'Thực hiện quy chế dân chủ và công khai tài chính', correct: false },
      { text: 'Tinh gọn đầu mối đơn vị sự nghiệp công lập', correct: false },
    ],
    explanation:
      'Mục đích của Kế hoạch UBND thành phố Đông Hà nêu rõ khuyến khích sử dụng dịch vụ công trực tuyến, dịch vụ bưu chính công ích trong giải quyết TTHC để tiết kiệm thời gian và chi phí.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND thành phố Đông Hà',
      article: 'Mục I.1',
    },
    tags: ['dịch vụ công trực tuyến', 'bưu chính công ích'],
    track: 'citizen',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của thành phố Đông Hà, thủ tục hành chính và quy trình giải quyết được niêm yết công khai tại bộ phận nào của thành phố và các phường?',
    options: [
      { text: 'Trung tâm Văn hóa thông tin - Thể dục thể thao thành phố', correct: false },
      { text: 'Phòng Tài chính - Kế hoạch thành phố', correct: false },
      { text: 'Bộ phận Tiếp nhận và trả kết quả', correct: true },
      { text: 'Phòng Tư pháp', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND thành phố Đông Hà yêu cầu niêm yết công khai các thủ tục hành chính và quy trình giải quyết tại các bộ phận Tiếp nhận và trả kết quả của thành phố, các phường, cùng trên Cổng thông tin điện tử.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND thành phố Đông Hà',
      article: 'Mục II.2',
    },
    tags: ['một cửa', 'niêm yết công khai'],
    track: 'citizen',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của thành phố Đông Hà, đơn vị nào chủ trì tuyên truyền kết quả cải cách thủ tục hành chính và hướng dẫn nghiệp vụ kiểm soát thủ tục hành chính?',
    options: [
      { text: 'Phòng Nội vụ thành phố', correct: false },
      { text: 'Phòng Văn hóa và Thông tin thành phố', correct: false },
      { text: 'Phòng Tư pháp', correct: false },
      { text: 'Văn phòng HĐND và UBND thành phố', correct: true },
    ],
    explanation:
      'Mục III.4 Kế hoạch của UBND thành phố Đông Hà giao Văn phòng HĐND và UBND thành phố chủ trì tuyên truyền kết quả cải cách TTHC, hướng dẫn nghiệp vụ kiểm soát TTHC và kết quả cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa thành phố.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND thành phố Đông Hà',
      article: 'Mục III.4',
    },
    tags: ['kiểm soát thủ tục', 'phân công'],
    track: 'staff',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của thành phố Đông Hà, tổ nào được duy trì để tuyên truyền các nền tảng số, chú trọng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt?',
    options: [
      { text: 'Tổ công nghệ số cộng đồng', correct: true },
      { text: 'Ban công tác mặt trận tổ dân phố', correct: false },
      { text: 'Hội đồng phổ biến, giáo dục pháp luật', correct: false },
      { text: 'Ban Chỉ đạo cải cách hành chính', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND thành phố Đông Hà giao Phòng Văn hóa và Thông tin duy trì, phát huy hiệu quả Tổ công nghệ số cộng đồng trong tuyên truyền các nền tảng số, chú trọng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND thành phố Đông Hà',
      article: 'Mục III.3',
    },
    tags: ['tổ công nghệ số cộng đồng', 'thanh toán trực tuyến'],
    track: 'both',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, hồ sơ giải quyết thủ tục hành chính luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền được thực hiện bằng phương thức nào?',
    options: [
      { text: 'Qua dịch vụ bưu chính công ích', correct: false },
      { text: 'Qua Tổng đài 1022', correct: false },
      { text: 'Bằng phương thức điện tử', correct: true },
      { text: 'Qua Tổ công nghệ số cộng đồng', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Mộ Lao nêu hồ sơ giải quyết TTHC được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền hoặc cơ quan liên quan bằng phương thức điện tử.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.4.2',
    },
    tags: ['luân chuyển hồ sơ', 'điện tử'],
    track: 'staff',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, hồ sơ thủ tục hành chính khi tiếp nhận, giải quyết được theo dõi trạng thái xử lý trên hệ thống nào, đồng bộ với Cổng Dịch vụ công quốc gia?',
    options: [
      { text: 'Hệ thống quản lý văn bản và điều hành VNPT iOffice', correct: false },
      { text: 'Hệ thống thông tin giải quyết thủ tục hành chính của thành phố', correct: true },
      { text: 'Cổng dữ liệu mở (Open Data) Thành phố', correct: false },
      { text: 'Hệ thống Quản lý chất lượng theo tiêu chuẩn quốc gia', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND xã Phú Thái nêu hồ sơ TTHC được theo dõi trạng thái xử lý trên Hệ thống thông tin giải quyết thủ tục hành chính của thành phố, đồng bộ với Cổng Dịch vụ công quốc gia.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
      article: 'Mục II.1.g',
    },
    tags: ['trạng thái hồ sơ', 'hệ thống thông tin'],
    track: 'both',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, đơn vị nào chủ trì xây dựng và cung cấp dịch vụ hành chính công một phần và dịch vụ công trực tuyến toàn trình trên hệ thống thông tin giải quyết TTHC?',
    options: [
      { text: 'Trung tâm cung ứng dịch vụ công phường', correct: false },
      { text: 'Phòng Văn hóa – Xã hội phường', correct: false },
      { text: 'Trung tâm phục vụ hành chính công phường', correct: true },
      { text: 'Văn phòng HĐND và UBND phường', correct: false },
    ],
    explanation:
      'Mục VI.2 Kế hoạch của UBND phường Trương Quang Trọng giao Trung tâm phục vụ hành chính công phường chủ trì xây dựng và cung cấp dịch vụ hành chính công một phần và dịch vụ công trực tuyến toàn trình.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục VI.2',
    },
    tags: ['trung tâm phục vụ hành chính công', 'dịch vụ công toàn trình'],
    track: 'staff',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, thủ tục hành chính, quy trình nội bộ, quy trình điện tử được công khai là những quy trình đã được ai phê duyệt?',
    options: [
      { text: 'Chủ tịch Ủy ban nhân dân phường', correct: false },
      { text: 'Chủ tịch Ủy ban nhân dân tỉnh', correct: true },
      { text: 'Sở Nội vụ tỉnh', correct: false },
      { text: 'Phòng Văn hóa – Xã hội phường', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Trương Quang Trọng nêu nội dung công khai thủ tục hành chính, quy trình nội bộ, quy trình điện tử trong giải quyết TTHC đã được Chủ tịch Ủy ban nhân dân tỉnh phê duyệt.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục IV.1',
    },
    tags: ['quy trình nội bộ', 'công khai'],
    track: 'staff',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của xã Định Quán, việc hiện đại hóa hình thức niêm yết, tra cứu thủ tục hành chính được thực hiện qua những phương tiện nào?',
    options: [
      { text: 'Qua hội nghị báo cáo viên, tuyên truyền viên', correct: false },
      { text: 'Qua băng rôn, khẩu hiệu trên trục đường chính', correct: false },
      { text: 'Qua sân khấu hóa và tranh cổ động', correct: false },
      {
        text: 'Qua hệ thống máy tính đặt tại Trung tâm Phục vụ hành chính công xã và qua điện thoại',
        correct: true,
      },
    ],
    explanation:
      'Kế hoạch của UBND xã Định Quán chú trọng ứng dụng công nghệ thông tin, hiện đại hóa hình thức niêm yết, tra cứu: qua hệ thống máy tính đặt tại Trung tâm Phục vụ hành chính công xã, qua điện thoại.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của UBND xã Định Quán',
      article: 'Mục II.3.d',
    },
    tags: ['tra cứu thủ tục', 'niêm yết công khai'],
    track: 'citizen',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 1,
    type: 'single',
    stem: 'Cơ chế nào được các kế hoạch tuyên truyền CCHC năm 2025 yêu cầu tuyên truyền trong giải quyết thủ tục hành chính tại cơ quan hành chính nhà nước?',
    options: [
      { text: 'Cơ chế một cửa, một cửa liên thông', correct: true },
      { text: 'Cơ chế tự chủ, tự chịu trách nhiệm của đơn vị sự nghiệp công lập', correct: false },
      { text: 'Quy chế dân chủ và công khai tài chính', correct: false },
      { text: 'Phân công, phân cấp quản lý', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Trương Quang Trọng (và các kế hoạch Định Quán, Đông Hà) yêu cầu tuyên truyền việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục IV.1',
    },
    tags: ['một cửa', 'một cửa liên thông'],
    track: 'citizen',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 2,
    type: 'single',
    stem: 'Nghị định 61/2018/NĐ-CP của Chính phủ quy định về nội dung nào?',
    options: [
      { text: 'Quản lý, sử dụng tài sản công', correct: false },
      {
        text: 'Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
        correct: true,
      },
      { text: 'Tổng kết thực hiện Nghị quyết 18-NQ/TW', correct: false },
      { text: 'Chuyển đổi số thành phố Hải Phòng đến năm 2025', correct: false },
    ],
    explanation:
      'Nghị định 61/2018/NĐ-CP quy định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; quản lý, sử dụng tài sản công thuộc Nghị định 151/2017/NĐ-CP.',
    source: { document: 'Nghị định 61/2018/NĐ-CP' },
    tags: ['nghị định 61', 'một cửa'],
    track: 'both',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của xã Định Quán, đơn vị nào phổ biến, hướng dẫn nghiệp vụ kiểm soát thủ tục hành chính cho các đơn vị và hỗ trợ người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến?',
    options: [
      { text: 'Phòng Kinh tế', correct: false },
      { text: 'Trung tâm dịch vụ tổng hợp', correct: false },
      { text: 'Phòng Văn hóa – Xã hội', correct: false },
      { text: 'Trung tâm Phục vụ hành chính công xã', correct: true },
    ],
    explanation:
      'Mục IV.4 Kế hoạch của UBND xã Định Quán giao Trung tâm Phục vụ hành chính công xã tuyên truyền kết quả cải cách TTHC, hướng dẫn nghiệp vụ kiểm soát TTHC và hỗ trợ người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của UBND xã Định Quán',
      article: 'Mục IV.4',
    },
    tags: ['trung tâm phục vụ hành chính công', 'kiểm soát thủ tục'],
    track: 'staff',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, thủ tục hành chính mới ban hành, được sửa đổi, bổ sung hoặc bị bãi bỏ được cung cấp tới đâu để đăng tải công khai?',
    options: [
      { text: 'Ban Biên tập Cổng Thông tin điện tử xã', correct: true },
      { text: 'Sở Nội vụ thành phố', correct: false },
      { text: 'Ban xây dựng Đảng xã', correct: false },
      { text: 'Bí thư chi bộ, trưởng thôn', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND xã Phú Thái giao Văn phòng HĐND và UBND xã, Phòng Kinh tế, Trung tâm Phục vụ hành chính công xã cung cấp các TTHC mới ban hành, sửa đổi, bổ sung, bị bãi bỏ tới Ban Biên tập Cổng Thông tin điện tử xã để đăng tải công khai.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
      article: 'Mục III.2',
    },
    tags: ['công khai thủ tục', 'cổng thông tin'],
    track: 'staff',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường được công bố, công khai ở đâu?',
    options: [
      { text: 'Trên Cổng dữ liệu mở (Open Data) Thành phố', correct: false },
      { text: 'Trên hệ thống quản lý văn bản VNPT iOffice', correct: false },
      {
        text: 'Trên Cổng thông tin điện tử và tại Bộ phận tiếp nhận và trả kết quả giải quyết TTHC phường',
        correct: true,
      },
      { text: 'Trong Kho dữ liệu số (data lake, big data) của thành phố', correct: false },
    ],
    explanation:
      'Mục III.2 Kế hoạch của UBND phường Mộ Lao yêu cầu công bố, công khai đầy đủ các TTHC trên Cổng thông tin điện tử và Bộ phận tiếp nhận và trả kết quả giải quyết TTHC phường.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục III.2',
    },
    tags: ['công khai thủ tục', 'bộ phận một cửa'],
    track: 'citizen',
  },
  {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, bên cạnh tỷ lệ thanh toán trực tuyến, tỷ lệ nào gắn với số hóa được nêu trong nội dung tuyên truyền cải cách thủ tục hành chính?',
    options: [
      { text: 'Tỷ lệ giảm biên chế công chức hưởng lương từ ngân sách nhà nước', correct: false },
      { text: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', correct: true },
      { text: 'Tỷ lệ cán bộ, công chức tham dự cuộc thi trực tuyến', correct: false },
      { text: 'Tỷ lệ đơn vị sự nghiệp công lập được tinh gọn đầu mối', correct: false },
    ],
    explanation:
      'Mục II.4.2 Kế hoạch của UBND phường Mộ Lao nêu tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia và tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.4.2',
    },
    tags: ['số hóa hồ sơ', 'dữ liệu'],
    track: 'staff',
  },
];
