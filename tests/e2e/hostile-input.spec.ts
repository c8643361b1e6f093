import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, api, randomIp, uniqueCode, uniquePhone } from '../support/api.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
  rightOptions,
} from '../support/contest.js';
import { upload } from '../support/files.js';
import { freshOrganiser } from '../support/org.js';

// Each of these answered 500 before: PostgreSQL refuses NUL in text and lone surrogates in jsonb,
// and an int4 column refuses 2^31. The schemas now refuse them first, in Vietnamese.
const NUL = 'Nguyễn\u0000Văn An';
const LONE_SURROGATE = 'Nguyễn \ud800Văn An';
const BELL = 'Nguyễn\u0007Văn An';
const TEXT_INVALID =
  'Có ký tự không hợp lệ (ký tự điều khiển, ký tự rỗng hoặc mã Unicode hỏng); hãy gõ lại nội dung.';

let admin: string;
let unitId: string;

beforeAll(async () => {
  admin = await adminToken();
  const units = await api('GET', '/api/units/public');
  unitId = units.body.find((u: { name: string }) => u.name === 'Xã Định Quán').id;
});

function expectFieldRefused(
  r: { status: number; body: any },
  path: string,
  message = TEXT_INVALID,
) {
  expect(r.status, JSON.stringify(r.body)).toBe(400);
  expect(r.body.error.code).toBe('validation_failed');
  expect(r.body.error.details).toContainEqual({ path, message });
}

describe('text PostgreSQL cannot store is a Vietnamese 400, never a 500', () => {
  for (const [what, bad] of [
    ['a NUL', NUL],
    ['a lone surrogate', LONE_SURROGATE],
    ['a control character', BELL],
  ] as const) {
    it(`anonymous registration with ${what} in fullName`, async () => {
      const r = await api('POST', '/api/auth/register', {
        ip: randomIp(),
        body: {
          fullName: bad,
          phone: uniquePhone(),
          unitId,
          password: 'MatKhau@2025',
          consent: true,
        },
      });
      expectFieldRefused(r, 'fullName');
    });

    it(`anonymous login with ${what} in username`, async () => {
      const r = await api('POST', '/api/auth/login', {
        ip: randomIp(),
        body: { username: `0912${bad}`, password: 'MatKhau@2025' },
      });
      expectFieldRefused(r, 'username');
    });

    it(`profile change with ${what} in fullName`, async () => {
      const r = await api('PATCH', '/api/me', { token: admin, body: { fullName: bad } });
      expectFieldRefused(r, 'fullName');
    });
  }

  // A URL cannot carry a lone surrogate (it is UTF-8), so search terms are probed with NUL and
  // other control characters.
  for (const path of ['/api/users', '/api/questions', '/api/audit']) {
    it(`a NUL or a control character in the search of ${path}`, async () => {
      const param = path === '/api/audit' ? 'targetType' : 'search';
      for (const bad of ['%00', 'an%00', '%07', '%1B%5B2J']) {
        const r = await api('GET', `${path}?${param}=${bad}`, { token: admin });
        expectFieldRefused(r, param);
      }
    });
  }

  it('a staff list search with a NUL', async () => {
    const r = await api('GET', `/api/units/${unitId}/roster?search=%00`, { token: admin });
    expectFieldRefused(r, 'search');
  });

  it('question, contest and report texts with a NUL or a lone surrogate', async () => {
    const org = await freshOrganiser();
    const question = await api('POST', '/api/questions', {
      token: org.token,
      body: {
        area: 'the_che',
        difficulty: 1,
        type: 'single',
        stem: `Câu hỏi ${LONE_SURROGATE} thử?`,
        options: [
          { text: 'Đúng', correct: true },
          { text: `Sai${NUL}`, correct: false },
        ],
        source: { document: 'Nghị quyết 76/NQ-CP', article: `Điều\u00001` },
      },
    });
    expect(question.status).toBe(400);
    expect(question.body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'stem', message: TEXT_INVALID },
        { path: 'options.1.text', message: TEXT_INVALID },
        { path: 'source.article', message: TEXT_INVALID },
      ]),
    );
    const contest = await api('POST', '/api/contests', {
      token: org.token,
      body: {
        title: 'Hội thi thử',
        description: `Mô tả ${LONE_SURROGATE}`,
        organizerUnitId: org.unitId,
        excludedPersons: [{ fullName: NUL, phone: uniquePhone() }],
      },
    });
    expect(contest.status).toBe(400);
    expect(contest.body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'description', message: TEXT_INVALID },
        { path: 'excludedPersons.0.fullName', message: TEXT_INVALID },
      ]),
    );
    const snapshot = await api('POST', '/api/reports/snapshots', {
      token: org.token,
      body: { query: { unitId: org.unitId }, note: `Ghi chú${NUL}` },
    });
    expectFieldRefused(snapshot, 'note');
    const exportJob = await api('POST', '/api/reports/exports', {
      token: org.token,
      body: { report: 'participation', format: 'csv', query: { [`unitId${NUL}`]: org.unitId } },
    });
    expect(exportJob.status).toBe(400);
  });
});

