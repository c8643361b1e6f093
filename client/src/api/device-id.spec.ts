import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DeviceIdSchema } from '@/lib/schemas';
import { DEVICE_ID_KEY, deviceId } from './device-id';

// the module and the i18n setup read localStorage: a memory one stands in for it
const data = vi.hoisted(() => {
  const data = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    },
  });
  return data;
});

describe('deviceId', () => {
  beforeEach(() => data.clear());

  it('draws an id the server accepts once, then keeps sending the same one', () => {
    const first = deviceId();
    expect(DeviceIdSchema.safeParse(first).success).toBe(true);
    expect(deviceId()).toBe(first);
    expect(data.get(DEVICE_ID_KEY)).toBe(first);
  });

  it('replaces a stored value of the wrong shape', () => {
    data.set(DEVICE_ID_KEY, 'bad id');
    const id = deviceId();
    expect(id).not.toBe('bad id');
    expect(DeviceIdSchema.safeParse(id).success).toBe(true);
  });

  it('sends nothing, and does not throw, where storage is refused', () => {
    const refused = vi.spyOn(globalThis.localStorage, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    expect(deviceId()).toBeNull();
    refused.mockRestore();
  });
});
