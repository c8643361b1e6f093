const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// dd/MM/yyyy in Vietnam time, whatever the device's zone; en-GB gives the same day order.
const DATE: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
};
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hour12: false };
const dateFormat = new Intl.DateTimeFormat('en-GB', DATE);
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { ...DATE, ...TIME });
const dateTimeSecondsFormat = new Intl.DateTimeFormat('en-GB', {
  ...DATE,
  ...TIME,
  second: '2-digit',
});
// HH:mm:ss in Vietnam time, whatever zone the device is set to
const timeSecondsFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  ...TIME,
  second: '2-digit',
});

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? dateFormat.format(date) : '';
}

export function formatDateTime(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? dateTimeFormat.format(date).replace(',', '') : '';
}

/** dd/MM/yyyy HH:mm:ss in Vietnam time: submission times decide ties to the second. */
export function formatDateTimeSeconds(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? dateTimeSecondsFormat.format(date).replace(',', '') : '';
}

const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, ...TIME });

/**
 * When something happens, as short as is still clear: "22:53" on the same Vietnam day as
 * `now`, else "dd/MM/yyyy HH:mm".
 */
export function formatWhen(iso: string | null | undefined, now: number): string {
  const date = parse(iso);
  if (!date) return '';
  const sameDay = dateFormat.format(date) === dateFormat.format(new Date(now));
  return sameDay ? timeFormat.format(date) : formatDateTime(iso);
}

/** HH:mm:ss in Vietnam time (clocks, "saved at"). */
export function formatTimeSeconds(at: string | number | Date): string {
  const date = at instanceof Date ? at : new Date(at);
  return Number.isNaN(date.getTime()) ? '' : timeSecondsFormat.format(date);
}

/** The Intl locale numbers are written in for the app's language. */
export function numberLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'vi-VN';
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(numberLocale(locale)).format(value);
}
