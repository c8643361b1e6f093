import type { OutgoingMail } from '../common/mailer.js';
import { activationUrl, groupCode, slipValidity } from '../users/login-slips.js';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/**
 * The reset email: Vietnamese first, then English, as plain text and as simple HTML. The link
 * carries the username only; the code is typed from the message, never put in a link (links
 * end up in browser histories and proxy logs).
 */
export function resetEmail(v: {
  to: string;
  origin: string;
  username: string;
  code: string;
  expiresAt: Date;
}): OutgoingMail {
  const link = activationUrl(v.origin, v.username);
  const code = groupCode(v.code);
  const until = slipValidity(v.expiresAt);
  const untilEn = `${v.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const vi = [
    'Xin chào,',
    'Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu tài khoản Hội thi CCHC của bạn.',
    `Mã đặt lại mật khẩu: ${code}`,
    `Mã có hiệu lực đến ${until} (giờ Việt Nam) và chỉ dùng được một lần.`,
    'Mở địa chỉ dưới đây, nhập mã trên và đặt mật khẩu mới (mọi phiên đăng nhập cũ sẽ kết thúc):',
    link,
    'Nếu không phải bạn yêu cầu, hãy bỏ qua email này: mật khẩu của bạn không thay đổi.',
  ];
  const en = [
    'Hello,',
    'Someone (probably you) asked to reset the password of your Hội thi CCHC account.',
    `Reset code: ${code}`,
    `The code is valid until ${untilEn} and works once.`,
    'Open the address below, type the code and choose a new password (every earlier sign-in ends):',
    link,
    'If you did not ask for this, ignore this email: your password stays as it is.',
  ];
  const paragraphs = (lines: string[], lang: string) =>
    `<div lang="${lang}">${lines
      .map((l) =>
        l.includes(code)
          ? `<p>${escapeHtml(l.slice(0, l.indexOf(code)))}<strong style="font-size:1.4em;letter-spacing:0.1em">${escapeHtml(code)}</strong></p>`
          : l === link
            ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`
            : `<p>${escapeHtml(l)}</p>`,
      )
      .join('')}</div>`;
  return {
    to: v.to,
    subject: 'Mã đặt lại mật khẩu Hội thi CCHC / Password reset code',
    text: `${vi.join('\n\n')}\n\n---\n\n${en.join('\n\n')}\n`,
    html: `<!doctype html><html><body style="font-family:sans-serif">${paragraphs(vi, 'vi')}<hr>${paragraphs(en, 'en')}</body></html>`,
  };
}
