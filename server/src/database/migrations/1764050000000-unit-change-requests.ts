import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's request to move to another unit (issue 15), decided by the focal person of the
 * receiving unit. At most one pending request per person (a partial unique index: the database
 * refuses a second even when two requests race).
 */
export class UnitChangeRequests1764050000000 implements MigrationInterface {
  name = 'UnitChangeRequests1764050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE unit_change_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      from_unit_id uuid REFERENCES units(id),
      to_unit_id uuid NOT NULL REFERENCES units(id),
      note text,
      status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
      reason text,
      decided_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      decided_at timestamptz
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_unit_change_requests_pending
      ON unit_change_requests (user_id) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX ix_unit_change_requests_to_unit
      ON unit_change_requests (to_unit_id, status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unit_change_requests`);
  }
}
