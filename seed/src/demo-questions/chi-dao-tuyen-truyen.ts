import type { DemoQuestion } from './types.js';

export const chiDaoTuyenTruyen: DemoQuestion[] = [
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 1,
    type: 'single',
    stem: 'PAR INDEX, được các kế hoạch tuyên truyền CCHC năm 2025 yêu cầu duy trì và nâng cao, là tên viết tắt của chỉ số nào?',
    options: [
      { text: 'Chỉ số cải cách hành chính', correct: true },
      {
        text: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
        correct: false,
      },
      { text: 'Chỉ số năng lực cạnh tranh cấp tỉnh', correct: false },
      { text: 'Chỉ số chuyển đổi số cấp tỉnh', correct: false },
    ],
    explanation:
      'Kế hoạch của xã Định Quán liệt kê "Chỉ số cải cách hành chính (PAR INDEX)" bên cạnh SIPAS, PAPI, PCI; các phương án còn lại là SIPAS, PCI và DTI.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 trên địa bàn xã Định Quán',
    },
    tags: ['par index', 'chỉ số'],
    track: 'both',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 1,
    type: 'single',
    stem: 'Chỉ số SIPAS mà kế hoạch của phường Mộ Lao gắn với thước đo sự hài lòng của người dân là chỉ số gì?',
    options: [
      { text: 'Chỉ số cải cách hành chính', correct: false },
      {
        text: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
        correct: true,
      },
      { text: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh', correct: false },
      { text: 'Chỉ số chuyển đổi số cấp tỉnh', correct: false },
    ],
    explanation:
      'Kế hoạch của phường Mộ Lao lấy sự hài lòng của người dân, tổ chức làm thước đo và nêu chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS).',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['sipas', 'sự hài lòng'],
    track: 'both',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 2,
    type: 'single',
    stem: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) được thực hiện từ năm 2009 bởi tổ chức nào?',
    options: [
      { text: 'Phòng Thương mại và Công nghiệp Việt Nam (VCCI)', correct: false },
      { text: 'Bộ Nội vụ', correct: false },
      { text: 'UNDP phối hợp với CECODES và các đối tác', correct: true },
      { text: 'Sở Nội vụ tỉnh', correct: false },
    ],
    explanation:
      'PAPI, được kế hoạch của thành phố Đông Hà yêu cầu cải thiện, do UNDP phối hợp với CECODES và các đối tác thực hiện từ năm 2009; PCI do VCCI, PAR INDEX do Bộ Nội vụ thực hiện.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['papi', 'chỉ số'],
    track: 'both',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 2,
    type: 'single',
    stem: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), được nêu trong kế hoạch của xã Định Quán, do tổ chức nào xây dựng và công bố?',
    options: [
      { text: 'Bộ Nội vụ', correct: false },
      { text: 'UNDP', correct: false },
      { text: 'CECODES', correct: false },
      { text: 'Phòng Thương mại và Công nghiệp Việt Nam (VCCI)', correct: true },
    ],
    explanation:
      'PCI là chỉ số năng lực cạnh tranh cấp tỉnh của VCCI; kế hoạch của xã Định Quán đưa PCI vào nhóm chỉ số cần tuyên truyền giải pháp nâng cao.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 trên địa bàn xã Định Quán',
    },
    tags: ['pci', 'chỉ số'],
    track: 'both',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 2,
    type: 'single',
    stem: 'Chỉ số cải cách hành chính (PAR INDEX) do cơ quan nào chủ trì đánh giá?',
    options: [
      { text: 'Bộ Nội vụ', correct: true },
      { text: 'Phòng Thương mại và Công nghiệp Việt Nam (VCCI)', correct: false },
      { text: 'UNDP', correct: false },
      { text: 'Sở Khoa học và Công nghệ', correct: false },
    ],
    explanation:
      'PAR INDEX là chỉ số cải cách hành chính do Bộ Nội vụ đánh giá; kế hoạch của phường Trương Quang Trọng yêu cầu tuyên truyền kết quả các giải pháp nâng cao chỉ số này.',
    source: {
      document: 'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của phường Trương Quang Trọng',
    },
    tags: ['par index', 'bộ nội vụ'],
    track: 'both',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 1,
    type: 'single',
    stem: 'Phương châm "5 dễ" được kế hoạch tuyên truyền CCHC năm 2025 của phường Mộ Lao quán triệt gồm những nội dung nào?',
    options: [
      { text: 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển', correct: false },
      { text: 'Dễ hiểu, dễ nhớ, dễ làm, dễ đánh giá, dễ kiểm tra, giám sát', correct: true },
      { text: 'Kịp thời, đầy đủ, thường xuyên, liên tục', correct: false },
      { text: 'Tận tụy, chuyên nghiệp, vì dân phục vụ', correct: false },
    ],
    explanation:
      'Kế hoạch của phường Mộ Lao quán triệt phương châm 5 dễ "dễ hiểu, dễ nhớ, dễ làm, dễ đánh giá, dễ kiểm tra, giám sát" trong triển khai công tác CCHC.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['5 dễ', 'phương châm'],
    track: 'both',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 1,
    type: 'single',
    stem: 'Chủ đề công tác năm 2025 của thành phố Hà Nội mà tuyên truyền CCHC ở phường Mộ Lao phải gắn với là gì?',
    options: [
      { text: 'Dễ hiểu, dễ nhớ, dễ làm, dễ đánh giá, dễ kiểm tra, giám sát', correct: false },
      { text: 'Tận tụy, chuyên nghiệp, vì dân phục vụ', correct: false },
      { text: 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển', correct: true },
      { text: 'Ngắn gọn, chính xác, dễ hiểu', correct: false },
    ],
    explanation:
      'Kế hoạch của phường Mộ Lao yêu cầu tuyên truyền CCHC gắn với chủ đề công tác năm 2025 của Thành phố "Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển".',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['chủ đề năm', 'hà nội'],
    track: 'both',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 2,
    type: 'single',
    stem: 'Theo kế hoạch của phường Mộ Lao, thời hạn gửi báo cáo kết quả tuyên truyền CCHC định kỳ về UBND quận là khi nào?',
    options: [
      { text: 'Trước ngày 06 của tháng cuối quý', correct: false },
      { text: 'Trước ngày 30/11/2025', correct: false },
      { text: 'Trước ngày 15/12/2025', correct: false },
      { text: 'Chậm nhất ngày 10 của tháng cuối kỳ báo cáo', correct: true },
    ],
    explanation:
      'Kế hoạch của phường Mộ Lao quy định báo cáo quý I, 6 tháng, 9 tháng và cả năm gửi chậm nhất ngày 10 của tháng cuối kỳ báo cáo; các mốc khác là của xã Phú Thái và thành phố Đông Hà.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['báo cáo', 'thời hạn'],
    track: 'staff',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 2,
    type: 'single',
    stem: 'Kế hoạch của xã Phú Thái yêu cầu báo cáo hàng quý và báo cáo năm về công tác CCHC gửi UBND xã trong thời hạn nào?',
    options: [
      { text: 'Trước ngày 06 của tháng cuối quý', correct: true },
      { text: 'Chậm nhất ngày 10 của tháng cuối kỳ báo cáo', correct: false },
      { text: 'Trước ngày 30/11/2025', correct: false },
      { text: 'Trước ngày 15/12/2025', correct: false },
    ],
    explanation:
      'Kế hoạch của xã Phú Thái yêu cầu báo cáo hàng quý và báo cáo năm gửi trước ngày 06 của tháng cuối quý về UBND xã (qua Phòng Văn hoá - Xã hội).',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['báo cáo', 'thời hạn'],
    track: 'staff',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 2,
    type: 'single',
    stem: 'Theo kế hoạch của thành phố Đông Hà, các cơ quan, đơn vị, UBND các phường gửi báo cáo kết quả tuyên truyền CCHC năm 2025 về UBND thành phố trước ngày nào?',
    options: [
      { text: 'Chậm nhất ngày 10 của tháng cuối kỳ báo cáo', correct: false },
      { text: 'Trước ngày 30/11/2025', correct: true },
      { text: 'Trước ngày 06 của tháng cuối quý', correct: false },
      { text: 'Trước ngày 15/12/2025', correct: false },
    ],
    explanation:
      'Kế hoạch của thành phố Đông Hà yêu cầu các cơ quan, đơn vị, UBND các phường gửi báo cáo về UBND thành phố (qua Phòng Nội vụ) trước ngày 30/11/2025.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['báo cáo', 'thời hạn'],
    track: 'staff',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 3,
    type: 'single',
    stem: 'Theo kế hoạch của thành phố Đông Hà, UBND thành phố gửi báo cáo kết quả tuyên truyền CCHC năm 2025 về Sở Nội vụ trước ngày nào?',
    options: [
      { text: 'Chậm nhất ngày 10 của tháng cuối kỳ báo cáo', correct: false },
      { text: 'Trước ngày 06 của tháng cuối quý', correct: false },
      { text: 'Trước ngày 15/12/2025', correct: true },
      { text: 'Trước ngày 30/11/2025', correct: false },
    ],
    explanation:
      'Kế hoạch của thành phố Đông Hà giao Phòng Nội vụ tham mưu UBND thành phố gửi báo cáo về Sở Nội vụ trước ngày 15/12/2025.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['báo cáo', 'sở nội vụ'],
    track: 'staff',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 3,
    type: 'single',
    stem: 'Kế hoạch của phường Mộ Lao yêu cầu tổng hợp, báo cáo kết quả tuyên truyền CCHC gắn với báo cáo CCHC theo những kỳ nào?',
    options: [
      { text: 'Hằng quý và năm', correct: false },
      { text: 'Một lần trước ngày 30/11/2025', correct: false },
      { text: 'Một lần cho 6 tháng cuối năm 2025', correct: false },
      { text: 'Quý I, 6 tháng, 9 tháng và cả năm', correct: true },
    ],
    explanation:
      'Kế hoạch của phường Mộ Lao giao Văn phòng UBND phường báo cáo quý I, 6 tháng, 9 tháng và cả năm (hoặc đột xuất theo yêu cầu) về UBND quận.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['báo cáo', 'kỳ báo cáo'],
    track: 'staff',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 1,
    type: 'single',
    stem: 'Đối tượng tham dự "Cuộc thi trực tuyến tuyên truyền cải cách hành chính trong cán bộ, công chức, viên chức thành phố Hải Phòng năm 2025" theo kế hoạch của xã Phú Thái là ai?',
    options: [
      { text: '100% cán bộ, công chức, viên chức, người lao động trên địa bàn xã', correct: true },
      { text: 'Bí thư chi bộ, trưởng thôn trên địa bàn xã', correct: false },
      { text: 'Báo cáo viên, tuyên truyền viên', correct: false },
      { text: 'Đội ngũ cán bộ làm công tác tuyên giáo, dân vận', correct: false },
    ],
    explanation:
      'Phụ lục kế hoạch của xã Phú Thái ghi đối tượng tham dự cuộc thi là 100% cán bộ, công chức, viên chức, người lao động trên địa bàn xã.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['cuộc thi', 'hải phòng'],
    track: 'staff',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 2,
    type: 'single',
    stem: 'Theo kế hoạch của xã Phú Thái, cuộc thi trực tuyến tuyên truyền CCHC của thành phố Hải Phòng năm 2025 góp phần xây dựng hình ảnh đội ngũ cán bộ, công chức, viên chức như thế nào?',
    options: [
      { text: 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển', correct: false },
      { text: 'Tận tụy, chuyên nghiệp, vì dân phục vụ', correct: true },
      { text: 'Dễ hiểu, dễ nhớ, dễ làm, dễ đánh giá, dễ kiểm tra, giám sát', correct: false },
      { text: 'Tinh gọn, chuyên nghiệp, có chất lượng cao', correct: false },
    ],
    explanation:
      'Mục đích cuộc thi nêu trong phụ lục kế hoạch của xã Phú Thái là góp phần tăng cường kỷ cương, văn hóa công vụ, xây dựng hình ảnh đội ngũ cán bộ, công chức, viên chức thành phố tận tụy, chuyên nghiệp, vì dân phục vụ.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['cuộc thi', 'văn hóa công vụ'],
    track: 'staff',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 1,
    type: 'single',
    stem: 'Theo kế hoạch của thành phố Đông Hà, hình thức tuyên truyền trực quan về CCHC gồm những gì?',
    options: [
      { text: 'Hội nghị, lớp tập huấn, tọa đàm', correct: false },
      { text: 'Facebook, TikTok', correct: false },
      { text: 'Pa nô, áp phích, khẩu hiệu, băng rôn', correct: true },
      { text: 'Hệ thống truyền thanh của thành phố và các phường', correct: false },
    ],
    explanation:
      'Kế hoạch của thành phố Đông Hà nêu tuyên truyền thông qua hình thức trực quan: pa nô, áp phích, khẩu hiệu, băng rôn liên quan đến CCHC.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['hình thức tuyên truyền', 'trực quan'],
    track: 'both',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 2,
    type: 'single',
    stem: 'Kế hoạch của xã Phú Thái đề nghị các ban, ngành chủ động thiết lập tài khoản trên những nền tảng nào để đăng tải thông tin mới về CCHC?',
    options: [
      { text: 'Pa nô, áp phích, tờ gấp', correct: false },
      { text: 'Hệ thống loa truyền thanh từ phường đến các tổ dân phố', correct: false },
      { text: 'Màn hình chờ tại các địa điểm công cộng', correct: false },
      { text: 'Fanpage Facebook, Zalo, TikTok, YouTube, Instagram', correct: true },
    ],
    explanation:
      'Kế hoạch của xã Phú Thái yêu cầu các ban, ngành chủ động thiết lập tài khoản trên web, mạng xã hội như fanpage Facebook, Zalo, TikTok, YouTube, Instagram.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['mạng xã hội', 'hình thức tuyên truyền'],
    track: 'both',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 2,
    type: 'single',
    stem: 'Hình thức tuyên truyền nào trong kế hoạch của xã Định Quán giúp lãnh đạo đơn vị trực tiếp giải đáp khó khăn, vướng mắc của người dân, doanh nghiệp về thủ tục hành chính?',
    options: [
      { text: 'Chương trình thực tế đối thoại trực tiếp', correct: true },
      { text: 'Sân khấu hóa', correct: false },
      { text: 'Tờ xếp hướng dẫn, sổ tay nghiệp vụ', correct: false },
      { text: 'Tin nhắn SMS', correct: false },
    ],
    explanation:
      'Kế hoạch của xã Định Quán nêu hình thức tuyên truyền thông qua chương trình thực tế đối thoại trực tiếp, lãnh đạo đơn vị giải đáp khó khăn, vướng mắc của người dân, doanh nghiệp.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 trên địa bàn xã Định Quán',
    },
    tags: ['đối thoại', 'hình thức tuyên truyền'],
    track: 'citizen',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 3,
    type: 'single',
    stem: 'Theo kế hoạch của thành phố Đông Hà, báo cáo kết quả tuyên truyền CCHC của các cơ quan, đơn vị gửi UBND thành phố qua phòng chuyên môn nào?',
    options: [
      { text: 'Phòng Văn hóa và Thông tin', correct: false },
      { text: 'Phòng Nội vụ', correct: true },
      { text: 'Phòng Tài chính - Kế hoạch', correct: false },
      { text: 'Phòng Tư pháp', correct: false },
    ],
    explanation:
      'Kế hoạch của thành phố Đông Hà yêu cầu báo cáo gửi UBND thành phố qua Phòng Nội vụ; Phòng Nội vụ cũng theo dõi, kiểm tra, đôn đốc và tổng hợp kết quả.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['báo cáo', 'phân công'],
    track: 'staff',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 3,
    type: 'single',
    stem: 'Kế hoạch của phường Mộ Lao gửi báo cáo định kỳ về UBND quận Hà Đông qua đơn vị nào?',
    options: [
      { text: 'Phòng Nội vụ thành phố', correct: false },
      { text: 'Sở Nội vụ', correct: false },
      { text: 'Phòng Văn hóa và Thông tin quận', correct: true },
      { text: 'Khối tuyên giáo Đảng ủy', correct: false },
    ],
    explanation:
      'Theo kế hoạch của phường Mộ Lao, báo cáo quý I, 6 tháng, 9 tháng và cả năm gửi UBND quận qua phòng Văn hóa và Thông tin quận.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
    },
    tags: ['báo cáo', 'phân công'],
    track: 'staff',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 1,
    type: 'single',
    stem: 'Mục tiêu cụ thể của kế hoạch xã Định Quán nhấn mạnh tăng cường trách nhiệm của ai trong tổ chức thực hiện công tác thông tin, tuyên truyền CCHC?',
    options: [
      { text: 'Bí thư chi bộ, trưởng thôn', correct: false },
      { text: 'Ban Biên tập Cổng Thông tin điện tử xã', correct: false },
      { text: 'Hội đồng phổ biến, giáo dục pháp luật phường', correct: false },
      { text: 'Người đứng đầu các cơ quan, đơn vị', correct: true },
    ],
    explanation:
      'Kế hoạch của xã Định Quán đặt mục tiêu tăng cường trách nhiệm của người đứng đầu các cơ quan, đơn vị trong tổ chức thực hiện công tác thông tin, tuyên truyền CCHC.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 trên địa bàn xã Định Quán',
    },
    tags: ['người đứng đầu', 'trách nhiệm'],
    track: 'staff',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 1,
    type: 'true_false',
    stem: 'Kế hoạch tuyên truyền CCHC năm 2025 của thành phố Đông Hà có nêu hình thức "tổ chức các cuộc thi tìm hiểu về CCHC".',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    explanation:
      'Đúng: phần hình thức tuyên truyền của kế hoạch thành phố Đông Hà có nêu tổ chức các cuộc thi tìm hiểu về CCHC.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn thành phố Đông Hà năm 2025',
    },
    tags: ['cuộc thi', 'hình thức tuyên truyền'],
    track: 'both',
  },
  {
    area: 'chi_dao_tuyen_truyen',
    difficulty: 1,
    type: 'true_false',
    stem: 'Kế hoạch tuyên truyền cải cách hành chính nhà nước của xã Phú Thái được xây dựng cho cả năm 2025.',
    options: [
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ],
    explanation:
      'Sai: đây là kế hoạch tuyên truyền CCHC nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025, thực hiện Quyết định số 533/QĐ-UBND ngày 31/7/2025 của UBND xã.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước trên địa bàn xã Phú Thái 6 tháng cuối năm 2025',
    },
    tags: ['kế hoạch', 'phú thái'],
    track: 'staff',
  },
];
