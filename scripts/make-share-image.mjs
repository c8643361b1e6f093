// Draws the picture a Zalo or Facebook share of a contest page shows (client/public/og-image.png,
// 1200×630 PNG: crawlers take no SVG). Run again after changing the design:
//   node scripts/make-share-image.mjs
// Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH) and a font with Vietnamese glyphs.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; color: #fff;
    background: linear-gradient(135deg, #0b4a8f 0%, #0b4a8f 58%, #083a70 100%);
    display: flex; flex-direction: column; justify-content: center; padding: 0 96px;
    box-sizing: border-box; position: relative; overflow: hidden; }
  .badge { width: 112px; height: 112px; border-radius: 24px; background: #fff; color: #0b4a8f;
    font-weight: 700; font-size: 30px; display: flex; align-items: center; justify-content: center;
    margin-bottom: 44px; letter-spacing: 1px; }
  h1 { font-size: 92px; line-height: 1.05; margin: 0 0 24px; font-weight: 700; }
  p { font-size: 40px; line-height: 1.3; margin: 0; max-width: 900px; color: #e6eef8; }
  .band { position: absolute; left: 0; right: 0; bottom: 0; height: 18px; background: #b71c1c; }
  .ring { position: absolute; right: -160px; top: -160px; width: 520px; height: 520px;
    border-radius: 50%; border: 64px solid rgba(255,255,255,0.07); }
</style></head><body>
  <div class="ring"></div>
  <div class="badge">CCHC</div>
  <h1>Hội thi CCHC</h1>
  <p>Cuộc thi trực tuyến tìm hiểu<br />về cải cách hành chính</p>
  <div class="band"></div>
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(html);
  const png = await page.screenshot({ type: 'png' });
  writeFileSync(new URL('../client/public/og-image.png', import.meta.url), png);
  console.log(`client/public/og-image.png: ${png.length} bytes`);
} finally {
  await browser.close();
}
