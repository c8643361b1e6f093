import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket.js';

describe(TokenBuckets.name, () => {
  it('allows the burst at once, then one token per 1/rate seconds', () => {
    const buckets = new TokenBuckets({ ratePerSec: 2, burst: 3 });
    const t = 1_000_000;
    expect([1, 2, 3, 4].map(() => buckets.take('k', t))).toEqual([true, true, true, false]);
    expect(buckets.waitSec('k', t)).toBe(1);
    expect(buckets.take('k', t + 499)).toBe(false);
    expect(buckets.take('k', t + 500)).toBe(true);
    expect(buckets.take('k', t + 500)).toBe(false);
    // a long quiet spell refills up to the burst, not beyond
    const later = t + 60_000;
    expect([1, 2, 3, 4].map(() => buckets.take('k', later))).toEqual([true, true, true, false]);
  });

  it('keeps keys apart', () => {
    const buckets = new TokenBuckets({ ratePerSec: 1, burst: 1 });
    expect(buckets.take('a', 0)).toBe(true);
    expect(buckets.take('a', 0)).toBe(false);
    expect(buckets.take('b', 0)).toBe(true);
  });

  it('a clock that steps back neither refills nor breaks a bucket', () => {
    const buckets = new TokenBuckets({ ratePerSec: 1, burst: 1 });
    expect(buckets.take('k', 10_000)).toBe(true);
    expect(buckets.take('k', 5_000)).toBe(false);
    expect(buckets.take('k', 10_999)).toBe(false);
    expect(buckets.take('k', 11_000)).toBe(true);
  });

  it('never grants more than burst + rate × elapsed, whatever the timing of the calls', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 1, maxLength: 300 }),
        (ratePerSec, burst, gaps) => {
          const buckets = new TokenBuckets({ ratePerSec, burst });
          let t = 0;
          let granted = 0;
          for (const gap of gaps) {
            t += gap;
            if (buckets.take('k', t)) granted++;
          }
          expect(granted).toBeLessThanOrEqual(burst + Math.floor((ratePerSec * t) / 1000) + 1);
        },
      ),
    );
  });

  it('drops buckets that have filled up again once there are too many keys', () => {
    const buckets = new TokenBuckets({ ratePerSec: 1, burst: 2 }, 3);
    for (const key of ['a', 'b', 'c']) buckets.take(key, 0);
    // 'a' to 'c' are full again 1 s later; a fourth key makes room by dropping them
    buckets.take('d', 1_000);
    expect(buckets.size).toBe(1);
    // an empty bucket is not dropped, or a flood could reset its own bucket by using many keys
    const busy = new TokenBuckets({ ratePerSec: 1, burst: 1 }, 2);
    busy.take('flood', 0);
    busy.take('x', 0);
    busy.take('y', 0);
    expect(busy.take('flood', 0)).toBe(false);
  });
});
