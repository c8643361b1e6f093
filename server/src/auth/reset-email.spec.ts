import { describe, expect, it } from 'vitest';
import { resetEmail } from './reset-email.js';

describe(resetEmail.name, () => {
  const mail = resetEmail({
    to: 'an@thu.vn',
    origin: 'https://hoithi.gov.vn',
    username: 'an+<b>@thu.vn',
    code: 'ACDE3479',
    expiresAt: new Date('2026-12-17T10:30:00Z'),
  });

  it('says the code, its expiry in Vietnam time, the link and "ignore it if it was not you", Vietnamese first', () => {
    const lines = mail.text.split('\n');
    expect(lines).toContain('Mã đặt lại mật khẩu: ACDE 3479');
    expect(mail.text).toContain('hiệu lực đến 17:30 ngày 17/12/2026 (giờ Việt Nam)');
    expect(mail.text).toContain('valid until 2026-12-17 10:30 UTC');
    expect(lines).toContain('https://hoithi.gov.vn/activate?u=an%2B%3Cb%3E%40thu.vn');
    expect(mail.text).toContain('Nếu không phải bạn yêu cầu, hãy bỏ qua email này');
    expect(mail.text.indexOf('Xin chào')).toBeLessThan(mail.text.indexOf('Hello'));
    expect(mail.subject).toMatch(/^Mã đặt lại mật khẩu .* \/ Password reset code$/);
    expect(mail.to).toBe('an@thu.vn');
  });

  it('puts the code in the message, never in the link', () => {
    const links = [...mail.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(links).toEqual([
      'https://hoithi.gov.vn/activate?u=an%2B%3Cb%3E%40thu.vn',
      'https://hoithi.gov.vn/activate?u=an%2B%3Cb%3E%40thu.vn',
    ]);
    expect(mail.html).toContain(
      '<strong style="font-size:1.4em;letter-spacing:0.1em">ACDE 3479</strong>',
    );
  });

  it('writes the HTML with every text escaped', () => {
    const odd = resetEmail({
      to: 'x@y.vn',
      origin: 'https://a.vn',
      username: '"><script>alert(1)</script>',
      code: 'ACDE3479',
      expiresAt: new Date(),
    });
    expect(odd.html).not.toContain('<script>');
    expect(odd.text).not.toContain('<script>');
  });
});
