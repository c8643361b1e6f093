export interface BucketLimits {
  /** Tokens added per second. */
  ratePerSec: number;
  /** Most tokens a bucket holds: the burst allowed after a quiet spell. */
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets by key (a socket and event, a person and event). A key costs nothing until it
 * is used; buckets that have filled up again are dropped once there are many, so the map stays
 * as small as the set of busy keys.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: BucketLimits,
    private readonly maxKeys = 10_000,
  ) {}

  /** Takes one token at `nowMs`; false when the bucket is empty (the caller refuses). */
  take(key: string, nowMs: number): boolean {
    const bucket = this.refilled(key, nowMs);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Whole seconds until `key` has a token again (0 when it has one now). */
  waitSec(key: string, nowMs: number): number {
    const bucket = this.refilled(key, nowMs);
    return bucket.tokens >= 1 ? 0 : Math.ceil((1 - bucket.tokens) / this.limits.ratePerSec);
  }

  /** Forgets a key (a socket that disconnected). */
  delete(key: string): void {
    this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string, nowMs: number): Bucket {
    const { ratePerSec, burst } = this.limits;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.dropFull(nowMs);
      bucket = { tokens: burst, at: nowMs };
      this.buckets.set(key, bucket);
      return bucket;
    }
    // a clock that steps back refills nothing, and takes nothing away
    const elapsedSec = Math.max(0, nowMs - bucket.at) / 1000;
    bucket.tokens = Math.min(burst, bucket.tokens + elapsedSec * ratePerSec);
    bucket.at = Math.max(bucket.at, nowMs);
    return bucket;
  }

  private dropFull(nowMs: number): void {
    const { ratePerSec, burst } = this.limits;
    for (const [key, b] of this.buckets) {
      if (b.tokens + (Math.max(0, nowMs - b.at) / 1000) * ratePerSec >= burst)
        this.buckets.delete(key);
    }
  }
}
