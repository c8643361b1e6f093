import { Injectable } from '@nestjs/common';
import type { ParticipationReport } from '@cchc/contracts';
import { ParticipationRepository } from './participation.repository.js';

const MAX_ENTRIES = 200;

interface Entry {
  version: string;
  value: Promise<ParticipationReport>;
}

/**
 * Computed participation reports, reused while the data version (kept by database triggers on
 * attempts, units, headcounts and staff lists) is unchanged. The version is read before
 * computing: a change that commits meanwhile only makes the next request compute again, it can
 * never leave a stale report in place. Concurrent requests for one report share one computation.
 */
@Injectable()
export class ReportCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly repo: ParticipationRepository) {}

  async get(
    key: string,
    compute: () => Promise<ParticipationReport>,
  ): Promise<ParticipationReport> {
    const version = await this.repo.dataVersion();
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      // Most recently used last: the map's order is the eviction order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    this.entries.set(key, { version, value });
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
