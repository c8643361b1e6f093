/**
 * Where to go after signing in or registering: a path of this site from `?redirect=`, never an
 * absolute URL or a protocol-relative one ("//host", "/\host") that would leave it.
 */
export function safeRedirect(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
  if (value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

/** The query that carries the way back through login and registration (empty when there is none). */
export function redirectQuery(value: unknown): { redirect?: string } {
  const target = safeRedirect(value, '');
  return target ? { redirect: target } : {};
}