describe('numbers and dates fit their columns', () => {
  it('answers[].seq = 2^31 on submit is a 400, and the attempt can still be submitted', async () => {
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 3);
    const contest = await createContest(org.token, org.unitId);
    const round = await createRound(org.token, contest.id);
    await publish(org.token, contest.id);
    const me = await participant(org.unitId);
    const attempt = await api('POST', `/api/rounds/${round.id}/attempts`, {
      token: me.token,
      body: {},
    });
    expect(attempt.status, JSON.stringify(attempt.body)).toBe(201);
    const answers = rightOptions(attempt.body);
    const tooBig = await api('POST', `/api/attempts/${attempt.body.id}/submit`, {
      token: me.token,
      body: { answers: answers.map((a) => ({ ...a, seq: 2 ** 31 })) },
    });
    expect(tooBig.status, JSON.stringify(tooBig.body)).toBe(400);
    expect(tooBig.body.error.details[0].path).toBe('answers.0.seq');
    const saved = await api(
      'PUT',
      `/api/attempts/${attempt.body.id}/answers/${answers[0]!.questionId}`,
      {
        token: me.token,
        body: { optionIds: answers[0]!.optionIds, seq: 2 ** 53 },
      },
    );
    expect(saved.status).toBe(400);
    const ok = await api('POST', `/api/attempts/${attempt.body.id}/submit`, {
      token: me.token,
      body: { prediction: 1, answers: answers.map((a) => ({ ...a, seq: 2 ** 31 - 1 })) },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.correctCount).toBe(3);
  });

  it('a round opening on 0001-01-01 or closing in 9999 is refused', async () => {
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 3);
    const contest = await createContest(org.token, org.unitId);
    const body = {
      title: 'Tuần thi thứ nhất',
      opensAt: '2100-01-01T00:00:00+07:00',
      closesAt: '2100-02-01T00:00:00+07:00',
      blueprint: [{ area: 'the_che', count: 3 }],
    };
    const ancient = await api('POST', `/api/contests/${contest.id}/rounds`, {
      token: org.token,
      body: { ...body, opensAt: '0001-01-01T00:00:00Z' },
    });
    expectFieldRefused(ancient, 'opensAt', 'Ngày phải nằm trong khoảng năm 2000 đến năm 2100.');
    const far = await api('POST', `/api/contests/${contest.id}/rounds`, {
      token: org.token,
      body: { ...body, closesAt: '9999-12-31T23:59:59+07:00' },
    });
    expectFieldRefused(far, 'closesAt', 'Ngày phải nằm trong khoảng năm 2000 đến năm 2100.');
    const fine = await api('POST', `/api/contests/${contest.id}/rounds`, {
      token: org.token,
      body,
    });
    expect(fine.status, JSON.stringify(fine.body)).toBe(201);
  });

  it('report dates and paging beyond int4 are 400s', async () => {
    for (const q of [
      'asOf=9999-12-31',
      'from=0001-01-01',
      'year=99999',
      'depth=1e308',
      'threshold=Infinity',
    ]) {
      const r = await api('GET', `/api/reports/participation?${q}`, { token: admin });
      expect(r.status, q).toBe(400);
    }
    for (const q of ['page=2147483648', 'page=1e308', 'page=NaN', 'pageSize=-0']) {
      const r = await api('GET', `/api/users?${q}`, { token: admin });
      expect(r.status, q).toBe(400);
    }
  });
});

