import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** The anti-abuse signals recorded at sign-in and registration (hashes only, see AccountSignals). */
@Injectable()
export class AccountSignalsRepository {
  constructor(private readonly ds: DataSource) {}

  /** One statement: the first sign-in on a device adds a row, later ones move last_seen_at. */
  async seenOn(userId: string, deviceHash: string, now: Date): Promise<void> {
    await this.ds.query(
      `INSERT INTO account_devices (user_id, device_hash, first_seen_at, last_seen_at)
       VALUES ($1, $2, $3, $3)
       ON CONFLICT (user_id, device_hash) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at`,
      [userId, deviceHash, now],
    );
  }

  async registered(em: EntityManager, userId: string, addressHash: string, now: Date) {
    await em.query(
      `INSERT INTO account_registrations (user_id, address_hash, registered_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO NOTHING`,
      [userId, addressHash, now],
    );
  }
}
