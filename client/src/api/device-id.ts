export const DEVICE_ID_KEY = 'cchc.deviceId';
// DeviceIdSchema in contracts: the server ignores a value of another shape
const SHAPE = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * A random id this browser keeps for itself, sent with every request (DEVICE_ID_HEADER). The
 * server keeps only a keyed hash of it, taken at sign-in and registration, so organisers can see
 * two accounts used on one device. Drawn with getRandomValues, which, unlike randomUUID, also
 * works on a plain-http address inside an office network. Null where storage is refused (a
 * private window that blocks it): the request goes without it.
 */
export function deviceId(): string | null {
  try {
    const kept = localStorage.getItem(DEVICE_ID_KEY);
    if (kept && SHAPE.test(kept)) return kept;
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(DEVICE_ID_KEY, id);
    return id;
  } catch {
    return null;
  }
}
