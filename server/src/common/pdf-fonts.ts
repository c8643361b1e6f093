// The fonts every PDF of the house is set in (the report forms, the login slips): DejaVu Sans
// Condensed, which carries every Vietnamese letter with its diacritics. pdfkit's built-in
// Helvetica has none of them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Resolved from the package root: tsc does not copy assets, and src/ and dist/ sit at the same
// depth below server/, so this works for vitest (src) and `node server/dist/main.js` alike.
const FONT_DIR = new URL('../../assets/fonts/', import.meta.url);
export const PDF_FONTS = {
  regular: fileURLToPath(new URL('DejaVuSansCondensed.ttf', FONT_DIR)),
  bold: fileURLToPath(new URL('DejaVuSansCondensed-Bold.ttf', FONT_DIR)),
  italic: fileURLToPath(new URL('DejaVuSansCondensed-Oblique.ttf', FONT_DIR)),
};

export type PdfFont = keyof typeof PDF_FONTS;
let fontData: Record<PdfFont, Buffer> | null = null;
/** Read once: a font is ~700 KB and every PDF embeds a subset of it. */
function pdfFonts(): Record<PdfFont, Buffer> {
  fontData ??= {
    regular: readFileSync(PDF_FONTS.regular),
    bold: readFileSync(PDF_FONTS.bold),
    italic: readFileSync(PDF_FONTS.italic),
  };
  return fontData;
}

/** Registers the fonts under their names ('regular', 'bold', 'italic') for `pdf.font(name)`. */
export function registerPdfFonts(pdf: PDFKit.PDFDocument): void {
  const fonts = pdfFonts();
  for (const name of Object.keys(fonts) as PdfFont[]) pdf.registerFont(name, fonts[name]);
}
