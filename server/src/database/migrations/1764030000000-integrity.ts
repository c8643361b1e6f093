import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anti-abuse signals and the organisers' review (one person = one entrant). Signals are only
 * recorded, never used to refuse anyone: the device a person signs in or registers on, and the
 * address they registered from, both as keyed hashes (HMAC with the server secret), never the
 * raw values. Decisions are per contest and account; "exclude" also puts the person on the
 * contest's excluded list, where the ranking already looks.
 */
export class Integrity1764030000000 implements MigrationInterface {
  name = 'Integrity1764030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE account_devices (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      device_hash text NOT NULL,
      first_seen_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, device_hash)
    )`);
    // "which accounts used this device": the review reads it for a contest's entrants
    await q.query(`CREATE INDEX ix_account_devices_hash ON account_devices (device_hash)`);
    await q.query(`CREATE TABLE account_registrations (
      user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      address_hash text NOT NULL,
      registered_at timestamptz NOT NULL
    )`);
    await q.query(
      `CREATE INDEX ix_account_registrations_address ON account_registrations (address_hash, registered_at)`,
    );
    await q.query(`CREATE TABLE integrity_decisions (
      contest_id uuid NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      decision text NOT NULL CHECK (decision IN ('keep', 'exclude')),
      note text,
      decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
      decided_at timestamptz NOT NULL,
      PRIMARY KEY (contest_id, user_id)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE integrity_decisions`);
    await q.query(`DROP TABLE account_registrations`);
    await q.query(`DROP TABLE account_devices`);
  }
}
