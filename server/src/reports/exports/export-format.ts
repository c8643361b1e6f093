import { VN_OFFSET, type UnitGroup } from '@cchc/contracts';

/** Khối, as printed in the forms. */
export const GROUP_LABEL: Record<UnitGroup, string> = {
  administrative: 'Cơ quan hành chính',
  public_service: 'Đơn vị sự nghiệp',
  commune_level: 'Cấp xã',
  other: 'Khác',
};

const viDateFmt = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const viDateTimeFmt = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const toDate = (d: Date | string) => (typeof d === 'string' ? new Date(d) : d);

/** dd/MM/yyyy in Vietnam time. */
export function viDate(d: Date | string): string {
  return viDateFmt.format(toDate(d));
}

/** dd/MM/yyyy HH:mm in Vietnam time (vi-VN puts the time first; the forms put the date first). */
export function viDateTime(d: Date | string): string {
  const parts = Object.fromEntries(
    viDateTimeFmt.formatToParts(toDate(d)).map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

const VN_OFFSET_MS = (() => {
  const [h = '0', m = '0'] = VN_OFFSET.slice(1).split(':');
  return (VN_OFFSET.startsWith('-') ? -1 : 1) * (Number(h) * 60 + Number(m)) * 60_000;
})();

/**
 * The wall-clock instant in Vietnam as a "UTC" Date: Excel dates carry no zone, so a cell that
 * should read 08:30 in Hà Nội holds 08:30Z. Vietnam has one offset all year.
 */
export function vnWallClock(d: Date): Date {
  return new Date(d.getTime() + VN_OFFSET_MS);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * dd/MM/yyyy HH:mm:ss in Vietnam time, for row cells of long lists: the fixed offset is exact
 * for Vietnam and ~20× cheaper than Intl on 200,000 rows.
 */
export function viDateTimeSeconds(d: Date): string {
  const w = vnWallClock(d);
  return (
    `${pad(w.getUTCDate())}/${pad(w.getUTCMonth() + 1)}/${w.getUTCFullYear()} ` +
    `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}`
  );
}

/** mm:ss, minutes not wrapped at 60 (a 75-minute attempt reads 75:00). */
export function minutesSeconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
}

/**
 * A rate as a percent with one decimal, for text outputs. Rounding never carries a rate across
 * 100%: 99.96% reads 99.9, 100.04% reads 100.1, so "100.0" means exactly everyone.
 */
export function percent1(rate: number | null): number | null {
  if (rate === null) return null;
  const p = Math.round(rate * 1000) / 10;
  if (rate < 1 && p >= 100) return 99.9;
  if (rate > 1 && p <= 100) return 100.1;
  return p;
}

/** Two decimals, for scores on the 10-point scale. */
export function round2(v: number | null): number | null {
  return v === null ? null : Math.round(v * 100) / 100;
}

const viNumber1 = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const viNumber2 = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const viInt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const viPercentShort = new Intl.NumberFormat('vi-VN', {
  style: 'percent',
  maximumFractionDigits: 1,
});

/** Numbers as read on paper (PDF): "1.234", "87,5%", "7,25". */
export const viText = {
  int: (v: number) => viInt.format(v),
  percent: (rate: number) => `${viNumber1.format(percent1(rate)!)}%`,
  decimal2: (v: number) => viNumber2.format(v),
  /** A threshold in words: "80%", "82,5%". */
  percentShort: (rate: number) => viPercentShort.format(rate),
};

export const NON_PARTICIPANT_DEFINITIONS = [
  'Người chưa tham gia = người có tên trong danh sách cán bộ tại ngày chốt chưa có bài thi đã nộp trong phạm vi báo cáo (ở bất kỳ đơn vị nào); Số người tham gia + Số người chưa tham gia = Tổng số CBCCVC-NLĐ của đơn vị có danh sách.',
  'Đã đăng ký tài khoản = người trong danh sách đã được gắn với một tài khoản dự thi.',
  'Đơn vị chưa có danh sách cán bộ: không thể nêu tên người chưa tham gia; Tổng số CBCCVC-NLĐ là số đơn vị khai báo gần nhất tính đến ngày chốt.',
] as const;

export const COLLECTIVE_DEFINITIONS = [
  'Tỷ lệ tham gia bình quân các đợt = trung bình qua các đợt của (số người tham gia đợt / Tổng số CBCCVC-NLĐ).',
  'Tỷ lệ bài đạt tuyệt đối = số lượt dự thi đúng toàn bộ / số lượt dự thi được tính (mỗi người một lượt tính cho mỗi đợt).',
  'Tổng số CBCCVC-NLĐ = số người trong danh sách cán bộ của đơn vị nếu có, nếu không là số đơn vị khai báo; đơn vị cấp trên = tổng các đơn vị trực thuộc.',
  'Đơn vị chưa đạt mức tham gia tối thiểu không được xếp hạng.',
] as const;

export const ATTEMPT_DEFINITIONS = [
  'Mỗi dòng là một bài thi đã nộp; Số lượt = số bài thi đã nộp (kể cả bài hết giờ được hệ thống tự nộp).',
  'Trạng thái "Hết giờ – tự nộp" = bài hết thời gian làm bài được hệ thống tự nộp; bài vẫn được tính.',
  'Thời gian làm bài = từ lúc bắt đầu đến lúc nộp bài (phút:giây); giờ Việt Nam.',
  'Số điện thoại được che một phần; Thiết bị là mã băm của thiết bị, không phải thông tin cá nhân.',
] as const;

export interface FooterMeta {
  /** The instant figures are taken at. */
  cutoff: Date | string;
  unitName: string;
  exportedAt: Date;
  frozen?: { by: string; at: string } | null;
}

/**
 * The footer every export carries: definitions, then when and for whom the figures stand.
 * Bullets are "•", not "-": safeCell would escape a leading minus.
 */
export function footerLines(definitions: readonly string[], meta: FooterMeta): string[] {
  const lines = ['Giải thích:', ...definitions.map((d) => `• ${d}`)];
  lines.push(`Số liệu tính đến: ${viDateTime(meta.cutoff)} (giờ Việt Nam)`);
  lines.push(`Đơn vị: ${meta.unitName}`);
  lines.push(`Xuất lúc: ${viDateTime(meta.exportedAt)} (giờ Việt Nam)`);
  if (meta.frozen) {
    lines.push(`Số liệu đã chốt bởi ${meta.frozen.by} lúc ${viDateTime(meta.frozen.at)}`);
  }
  return lines;
}

/** ASCII download name without extension, dated in Vietnam: "bieu-01-tong-hop_SNV_20250328". */
export function reportFileName(prefix: string, unitCode: string | null, at: Date | string): string {
  const d = vnWallClock(toDate(at)).toISOString().slice(0, 10).replaceAll('-', '');
  const code = unitCode ? `_${unitCode.replace(/[^A-Za-z0-9_-]+/g, '-')}` : '';
  return `${prefix}${code}_${d}`;
}
