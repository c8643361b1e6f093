import type { DemoQuestion } from './types.js';

export const cheDoCongVu: DemoQuestion[] = [
  {
    area: 'che_do_cong_vu',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, chủ đề công tác năm 2025 của thành phố Hà Nội là gì?',
    options: [
      { text: 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển', correct: true },
      { text: 'Dễ hiểu, dễ nhớ, dễ làm, dễ đánh giá, dễ kiểm tra, giám sát', correct: false },
      { text: 'Tận tụy, chuyên nghiệp, vì dân phục vụ', correct: false },
      { text: 'Hiệu lực, hiệu quả, chuyên nghiệp', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Mộ Lao gắn tuyên truyền CCHC với chủ đề công tác năm 2025 của Thành phố "Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển"; "5 dễ" là phương châm triển khai CCHC.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục I.1',
    },
    tags: ['chủ đề năm 2025', 'hà nội'],
    track: 'both',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 2,
    type: 'single',
    stem: 'Phương châm "5 dễ" được quán triệt trong Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao gồm những nội dung nào?',
    options: [
      { text: 'Kịp thời, đầy đủ, thường xuyên, liên tục', correct: false },
      { text: 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển', correct: false },
      { text: 'Dễ hiểu, dễ nhớ, dễ làm, dễ đánh giá, dễ kiểm tra, giám sát', correct: true },
      { text: 'Ngắn gọn, chính xác, dễ hiểu', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Mộ Lao yêu cầu quán triệt phương châm 5 dễ "dễ hiểu, dễ nhớ, dễ làm, dễ đánh giá, dễ kiểm tra, giám sát" trong tổ chức thực hiện công tác CCHC.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục I.1',
    },
    tags: ['5 dễ', 'mộ lao'],
    track: 'both',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, cùng với Quy tắc ứng xử của cán bộ, công chức, viên chức, người lao động trong các cơ quan thuộc thành phố Hà Nội, bộ quy tắc nào được tuyên truyền thực hiện?',
    options: [
      { text: 'Quy chế dân chủ và công khai tài chính', correct: false },
      { text: 'Quy tắc ứng xử nơi công cộng trên địa bàn thành phố Hà Nội', correct: true },
      { text: 'Hệ thống Quản lý chất lượng theo tiêu chuẩn quốc gia', correct: false },
      { text: 'Phương châm 5 dễ', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Mộ Lao nêu tuyên truyền thực hiện Quy tắc ứng xử của CBCCVC, người lao động trong các cơ quan thuộc thành phố Hà Nội và Quy tắc ứng xử nơi công cộng trên địa bàn thành phố Hà Nội (02 Bộ Quy tắc ứng xử).',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục IV.2',
    },
    tags: ['quy tắc ứng xử', 'hà nội'],
    track: 'both',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của thành phố Đông Hà, ai chỉ đạo, triển khai việc tuyên truyền đầy đủ các nội dung CCHC tại cơ quan, đơn vị, địa phương mình quản lý?',
    options: [
      { text: 'Trung tâm Văn hóa thông tin - Thể dục thể thao thành phố', correct: false },
      { text: 'Phòng Tài chính - Kế hoạch thành phố', correct: false },
      { text: 'Phòng Tư pháp', correct: false },
      { text: 'Người đứng đầu các cơ quan, đơn vị, địa phương', correct: true },
    ],
    explanation:
      'Phần Yêu cầu của Kế hoạch UBND thành phố Đông Hà nêu người đứng đầu các cơ quan, đơn vị, địa phương chỉ đạo, triển khai việc tuyên truyền đầy đủ các nội dung CCHC tại nơi mình quản lý.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND thành phố Đông Hà',
      article: 'Mục I.2',
    },
    tags: ['người đứng đầu', 'trách nhiệm'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, kết quả thực hiện cải cách hành chính được đưa vào đâu đối với cán bộ, công chức, viên chức?',
    options: [
      { text: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', correct: false },
      { text: 'Tiêu chí thi đua, đánh giá, phân loại cán bộ, công chức, viên chức', correct: true },
      { text: 'Kế hoạch kiểm tra cải cách hành chính năm 2025', correct: false },
      { text: 'Dự toán ngân sách nhà nước năm 2025', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND xã Phú Thái yêu cầu đưa kết quả thực hiện CCHC vào các tiêu chí thi đua, đánh giá, phân loại cán bộ, công chức, viên chức thuộc phạm vi quản lý của cơ quan, đơn vị.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
      article: 'Mục III.2',
    },
    tags: ['thi đua', 'đánh giá cán bộ'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, việc xây dựng, thực hiện đề án nào được tuyên truyền cùng với cơ cấu công chức, viên chức?',
    options: [
      { text: 'Kho dữ liệu số của thành phố', correct: false },
      { text: 'Hệ thống Quản lý chất lượng theo tiêu chuẩn quốc gia', correct: false },
      { text: 'Chương trình cải cách hành chính của xã giai đoạn 2025–2030', correct: false },
      { text: 'Đề án vị trí việc làm', correct: true },
    ],
    explanation:
      'Kế hoạch của UBND phường Trương Quang Trọng nêu nội dung tuyên truyền: xây dựng, thực hiện đề án vị trí việc làm và cơ cấu công chức, viên chức.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục IV.1',
    },
    tags: ['vị trí việc làm', 'công chức'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 1,
    type: 'true_false',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, sắp xếp vị trí việc làm được nêu trong các kết quả nổi bật của công tác CCHC cần tuyên truyền.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    explanation:
      'Đúng: Mục II.5 Kế hoạch của UBND phường Mộ Lao liệt kê kết quả nổi bật gồm giảm đầu mối, số hóa hồ sơ, dịch vụ công trực tuyến, thanh toán trực tuyến, sắp xếp vị trí việc làm.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.5',
    },
    tags: ['vị trí việc làm', 'mộ lao'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, nội dung tuyên truyền về cán bộ, công chức bao gồm việc thực hiện chính sách nào?',
    options: [
      { text: 'Chính sách tinh giản biên chế', correct: true },
      { text: 'Chính sách an sinh, phúc lợi xã hội', correct: false },
      { text: 'Chính sách hỗ trợ khởi nghiệp', correct: false },
      { text: 'Chính sách kêu gọi, thu hút đầu tư', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Trương Quang Trọng nêu tuyên truyền việc thực hiện chính sách đối với cán bộ, công chức và thực hiện chính sách tinh giản biên chế.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục IV.1',
    },
    tags: ['tinh giản biên chế', 'chính sách'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của xã Định Quán, các quy định về quyền, nghĩa vụ, trách nhiệm, đạo đức của cán bộ, công chức, viên chức được tuyên truyền gắn với nội dung nào?',
    options: [
      { text: 'Thực hành tiết kiệm, chống lãng phí', correct: false },
      { text: 'Cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', correct: false },
      {
        text: 'Kỷ luật, kỷ cương hành chính, nhất là trong giải quyết các công việc liên quan đến người dân',
        correct: true,
      },
      { text: 'Phát triển Cổng dữ liệu mở (Open Data) Thành phố', correct: false },
    ],
    explanation:
      'Mục II.2.d Kế hoạch của UBND xã Định Quán: các quy định về quyền, nghĩa vụ, trách nhiệm, đạo đức của CBCCVC trong thực thi công vụ, gắn với kỷ luật, kỷ cương hành chính nhất là trong giải quyết các công việc liên quan đến người dân.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của UBND xã Định Quán',
      article: 'Mục II.2.d',
    },
    tags: ['kỷ luật kỷ cương', 'đạo đức công vụ'],
    track: 'both',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, cuộc thi trực tuyến tuyên truyền CCHC góp phần xây dựng hình ảnh đội ngũ cán bộ, công chức, viên chức thành phố như thế nào?',
    options: [
      { text: 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển', correct: false },
      { text: 'Dễ hiểu, dễ nhớ, dễ làm', correct: false },
      { text: 'Tinh gọn, chuyên nghiệp, có chất lượng cao', correct: false },
      { text: 'Tận tụy, chuyên nghiệp, vì dân phục vụ', correct: true },
    ],
    explanation:
      'Phụ lục Kế hoạch của UBND xã Phú Thái nêu mục đích cuộc thi: tăng cường kỷ cương, kỷ luật hành chính, văn hóa công vụ, xây dựng hình ảnh đội ngũ CBCCVC thành phố tận tụy, chuyên nghiệp, vì dân phục vụ.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
      article: 'Phụ lục, mục 4',
    },
    tags: ['văn hóa công vụ', 'cuộc thi'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, đối tượng tham dự Cuộc thi trực tuyến tuyên truyền cải cách hành chính trong cán bộ, công chức, viên chức thành phố Hải Phòng năm 2025 là ai?',
    options: [
      { text: '100% cán bộ, công chức, viên chức, người lao động trên địa bàn xã', correct: true },
      { text: 'Người dân và doanh nghiệp trên địa bàn xã', correct: false },
      { text: 'Báo cáo viên, tuyên truyền viên của Ban xây dựng Đảng xã', correct: false },
      { text: 'Bí thư chi bộ, trưởng thôn trên địa bàn xã', correct: false },
    ],
    explanation:
      'Phụ lục Kế hoạch của UBND xã Phú Thái ghi đối tượng tham dự cuộc thi: 100% cán bộ, công chức, viên chức, người lao động trên địa bàn xã.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
      article: 'Phụ lục, mục 4',
    },
    tags: ['cuộc thi', 'phú thái'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, đội ngũ cán bộ, công chức, viên chức cần được xây dựng theo hướng nào?',
    options: [
      { text: 'Dễ hiểu, dễ nhớ, dễ làm, dễ đánh giá', correct: false },
      { text: 'Kịp thời, chính xác, đầy đủ', correct: false },
      {
        text: 'Tinh gọn, chuyên nghiệp, có chất lượng cao, có số lượng, cơ cấu hợp lý',
        correct: true,
      },
      { text: 'Ngắn gọn, chính xác, dễ hiểu', correct: false },
    ],
    explanation:
      'Mục II.4.3 Kế hoạch của UBND phường Mộ Lao tuyên truyền về xây dựng đội ngũ CBCCVC tinh gọn, chuyên nghiệp, có chất lượng cao, có số lượng, cơ cấu hợp lý, có phẩm chất năng lực đáp ứng yêu cầu nhiệm vụ.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục II.4.3',
    },
    tags: ['đội ngũ cán bộ', 'chất lượng'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của thành phố Đông Hà, nội dung nào thuộc tuyên truyền cải cách chế độ công vụ?',
    options: [
      { text: 'Tinh gọn đầu mối bên trong các đơn vị sự nghiệp công lập', correct: false },
      {
        text: 'Cơ cấu lại đội ngũ cán bộ, công chức, viên chức bảo đảm yêu cầu chất lượng',
        correct: true,
      },
      { text: 'Nâng cao chất lượng xây dựng văn bản quy phạm pháp luật', correct: false },
      { text: 'Đổi mới cơ chế phân bổ, sử dụng ngân sách nhà nước', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND thành phố Đông Hà nêu cải cách chế độ công vụ: xây dựng đội ngũ CBCCVC có số lượng, cơ cấu hợp lý; cơ cấu lại đội ngũ bảo đảm yêu cầu chất lượng. Các phương án khác thuộc tổ chức bộ máy, thể chế và tài chính công.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND thành phố Đông Hà',
      article: 'Mục II.1.4',
    },
    tags: ['chế độ công vụ', 'đông hà'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, tinh thần, thái độ làm việc của cán bộ, công chức cần chuyển biến, đặc biệt là điều gì trong giải quyết thủ tục hành chính?',
    options: [
      { text: 'Tăng thời lượng phát sóng phóng sự về cải cách hành chính', correct: false },
      { text: 'Bố trí đủ kinh phí, nhân lực cho kế hoạch tuyên truyền', correct: false },
      { text: 'Không gây phiền hà, sách nhiễu, tiêu cực', correct: true },
      { text: 'Nâng cấp Trang thông tin điện tử của phường', correct: false },
    ],
    explanation:
      'Mục đích của Kế hoạch UBND phường Trương Quang Trọng là tạo chuyển biến về tinh thần, thái độ làm việc, ý thức trách nhiệm phục vụ nhân dân, đặc biệt không gây phiền hà, sách nhiễu, tiêu cực trong giải quyết thủ tục hành chính.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục I',
    },
    tags: ['thái độ phục vụ', 'sách nhiễu'],
    track: 'both',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, nội dung cải cách hành chính nào được lồng ghép trong các lớp đào tạo, bồi dưỡng cán bộ, công chức, viên chức?',
    options: [
      { text: 'Quy hoạch sử dụng đất, khung giá đất', correct: false },
      { text: 'Kỹ năng công sở, quan hệ công chúng, tinh thần phục vụ', correct: true },
      { text: 'Quản lý, sử dụng tài sản công', correct: false },
      { text: 'Kho dữ liệu số và Cổng dữ liệu mở', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND xã Phú Thái giao phối hợp với cơ sở giáo dục và đào tạo để lồng ghép nội dung CCHC (kỹ năng công sở, quan hệ công chúng, tinh thần phục vụ…) trong các lớp đào tạo, bồi dưỡng CBCCVC.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
      article: 'Mục III.1',
    },
    tags: ['bồi dưỡng', 'kỹ năng công sở'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của xã Định Quán, cùng với cuộc thi, tọa đàm về CCHC, chương trình cổ động về nội dung nào được nêu là một hình thức tuyên truyền?',
    options: [
      { text: 'Hỗ trợ doanh nghiệp chuyển đổi số', correct: false },
      { text: 'Quy hoạch sử dụng đất', correct: false },
      { text: 'Thanh toán không dùng tiền mặt', correct: false },
      { text: 'Văn hóa công vụ', correct: true },
    ],
    explanation:
      'Mục II.3.g Kế hoạch của UBND xã Định Quán nêu hình thức tuyên truyền thông qua cuộc thi, tọa đàm về cải cách hành chính, chương trình cổ động về văn hóa công vụ.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của UBND xã Định Quán',
      article: 'Mục II.3.g',
    },
    tags: ['văn hóa công vụ', 'định quán'],
    track: 'both',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC 6 tháng cuối năm 2025 của xã Phú Thái, Ban xây dựng Đảng xã tổ chức tọa đàm trao đổi kinh nghiệm xây dựng mô hình nào trong quản lý, điều hành của cơ quan nhà nước, tập trung ở lĩnh vực CCHC?',
    options: [
      { text: '"Dân vận khéo"', correct: true },
      { text: 'Tổ công nghệ số cộng đồng', correct: false },
      { text: 'Hệ thống Quản lý chất lượng theo tiêu chuẩn quốc gia', correct: false },
      { text: 'Phương châm 5 dễ', correct: false },
    ],
    explanation:
      'Mục III.4 Kế hoạch của UBND xã Phú Thái đề nghị Ban xây dựng Đảng xã tổ chức tọa đàm về xây dựng, thực hiện mô hình "dân vận khéo" trong quản lý, điều hành của cơ quan nhà nước, tập trung ở lĩnh vực CCHC.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025 của UBND xã Phú Thái',
      article: 'Mục III.4',
    },
    tags: ['dân vận khéo', 'phú thái'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 3,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, đơn vị nào được đề nghị chỉ đạo, định hướng thông tin tuyên truyền CCHC cùng với việc thực hiện chủ đề công tác năm 2025?',
    options: [
      { text: 'Bộ phận Tư pháp - Hộ tịch phường', correct: false },
      { text: 'Khối tuyên giáo Đảng ủy', correct: true },
      { text: 'Văn phòng UBND phường', correct: false },
      { text: 'Ủy ban MTTQ Việt Nam và các đoàn thể phường', correct: false },
    ],
    explanation:
      'Mục IV.4 Kế hoạch của UBND phường Mộ Lao đề nghị Khối tuyên giáo Đảng ủy chỉ đạo, định hướng công tác thông tin tuyên truyền CCHC cùng với việc thực hiện chủ đề năm 2025 "Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển".',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục IV.4',
    },
    tags: ['chủ đề năm 2025', 'tuyên giáo'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 1,
    type: 'true_false',
    stem: 'Theo Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của xã Định Quán, một mục tiêu cụ thể là tăng cường trách nhiệm của người đứng đầu các cơ quan, đơn vị trong tổ chức thực hiện công tác thông tin, tuyên truyền CCHC.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    explanation:
      'Đúng: mục tiêu cụ thể của Kế hoạch UBND xã Định Quán gồm tăng cường trách nhiệm của người đứng đầu các cơ quan, đơn vị trong việc tổ chức thực hiện công tác thông tin, tuyên truyền CCHC.',
    source: {
      document:
        'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của UBND xã Định Quán',
      article: 'Mục I.1.b',
    },
    tags: ['người đứng đầu', 'trách nhiệm'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 2,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, nội dung nào sau đây gắn với chế độ của cán bộ, công chức, viên chức được đưa vào tuyên truyền?',
    options: [
      { text: 'Khung giá đất, bảng giá đất', correct: false },
      { text: 'Chính sách hỗ trợ khởi nghiệp', correct: false },
      { text: 'Công khai tài chính', correct: false },
      { text: 'Chế độ, chính sách tiền lương mới', correct: true },
    ],
    explanation:
      'Kế hoạch của UBND phường Trương Quang Trọng nêu cùng với đề án vị trí việc làm và phân cấp quản lý là chế độ, chính sách tiền lương mới.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục IV.1',
    },
    tags: ['tiền lương', 'chế độ chính sách'],
    track: 'staff',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC năm 2025 của phường Trương Quang Trọng, nội dung nào về văn hóa công vụ của cán bộ, công chức, viên chức được tuyên truyền?',
    options: [
      {
        text: 'Quy tắc ứng xử, văn hóa giao tiếp, tác phong, thái độ phục vụ nhân dân',
        correct: true,
      },
      { text: 'Quy hoạch sử dụng đất, hệ số điều chỉnh giá đất', correct: false },
      { text: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh', correct: false },
      { text: 'Cơ chế phân bổ, sử dụng ngân sách nhà nước', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Trương Quang Trọng nêu tuyên truyền quy tắc ứng xử, văn hóa giao tiếp, tác phong, thái độ phục vụ nhân dân của cán bộ, công chức, viên chức.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND phường Trương Quang Trọng',
      article: 'Mục IV.1',
    },
    tags: ['quy tắc ứng xử', 'văn hóa công vụ'],
    track: 'both',
  },
  {
    area: 'che_do_cong_vu',
    difficulty: 1,
    type: 'single',
    stem: 'Theo Kế hoạch tuyên truyền CCHC nhà nước năm 2025 của UBND phường Mộ Lao, đâu là thước đo đánh giá hiệu quả của công tác CCHC?',
    options: [
      { text: 'Số lượng tin, bài đăng trên Cổng thông tin điện tử phường', correct: false },
      { text: 'Số hội nghị, tọa đàm được tổ chức', correct: false },
      { text: 'Sự hài lòng của người dân, tổ chức', correct: true },
      { text: 'Số cán bộ tham dự cuộc thi trực tuyến', correct: false },
    ],
    explanation:
      'Kế hoạch của UBND phường Mộ Lao nêu lấy sự hài lòng của người dân, tổ chức là thước đo đánh giá hiệu quả của công tác CCHC, cùng với chỉ số PAR INDEX và SIPAS.',
    source: {
      document:
        'Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2025 của UBND phường Mộ Lao',
      article: 'Mục I.1',
    },
    tags: ['sự hài lòng', 'thước đo'],
    track: 'both',
  },
];