describe('imported cells PostgreSQL cannot store are reported per row', () => {
  it('a units file with a NUL in a name and in a parent code', async () => {
    const code = uniqueCode('H');
    const file = [
      'Mã đơn vị,Tên đơn vị,Loại,Khối,Mã đơn vị cấp trên,Tổng số CBCCVC-NLĐ',
      `${code}1,Xã\u0000Nhập,commune,commune_level,,`,
      `${code}2,Xã Hợp Lệ,commune,commune_level,${code}\u0000,`,
    ].join('\n');
    const r = await api('POST', '/api/units/import?dryRun=true', {
      token: admin,
      form: upload('don-vi.csv', file),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.errors).toEqual(
      expect.arrayContaining([
        { row: 2, field: 'name', message: TEXT_INVALID },
        { row: 3, field: 'parentCode', message: TEXT_INVALID },
      ]),
    );
  });

  it('a staff list with a control character in a name', async () => {
    const org = await freshOrganiser();
    const file = [
      'Họ và tên,Số CCCD,Số điện thoại,Email,Chức vụ',
      `Lê\u0000Thị Hoa,,${uniquePhone()},,Chuyên viên`,
      `Trần Văn Bình,,${uniquePhone()},,Trưởng\u0001phòng`,
    ].join('\n');
    const r = await api('POST', `/api/units/${org.unitId}/roster/import?dryRun=true`, {
      token: org.token,
      form: upload('danh-sach.csv', file),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, message: TEXT_INVALID }),
        expect.objectContaining({ row: 3, message: TEXT_INVALID }),
      ]),
    );
  });

  it('a question file with a NUL in a stem', async () => {
    const org = await freshOrganiser();
    const file = [
      'area,difficulty,type,stem,A,B,C,D,E,F,correct',
      `the_che,1,single,Câu hỏi\u0000 thử nghiệm?,Đúng,Sai,,,,,A`,
      `the_che,1,single,Câu hỏi hợp lệ thử nghiệm?,Đúng,Sai,,,,,A`,
    ].join('\n');
    const r = await api('POST', '/api/questions/import?dryRun=true', {
      token: org.token,
      form: upload('cau-hoi.csv', file),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.total).toBe(2);
    expect(r.body.errors).toContainEqual(
      expect.objectContaining({ row: 2, message: TEXT_INVALID }),
    );
    expect(r.body.errors.some((e: { row: number }) => e.row === 3)).toBe(false);
  });
});

describe('500s the fuzz test found', () => {
  it('removing the email of an account that signs in with it is a 400', async () => {
    const org = await freshOrganiser();
    const r = await api('PATCH', '/api/me', { token: org.token, body: { email: null } });
    expectFieldRefused(
      r,
      'email',
      'Tài khoản không có số điện thoại nên không thể bỏ email: email là tên đăng nhập.',
    );
    expect((await api('GET', '/api/me', { token: org.token })).body.email).toBe(org.email);
  });

  it('two edits of a question from the same revision: one wins, the other is a 409', async () => {
    const org = await freshOrganiser();
    const [id] = await publishedQuestions(org.token, 1);
    const edits = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api('PATCH', `/api/questions/${id}`, {
          token: org.token,
          body: { explanation: `Giải thích sửa lần ${i}` },
        }),
      ),
    );
    const statuses = edits.map((e) => e.status);
    expect(
      statuses.every((s) => s === 200 || s === 409),
      String(statuses),
    ).toBe(true);
    expect(statuses).toContain(200);
    const revisions = await api('GET', `/api/questions/${id}/revisions`, { token: org.token });
    const numbers = (revisions.body as { revision: number }[]).map((r) => r.revision);
    // Every revision that was acknowledged is kept, once.
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.length).toBe(1 + statuses.filter((s) => s === 200).length);
  });
});
