import sanitizeHtml from 'sanitize-html';

/** Bold, italic, line breaks and lists at most: nothing that runs, no attributes. */
export function sanitizeRich(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['b', 'strong', 'i', 'em', 'u', 'br', 'ul', 'ol', 'li', 'p'],
    allowedAttributes: {},
    disallowedTagsMode: 'discard',
  })
    .normalize('NFC')
    .trim();
}

/** Plain text of a sanitised fragment, for search and duplicate keys. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
