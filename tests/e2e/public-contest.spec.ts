import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminToken, api, baseUrl, uniqueCitizenId, uniquePhone } from '../support/api.js';
import { createContest, createRound, publish, publishedQuestions } from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';
import { startServer, type RunningServer } from '../support/server-process.js';
import { suiteDb } from '../support/participation.js';

/** The content of every `<meta property|name="key">` of a page. */
function meta(html: string, key: string): string[] {
  const re = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)" />`, 'g');
  return [...html.matchAll(re)].map((m) => m[1]!);
}

/** A GET that does not follow redirects, as a crawler's first request sees it. */
async function raw(path: string, base = baseUrl()) {
  const res = await fetch(`${base}${path}`, { redirect: 'manual' });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

let org: { unitId: string; token: string };
let tag: string;
let contest: { id: string; slug: string; shortCode: string; title: string };
let roundId: string;
const excluded = { phone: uniquePhone(), citizenId: uniqueCitizenId() };

beforeAll(async () => {
  org = await freshOrganiser();
  tag = randomBytes(3).toString('hex');
  await publishedQuestions(org.token, 3);
  contest = await createContest(org.token, org.unitId, {
    title: `Hội thi "Tìm hiểu" <CCHC> & Đổi mới năm 2025 ${tag}`,
    description: 'Thi trên điện thoại, mỗi tuần một đợt.',
    legalBasis: 'Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND phường',
    excludedPersons: [{ fullName: 'Người ra đề', ...excluded }],
  });
  roundId = (await createRound(org.token, contest.id)).id;
  await publish(org.token, contest.id);
});

describe('public contest page', () => {
  it('gives each contest an address from its Vietnamese title and a short code', async () => {
    expect(contest.slug).toBe(`hoi-thi-tim-hieu-cchc-doi-moi-nam-2025-${tag}`);
    expect(contest.shortCode).toMatch(/^[a-hjkmnp-z2-9]{6}$/);
    // a namesake gets the next free number; the title edit of the first does not move its address
    const twin = await createContest(org.token, org.unitId, { title: contest.title });
    expect(twin.slug).toBe(`${contest.slug}-2`);
    const edited = await api('PATCH', `/api/contests/${contest.id}`, {
      token: org.token,
      body: { title: `${contest.title} (sửa)` },
    });
    expect(edited.body.slug).toBe(contest.slug);
    await api('PATCH', `/api/contests/${contest.id}`, {
      token: org.token,
      body: { title: contest.title },
    });
  });

  it('is readable without signing in: organiser, legal basis, rules, the open round, share links', async () => {
    const r = await api('GET', `/api/public/contests/${contest.slug}`);
    expect(r.status).toBe(200);
    expect(r.body.title).toBe(contest.title);
    expect(r.body.organizerUnitName).toMatch(/^Đơn vị thử /);
    expect(r.body.legalBasis).toBe('Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND phường');
    expect(r.body.rulesText).toContain('THỂ LỆ');
    expect(r.body.rounds).toHaveLength(1);
    expect(r.body.rounds[0]).toMatchObject({ id: roundId, phase: 'open', results: null });
    expect(r.body.links).toEqual({
      slug: contest.slug,
      shortCode: contest.shortCode,
      publicUrl: `${baseUrl()}/cuoc-thi/${contest.slug}`,
      shortUrl: `${baseUrl()}/c/${contest.shortCode}`,
    });
    expect(r.headers.get('cache-control')).toBe('public, max-age=15');
  });

  it('never shows who is excluded, nor any phone or CCCD', async () => {
    const r = await api('GET', `/api/public/contests/${contest.slug}`);
    const text = JSON.stringify(r.body);
    expect(text).not.toContain(excluded.phone);
    expect(text).not.toContain(excluded.citizenId);
    expect(text).not.toContain('Người ra đề');
    expect(text).not.toMatch(/excluded|phone|citizenId|userId/i);
  });

  it('shows no winners of a finalised round before the contest publishes its results', async () => {
    // The demo contest's first week was finalised by the server at start; the contest still runs.
    // (Winners by name, unit and prize once published: tests/e2e/contests.spec.ts, Results.)
    const admin = await adminToken();
    const all = await api('GET', '/api/contests', { token: admin });
    const demo = all.body.find(
      (c: { title: string }) =>
        c.title === 'Hội thi trực tuyến tìm hiểu công tác cải cách hành chính năm 2025',
    );
    expect(demo.status).toBe('published');
    const r = await api('GET', `/api/public/contests/${demo.slug}`);
    expect(r.status).toBe(200);
    const finalised = r.body.rounds.filter((x: { phase: string }) => x.phase === 'finalized');
    expect(finalised.length).toBeGreaterThan(0);
    expect(r.body.rounds.map((x: { results: unknown }) => x.results)).toEqual(
      r.body.rounds.map(() => null),
    );
    const own = await api('GET', `/api/public/rounds/${finalised[0].id}/results`);
    expect(own.status).toBe(404);
    expect(JSON.stringify(r.body)).not.toMatch(/\b0\d{9}\b|\b\d{12}\b/);
  });

  it('serves its Open Graph tags in the HTML itself, escaped, with absolute addresses', async () => {
    const page = await raw(`/cuoc-thi/${contest.slug}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const url = `${baseUrl()}/cuoc-thi/${contest.slug}`;
    expect(meta(page.text, 'og:title').map(decode)).toEqual([contest.title]);
    expect(meta(page.text, 'og:title')[0]).toContain('&quot;Tìm hiểu&quot; &lt;CCHC&gt; &amp;');
    expect(page.text).not.toContain('<CCHC>');
    expect(meta(page.text, 'og:type')).toEqual(['website']);
    expect(meta(page.text, 'og:url')).toEqual([url]);
    expect(meta(page.text, 'twitter:card')).toEqual(['summary_large_image']);
    const [description] = meta(page.text, 'og:description').map(decode);
    expect(description).toContain('Đang mở: Tuần thi thứ nhất');
    expect(meta(page.text, 'description').map(decode)).toEqual([description]);
    expect(page.text).toContain(`<title>${meta(page.text, 'og:title')[0]} · Hội thi CCHC</title>`);
    expect(page.text).toContain(`<link rel="canonical" href="${url}" />`);
    // the picture is a PNG the crawler can fetch at that address
    const [image] = meta(page.text, 'og:image');
    expect(image).toBe(`${baseUrl()}/og-image.png`);
    const png = await fetch(image!);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await png.arrayBuffer()).slice(0, 4)]).toEqual([
      0x89, 0x50, 0x4e, 0x47,
    ]);
    // and the page is still the app
    expect(page.text).toContain('<div id="app"></div>');
  });

  it('behind a proxy (TRUST_PROXY), links use the address and scheme the visitor used', async () => {
    const res = await fetch(`${baseUrl()}/cuoc-thi/${contest.slug}`, {
      headers: { 'x-forwarded-host': 'hoithi.phuong.vn:8080', 'x-forwarded-proto': 'https' },
    });
    const html = await res.text();
    expect(meta(html, 'og:url')).toEqual([
      `https://hoithi.phuong.vn:8080/cuoc-thi/${contest.slug}`,
    ]);
    expect(meta(html, 'og:image')).toEqual(['https://hoithi.phuong.vn:8080/og-image.png']);
    // a forged address is not written into the page
    const forged = await fetch(`${baseUrl()}/cuoc-thi/${contest.slug}`, {
      headers: { 'x-forwarded-host': 'x"><script>alert(1)</script>' },
    });
    const page = await forged.text();
    expect(page).not.toContain('<script>alert(1)');
    expect(meta(page, 'og:url')[0]).toMatch(/^http:\/\/localhost:\d+\/cuoc-thi\//);
  });

  it('on plain HTTP sends no header that would push phones to https (blank page on a LAN)', async () => {
    const page = await raw(`/cuoc-thi/${contest.slug}`);
    expect(page.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(page.headers.get('strict-transport-security')).toBeNull();
  });

  it('short link and earlier addresses lead to the current page', async () => {
    const short = await raw(`/c/${contest.shortCode}`);
    expect(short.status).toBe(302);
    expect(short.headers.get('location')).toBe(`/cuoc-thi/${contest.slug}`);
    // typed from a poster in capitals
    expect((await raw(`/c/${contest.shortCode.toUpperCase()}`)).headers.get('location')).toBe(
      `/cuoc-thi/${contest.slug}`,
    );
    const upper = await raw(`/cuoc-thi/${contest.slug.toUpperCase()}?nguon=zalo`);
    expect(upper.status).toBe(302);
    expect(upper.headers.get('location')).toBe(`/cuoc-thi/${contest.slug}?nguon=zalo`);
  });

  it('tells nothing about drafts: same 404 as an address that never existed', async () => {
    const draft = await createContest(org.token, org.unitId, {
      title: `Cuộc thi nháp bí mật ${tag}`,
    });
    const unknown = `khong-ton-tai-${tag}`;
    const [a, b] = await Promise.all([
      api('GET', `/api/public/contests/${draft.slug}`),
      api('GET', `/api/public/contests/${unknown}`),
    ]);
    expect(a.status).toBe(404);
    expect(a.body.error.code).toBe('not_found');
    expect(a.body.error.message).toBe(b.body.error.message);
    const [pa, pb] = await Promise.all([
      raw(`/cuoc-thi/${draft.slug}`),
      raw(`/cuoc-thi/${unknown}`),
    ]);
    expect(pa.status).toBe(404);
    expect(pa.text).toBe(pb.text);
    expect(pa.text).not.toContain('nháp');
    expect(meta(pa.text, 'robots')).toEqual(['noindex']);
    expect(pa.text).toContain('<title>Không tìm thấy cuộc thi · Hội thi CCHC</title>');
    expect((await raw(`/c/${draft.shortCode}`)).status).toBe(404);
  });

  it('answers a strange address with 404, never a 5xx', async () => {
    const strange = [
      '%00',
      '%ZZ',
      'a'.repeat(5000),
      "x'%20OR%201=1--",
      '%E2%80%AEevil',
      '..%2F..%2Fetc%2Fpasswd',
      'h%E1%BB%99i-thi',
      '-',
      'hoi--thi',
      '%F0%9F%98%80',
    ];
    for (const s of strange) {
      const [apiRes, page, short] = await Promise.all([
        api('GET', `/api/public/contests/${s}`),
        raw(`/cuoc-thi/${s}`),
        raw(`/c/${s}`),
      ]);
      expect([s, apiRes.status, page.status, short.status]).toEqual([s, 404, 404, 404]);
      expect(apiRes.body.error.code).toBe('not_found');
    }
  });

  it('organisers change the address; earlier ones keep working and can never serve another contest', async () => {
    const old = contest.slug;
    const next = `cchc-${tag}`;
    const bad = await api('PATCH', `/api/contests/${contest.id}`, {
      token: org.token,
      body: { slug: 'Hội thi 2025' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toContainEqual({
      path: 'slug',
      message: 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (3–80 ký tự).',
    });
    const renamed = await api('PATCH', `/api/contests/${contest.id}`, {
      token: org.token,
      body: { slug: `  CCHC-${tag} ` },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.slug).toBe(next);

    const moved = await raw(`/cuoc-thi/${old}`);
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe(`/cuoc-thi/${next}`);
    const viaOld = await api('GET', `/api/public/contests/${old}`);
    expect(viaOld.body.links.slug).toBe(next);
    expect((await raw(`/c/${contest.shortCode}`)).headers.get('location')).toBe(
      `/cuoc-thi/${next}`,
    );
    const share = await api('GET', `/api/contests/${contest.id}/share`, { token: org.token });
    expect(share.body).toMatchObject({ slug: next, previousSlugs: [old], isPublic: true });

    // another contest may take neither the current nor the earlier address
    const other = await createContest(org.token, org.unitId);
    for (const slug of [old, next]) {
      const taken = await api('PATCH', `/api/contests/${other.id}`, {
        token: org.token,
        body: { slug },
        lang: 'en',
      });
      expect(taken.status).toBe(409);
      expect(taken.body.error).toMatchObject({
        code: 'duplicate_slug',
        message: 'This address is already used by another contest.',
      });
    }

    // taking the earlier one back is allowed, and the link printed before works as before
    const back = await api('PATCH', `/api/contests/${contest.id}`, {
      token: org.token,
      body: { slug: old },
    });
    expect(back.body.slug).toBe(old);
    expect((await raw(`/cuoc-thi/${old}`)).status).toBe(200);
    expect((await raw(`/cuoc-thi/${next}`)).headers.get('location')).toBe(`/cuoc-thi/${old}`);
  });

  it('a contest closed early invites no one into its still-dated round', async () => {
    const closing = await createContest(org.token, org.unitId, { title: `Đóng sớm ${tag}` });
    const round = await createRound(org.token, closing.id);
    await publish(org.token, closing.id);
    expect((await api('GET', `/api/public/contests/${closing.slug}`)).body.rounds[0].phase).toBe(
      'open',
    );
    const closed = await api('PATCH', `/api/contests/${closing.id}`, {
      token: org.token,
      body: { status: 'closed' },
    });
    expect(closed.status).toBe(200);
    const r = await api('GET', `/api/public/contests/${closing.slug}`);
    expect(r.body.status).toBe('closed');
    expect(r.body.rounds[0]).toMatchObject({ id: round.id, phase: 'closed' });
    const page = await raw(`/cuoc-thi/${closing.slug}`);
    const [description] = meta(page.text, 'og:description').map(decode);
    expect(description).toContain('Cuộc thi đã kết thúc.');
    expect(description).not.toContain('Đang mở');
  });

  it('share links are for the contest’s own organisers only', async () => {
    const stranger = await freshOrganiser();
    const r = await api('GET', `/api/contests/${contest.id}/share`, { token: stranger.token });
    expect(r.status).toBe(404);
    expect((await api('GET', `/api/contests/${contest.id}/share`)).status).toBe(401);
  });

  it('a contest written straight into the database still gets an address and a short link', async () => {
    const db = await suiteDb();
    try {
      const [row] = (
        await db.query(
          `INSERT INTO contests (organizer_unit_id, eligible_unit_ids, title, prize_table, status)
           VALUES ($1, $2, 'Nhập thẳng', '[]', 'published') RETURNING slug, short_code`,
          [org.unitId, [org.unitId]],
        )
      ).rows as { slug: string; short_code: string }[];
      expect(row!.slug).toBe(`cuoc-thi-${row!.short_code}`);
      expect((await raw(`/cuoc-thi/${row!.slug}`)).status).toBe(200);
      // a short link printed on a poster never changes
      await expect(
        db.query(`UPDATE contests SET short_code = 'abcdef' WHERE slug = $1`, [row!.slug]),
      ).rejects.toThrow(/never changes/);
    } finally {
      await db.end();
    }
  });
});

describe('public contest page behind PUBLIC_URL', () => {
  let server: RunningServer;
  beforeAll(async () => {
    // A second process on the suite's database, told its public address.
    server = await startServer({
      env: {
        DATABASE_URL: inject('databaseUrl'),
        PUBLIC_URL: 'https://hoithi.example.gov.vn',
        SWEEP_INTERVAL_MS: '0',
      },
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('writes links and tags with that address, and sends the HTTPS-only headers', async () => {
    const page = await raw(`/cuoc-thi/${contest.slug}`, server.baseUrl);
    expect(meta(page.text, 'og:url')).toEqual([
      `https://hoithi.example.gov.vn/cuoc-thi/${contest.slug}`,
    ]);
    expect(meta(page.text, 'og:image')).toEqual(['https://hoithi.example.gov.vn/og-image.png']);
    expect(page.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const r = await api('GET', `/api/public/contests/${contest.slug}`, { base: server.baseUrl });
    expect(r.body.links.shortUrl).toBe(`https://hoithi.example.gov.vn/c/${contest.shortCode}`);
  });
});
