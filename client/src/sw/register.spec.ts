import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from './register';

function fakeWindow(opts: { secure: boolean; worker: boolean; readyState: string }) {
  const register = vi.fn(() => Promise.resolve({}));
  const listeners: Record<string, () => void> = {};
  const win = {
    isSecureContext: opts.secure,
    navigator: opts.worker ? { serviceWorker: { register } } : {},
    document: { readyState: opts.readyState },
    addEventListener: (name: string, fn: () => void) => (listeners[name] = fn),
  } as unknown as Window;
  return { win, register, listeners };
}

describe(registerServiceWorker.name, () => {
  it('registers /sw.js only after the page has loaded', () => {
    const { win, register, listeners } = fakeWindow({
      secure: true,
      worker: true,
      readyState: 'interactive',
    });
    registerServiceWorker(win);
    expect(register).not.toHaveBeenCalled();
    listeners.load?.();
    expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  });

  it('does nothing on plain HTTP at a LAN address (not a secure context), without throwing', () => {
    const { win, register, listeners } = fakeWindow({
      secure: false,
      worker: true,
      readyState: 'complete',
    });
    expect(() => registerServiceWorker(win)).not.toThrow();
    expect(register).not.toHaveBeenCalled();
    expect(listeners.load).toBeUndefined();
  });

  it('does nothing in a browser without service workers', () => {
    const { win } = fakeWindow({ secure: true, worker: false, readyState: 'complete' });
    expect(() => registerServiceWorker(win)).not.toThrow();
  });
});
