import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { publicOrigin } from './public-url.js';

const request = (host: string | undefined, protocol = 'http') =>
  ({ host, protocol }) as unknown as Request;

describe(publicOrigin.name, () => {
  it('uses PUBLIC_URL whatever address the request came to', () => {
    const env = { PUBLIC_URL: 'https://hoithi.example.gov.vn', PORT: 3000 };
    expect(publicOrigin(env, request('192.168.1.10:3000'))).toBe('https://hoithi.example.gov.vn');
  });

  it('without PUBLIC_URL, follows the address and scheme of the request', () => {
    const env = { PORT: 3000 };
    expect(publicOrigin(env, request('192.168.1.10:3000'))).toBe('http://192.168.1.10:3000');
    expect(publicOrigin(env, request('HoiThi.Phuong.vn', 'https'))).toBe(
      'https://hoithi.phuong.vn',
    );
    expect(publicOrigin(env, request('[::1]:3000'))).toBe('http://[::1]:3000');
  });

  it('never writes a forged Host header into a link', () => {
    const env = { PORT: 3100 };
    expect(publicOrigin(env, request('evil.vn"><script>alert(1)</script>'))).toBe(
      'http://localhost:3100',
    );
    expect(publicOrigin(env, request(undefined))).toBe('http://localhost:3100');
  });
});
