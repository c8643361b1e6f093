import { describe, expect, it } from 'vitest';
import { describeContest, renderNotFoundPage, renderSharePage } from './share-page.js';

const INDEX = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Hội thi trực tuyến tìm hiểu về cải cách hành chính" />
    <title>Hội thi CCHC</title>
    <script type="module" src="/assets/index-abc.js"></script>
  </head>
  <body><div id="app"></div></body>
</html>`;

const meta = {
  title: 'Hội thi "CCHC" <2025> & $& của Phường',
  description: 'Đơn vị tổ chức: UBND phường Mộ Lao.',
  url: 'http://192.168.1.10:3000/cuoc-thi/hoi-thi-cchc-2025',
  image: 'http://192.168.1.10:3000/og-image.png',
};

function metaContent(html: string, key: string): string[] {
  const re = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)" />`, 'g');
  return [...html.matchAll(re)].map((m) => m[1]!);
}

describe(renderSharePage.name, () => {
  const html = renderSharePage(INDEX, meta);

  it('writes the Open Graph and Twitter tags a crawler reads, HTML-escaped', () => {
    const escaped = 'Hội thi &quot;CCHC&quot; &lt;2025&gt; &amp; $&amp; của Phường';
    expect(metaContent(html, 'og:title')).toEqual([escaped]);
    expect(metaContent(html, 'twitter:title')).toEqual([escaped]);
    expect(metaContent(html, 'og:type')).toEqual(['website']);
    expect(metaContent(html, 'og:url')).toEqual([meta.url]);
    expect(metaContent(html, 'og:image')).toEqual([meta.image]);
    expect(metaContent(html, 'og:image:type')).toEqual(['image/png']);
    expect(metaContent(html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(html).toContain(`<link rel="canonical" href="${meta.url}" />`);
    expect(html).not.toContain('<2025>');
  });

  it('replaces the title and the description instead of adding second ones', () => {
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain(
      '<title>Hội thi &quot;CCHC&quot; &lt;2025&gt; &amp; $&amp; của Phường · Hội thi CCHC</title>',
    );
    expect(metaContent(html, 'description')).toEqual([meta.description]);
    // the app itself is untouched
    expect(html).toContain('<script type="module" src="/assets/index-abc.js"></script>');
    expect(html).toContain('<div id="app"></div>');
  });
});

describe(renderNotFoundPage.name, () => {
  it('says "not found" in the title, keeps search engines away and shares nothing', () => {
    const html = renderNotFoundPage(INDEX);
    expect(html).toContain('<title>Không tìm thấy cuộc thi · Hội thi CCHC</title>');
    expect(metaContent(html, 'robots')).toEqual(['noindex']);
    expect(html).not.toContain('og:');
  });
});

describe(describeContest.name, () => {
  const at = (iso: string) => new Date(iso);
  const rounds = [
    {
      title: 'Tuần 1',
      opens_at: at('2025-11-03T00:00:00+07:00'),
      closes_at: at('2025-11-09T23:59:59+07:00'),
    },
    {
      title: 'Tuần 2',
      opens_at: at('2025-11-10T00:00:00+07:00'),
      closes_at: at('2025-11-16T23:59:59+07:00'),
    },
  ];
  const c = {
    organizer_unit_name: 'UBND xã Phú Thái',
    description: 'Thi theo tuần, 15 câu.',
    status: 'published' as const,
  };

  it('tells what a reader can do now: the open round and until when (Vietnam time)', () => {
    expect(describeContest(c, rounds, at('2025-11-05T12:00:00+07:00'))).toBe(
      'Đơn vị tổ chức: UBND xã Phú Thái. Đang mở: Tuần 1, đến 23:59, 09/11/2025. Thi theo tuần, 15 câu.',
    );
  });

  it('between rounds, the next one; after the last, only who organises it', () => {
    const gap = [rounds[0]!, { ...rounds[1]!, opens_at: at('2025-11-12T00:00:00+07:00') }];
    expect(describeContest(c, gap, at('2025-11-10T08:00:00+07:00'))).toContain(
      'Sắp mở: Tuần 2, từ 00:00, 12/11/2025.',
    );
    expect(describeContest({ ...c, description: null }, rounds, at('2026-01-01T00:00:00Z'))).toBe(
      'Đơn vị tổ chức: UBND xã Phú Thái.',
    );
  });

  it('a contest closed early or with its results out invites no one to a round', () => {
    const during = at('2025-11-05T12:00:00+07:00');
    expect(describeContest({ ...c, status: 'closed' }, rounds, during)).toBe(
      'Đơn vị tổ chức: UBND xã Phú Thái. Cuộc thi đã kết thúc. Thi theo tuần, 15 câu.',
    );
    expect(describeContest({ ...c, status: 'results_published' }, rounds, during)).toContain(
      'Đã công bố kết quả.',
    );
  });

  it('keeps a long description to a preview-sized line, cut between words', () => {
    const long = { ...c, description: 'cải cách hành chính '.repeat(40) };
    const text = describeContest(long, [], at('2026-01-01T00:00:00Z'));
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text).toMatch(/chính…$|hành…$|cải…$|cách…$/);
  });
});
