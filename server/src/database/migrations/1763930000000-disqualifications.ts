import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Disqualifications1763930000000 implements MigrationInterface {
  name = 'Disqualifications1763930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE round_entries
      ADD COLUMN disqualified_reason text,
      ADD COLUMN disqualified_by uuid,
      ADD COLUMN disqualified_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE round_entries
      DROP COLUMN disqualified_reason, DROP COLUMN disqualified_by, DROP COLUMN disqualified_at`);
  }
}
