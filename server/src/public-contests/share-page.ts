import { formatViDateTime } from '../contests/rules-page.js';

/** The picture a Zalo or Facebook share shows: shipped with the client (client/public). */
export const SHARE_IMAGE = {
  path: '/og-image.png',
  width: 1200,
  height: 630,
  type: 'image/png',
  alt: 'Hội thi CCHC: cuộc thi trực tuyến tìm hiểu về cải cách hành chính',
};
const SITE_NAME = 'Hội thi CCHC';
const DESCRIPTION_MAX = 300;

export interface ShareMeta {
  /** The contest title (og:title); the tab title adds the site name. */
  title: string;
  description: string;
  /** Absolute address of the page (og:url, canonical). */
  url: string;
  /** Absolute address of the share picture. */
  image: string;
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function clip(s: string, max: number): string {
  const text = s.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

interface DescribedRound {
  title: string;
  opens_at: Date;
  closes_at: Date;
}

/**
 * The line under the title in a share preview: who organises it and what a reader can do now
 * (the open round and until when, else the next one), then the organiser's own description.
 */
export function describeContest(
  c: {
    organizer_unit_name: string;
    description: string | null;
    status: 'published' | 'closed' | 'results_published';
  },
  rounds: DescribedRound[],
  now: Date,
): string {
  const running = c.status === 'published';
  const open = running && rounds.find((r) => r.opens_at <= now && now < r.closes_at);
  const next =
    running && rounds.filter((r) => now < r.opens_at).sort((a, b) => +a.opens_at - +b.opens_at)[0];
  const when = open
    ? `Đang mở: ${open.title}, đến ${formatViDateTime(open.closes_at)}.`
    : next
      ? `Sắp mở: ${next.title}, từ ${formatViDateTime(next.opens_at)}.`
      : c.status === 'results_published'
        ? 'Đã công bố kết quả.'
        : c.status === 'closed'
          ? 'Cuộc thi đã kết thúc.'
          : '';
  const parts = [`Đơn vị tổ chức: ${c.organizer_unit_name}.`, when, c.description ?? ''];
  return clip(parts.filter(Boolean).join(' '), DESCRIPTION_MAX);
}

/** The client's index.html with the head a crawler (which runs no JavaScript) needs. */
export function renderSharePage(indexHtml: string, meta: ShareMeta): string {
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  const url = escapeHtml(meta.url);
  const image = escapeHtml(meta.image);
  const tags = [
    `<link rel="canonical" href="${url}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:locale" content="vi_VN" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${url}" />`,
    `<meta property="og:image" content="${image}" />`,
    `<meta property="og:image:type" content="${SHARE_IMAGE.type}" />`,
    `<meta property="og:image:width" content="${SHARE_IMAGE.width}" />`,
    `<meta property="og:image:height" content="${SHARE_IMAGE.height}" />`,
    `<meta property="og:image:alt" content="${SHARE_IMAGE.alt}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
    `<meta name="twitter:image" content="${image}" />`,
  ];
  return withHead(indexHtml, `${title} · ${SITE_NAME}`, description, tags);
}

/** A page that answers 404: says so in its title and asks search engines to forget it. */
export function renderNotFoundPage(indexHtml: string): string {
  return withHead(
    indexHtml,
    `Không tìm thấy cuộc thi · ${SITE_NAME}`,
    'Không tìm thấy cuộc thi này. Cuộc thi có thể chưa được công bố hoặc đường dẫn bị sai.',
    ['<meta name="robots" content="noindex" />'],
  );
}

/** `title` and `description` must be escaped already. */
function withHead(html: string, title: string, description: string, tags: string[]): string {
  const head = [`<meta name="description" content="${description}" />`, ...tags]
    .map((t) => `    ${t}\n`)
    .join('');
  // Replacer functions: a "$&" typed into a contest title must stay text.
  return html
    .replace(/<title>[\s\S]*?<\/title>/i, () => `<title>${title}</title>`)
    .replace(/\s*<meta\s+name="description"[^>]*>/i, () => '')
    .replace(/\s*<\/head>/i, () => `\n${head}  </head>`);
}
