import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdf.js's metrics for the standard fonts (Courier, Helvetica), which PDFs do not embed.
const STANDARD_FONTS =
  path.join(
    path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
    'standard_fonts',
  ) + '/';

/** A PDF read back as tests check it: each page's text (items joined by spaces) and size (pt). */
export async function pdfPages(buf: Buffer): Promise<{ texts: string[]; sizes: number[][] }> {
  const pdf = await getDocument({
    data: new Uint8Array(buf),
    disableFontFace: true,
    standardFontDataUrl: STANDARD_FONTS,
  }).promise;
  const texts: string[] = [];
  const sizes: number[][] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [, , w, h] = page.view as [number, number, number, number];
    sizes.push([Math.round(w), Math.round(h)]);
    const content = await page.getTextContent();
    texts.push(
      content.items
        .map((it) => ('str' in it ? it.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await pdf.destroy();
  return { texts, sizes };
}
