import type { ErrorBody, FieldIssue } from '@cchc/contracts';
import { DEVICE_ID_HEADER } from '@cchc/contracts/routes';
import { currentLocale, i18n } from '@/i18n';
import { deviceId } from './device-id';

export const TOKEN_KEY = 'cchc.token';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field issues of a validation error, `[]` for any other error. */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldIssue =>
        typeof d === 'object' &&
        d !== null &&
        typeof d.path === 'string' &&
        typeof d.message === 'string',
    );
  }
}

export function getToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

let onUnauthorized: ((rejectedToken: string) => void) | null = null;
/**
 * Called when the server no longer accepts a token (revoked or expired), with the token the
 * request carried: by the time the answer arrives it may have been replaced by a new login.
 */
export function setUnauthorizedHandler(handler: (rejectedToken: string) => void): void {
  onUnauthorized = handler;
}

/** A token the server refused (an HTTP 401 `unauthenticated`, a refused socket handshake). */
export function tokenRejected(token: string): void {
  onUnauthorized?.(token);
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Sent instead of the stored session's token (to revoke a token never stored). */
  token?: string;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': currentLocale() });
  const token = options.token ?? getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const device = deviceId();
  if (device) headers.set(DEVICE_ID_HEADER, device);

  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body; // the browser sets the multipart boundary
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError('network_error', i18n.global.t('errors.network'), 0);
  }

  if (!response.ok) {
    let payload: unknown = null;
    try {
      payload = await response.json();
    } catch {
      // not JSON (proxy error page, empty body): fall through to a generic message
    }
    // Only an unknown token ends the session: a wrong password (login, password change) is a
    // 401 too, and must not sign the person out.
    if (response.status === 401 && token && isErrorBody(payload)) {
      if (payload.error.code === 'unauthenticated') tokenRejected(token);
    }
    if (isErrorBody(payload)) {
      const { code, message, details } = payload.error;
      throw new ApiError(code, message, response.status, details);
    }
    throw new ApiError(
      response.status >= 500 ? 'internal_error' : 'http_error',
      i18n.global.t('errors.unexpected'),
      response.status,
    );
  }
  return response;
}

async function json<T>(method: string, path: string, options?: RequestOptions): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

function filenameFrom(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

export const http = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) =>
    json<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: Query, token?: string) =>
    json<T>('POST', path, { body, query, token }),
  patch: <T>(path: string, body?: unknown) => json<T>('PATCH', path, { body }),
  put: <T>(path: string, body?: unknown) => json<T>('PUT', path, { body }),
  delete: <T>(path: string) => json<T>('DELETE', path),
  /** Multipart upload of one file under field `file`. */
  upload: <T>(path: string, file: File, query?: Query) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return json<T>('POST', path, { body: form, query });
  },
  /** Authenticated download: fetch the blob and hand it to the browser as a file. */
  async download(path: string, query: Query | undefined, fallbackName: string): Promise<void> {
    const response = await send('GET', path, { query });
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filenameFrom(response, fallbackName);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
