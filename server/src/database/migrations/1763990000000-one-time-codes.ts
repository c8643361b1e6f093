import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts handed out on paper: an account made from a staff list has no password until its
 * owner activates it with a one-time code; a forgotten password comes back with a reset code
 * from the person's focal point, no email needed. Accounts can be deactivated (attempts kept).
 *
 * Codes are stored as an HMAC with a server secret: by default the one generated here, in the
 * database (CODE_SECRET in the environment takes its place when set).
 */
export class OneTimeCodes1763990000000 implements MigrationInterface {
  name = 'OneTimeCodes1763990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL`);
    await q.query(`ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE users ADD COLUMN last_login_at timestamptz`);
    // A staff-list entry with neither phone nor email signs in with its CCCD.
    await q.query(`ALTER TABLE users DROP CONSTRAINT ck_users_login`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT ck_users_login
      CHECK (phone IS NOT NULL OR email IS NOT NULL OR citizen_id IS NOT NULL)`);
    await q.query(`CREATE TABLE one_time_codes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('activation', 'reset')),
      code_hash text NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      issued_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    // One live code per person: issuing a new one overwrites the old in the same statement.
    await q.query(
      `CREATE UNIQUE INDEX one_time_codes_one_unused ON one_time_codes (user_id) WHERE used_at IS NULL`,
    );
    await q.query(`CREATE TABLE server_secrets (
      name text PRIMARY KEY,
      value text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    // gen_random_uuid draws from the operating system's strong random source: two of them give
    // 244 random bits, kept across restarts so codes on printed slips stay valid.
    await q.query(
      `INSERT INTO server_secrets (name, value)
       VALUES ('one_time_codes', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE server_secrets`);
    await q.query(`DROP TABLE one_time_codes`);
    await q.query(`DELETE FROM users WHERE phone IS NULL AND email IS NULL`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT ck_users_login`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT ck_users_login
      CHECK (phone IS NOT NULL OR email IS NOT NULL)`);
    await q.query(`ALTER TABLE users DROP COLUMN last_login_at`);
    await q.query(`ALTER TABLE users DROP COLUMN active`);
    await q.query(`DELETE FROM users WHERE password_hash IS NULL`);
    await q.query(`ALTER TABLE users ALTER COLUMN password_hash SET NOT NULL`);
  }
}
