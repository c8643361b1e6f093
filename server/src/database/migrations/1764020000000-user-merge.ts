import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A duplicate account merged into the person's other one (issue 14) stays as a record: its
 * attempts move to the other account, it is deactivated and points to it. Its phone, email or
 * CCCD may move to the other account too, so a merged account may be left with none of them.
 */
export class UserMerge1764020000000 implements MigrationInterface {
  name = 'UserMerge1764020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN merged_into_id uuid REFERENCES users(id)`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT ck_users_login`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT ck_users_login
      CHECK (phone IS NOT NULL OR email IS NOT NULL OR citizen_id IS NOT NULL
             OR merged_into_id IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP CONSTRAINT ck_users_login`);
    await q.query(`DELETE FROM users WHERE phone IS NULL AND email IS NULL AND citizen_id IS NULL`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT ck_users_login
      CHECK (phone IS NOT NULL OR email IS NOT NULL OR citizen_id IS NOT NULL)`);
    await q.query(`ALTER TABLE users DROP COLUMN merged_into_id`);
  }
}
