import { randomInt } from 'node:crypto';
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A tiny HTTP client for the tests; every call can pose as a distinct client IP. */
export async function api<T = any>(
  method: string,
  path: string,
  opts: {
    token?: string;
    body?: unknown;
    ip?: string;
    lang?: string;
    form?: FormData;
    headers?: Record<string, string>;
    /** Another server than the shared one (tests that start their own). */
    base?: string;
  } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.ip) headers['x-forwarded-for'] = opts.ip;
  if (opts.lang) headers['accept-language'] = opts.lang;
  let body: BodyInit | undefined;
  if (opts.form) body = opts.form;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  }
  const res = await fetch(`${opts.base ?? baseUrl()}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export const randomIp = () => `10.${randomInt(255)}.${randomInt(255)}.${randomInt(1, 254)}`;

let phoneSeq = randomInt(10_000_000);
/** A unique, well-formed Vietnamese mobile number. */
export const uniquePhone = () => `09${String(phoneSeq++ % 100_000_000).padStart(8, '0')}`;
export const uniqueCitizenId = () => `0${String(randomInt(10 ** 11)).padStart(11, '0')}`;
export const uniqueCode = (prefix = 'T') =>
  `${prefix}${Date.now().toString(36).toUpperCase()}${randomInt(1e6).toString(36).toUpperCase()}`;

export async function login(username: string, password = 'Demo@2025'): Promise<string> {
  const res = await api('POST', '/api/auth/login', {
    body: { username, password },
    ip: randomIp(),
  });
  if (res.status !== 200)
    throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}

export const adminToken = () => login('admin@demo.local');
