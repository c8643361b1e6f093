import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Participation1763940000000 implements MigrationInterface {
  name = 'Participation1763940000000';

  async up(q: QueryRunner): Promise<void> {
    // Participation counts where a person worked when they took part: a later move or merge of
    // their account does not rewrite the history of the unit they were in.
    await q.query(`ALTER TABLE attempts ADD COLUMN unit_id uuid REFERENCES units(id)`);
    await q.query(`UPDATE attempts a SET unit_id = COALESCE(
        (SELECT e.unit_id FROM round_entries e WHERE e.attempt_id = a.id),
        (SELECT u.unit_id FROM users u WHERE u.id = a.user_id))`);
    await q.query(
      `CREATE INDEX ix_attempts_report ON attempts (submitted_at)
         INCLUDE (unit_id, user_id, round_id, correct_count, total) WHERE submitted_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX ix_attempts_round_report ON attempts (round_id, submitted_at)
         INCLUDE (unit_id, user_id, correct_count, total) WHERE submitted_at IS NOT NULL`,
    );

    // Staff lists. valid_from NULL = part of the unit's first list, which also stands for the
    // time before it was imported; later imports and merges date what they add and remove, so
    // a report "tính đến ngày …" counts the list as it was on that day.
    await q.query(`CREATE TABLE roster_entries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
      full_name text NOT NULL,
      name_folded text NOT NULL,
      citizen_id text CHECK (citizen_id ~ '^[0-9]{12}$'),
      phone text,
      email text,
      position text,
      user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      linked_by text CHECK (linked_by IN ('auto','manual')),
      valid_from timestamptz,
      valid_to timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ck_roster_identity CHECK (citizen_id IS NOT NULL OR phone IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX ix_roster_unit ON roster_entries (unit_id, valid_to)`);
    await q.query(
      `CREATE UNIQUE INDEX uq_roster_unit_citizen ON roster_entries (unit_id, citizen_id)
         WHERE valid_to IS NULL AND citizen_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX uq_roster_unit_phone ON roster_entries (unit_id, phone)
         WHERE valid_to IS NULL AND phone IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX ix_roster_citizen ON roster_entries (citizen_id) WHERE valid_to IS NULL`,
    );
    await q.query(`CREATE INDEX ix_roster_phone ON roster_entries (phone) WHERE valid_to IS NULL`);
    // One current roster entry per account: the link says who the person is.
    await q.query(
      `CREATE UNIQUE INDEX uq_roster_user ON roster_entries (user_id)
         WHERE valid_to IS NULL AND user_id IS NOT NULL`,
    );

    // Frozen reports (chốt số liệu): written once, never updated.
    await q.query(`CREATE TABLE report_snapshots (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
      kind text NOT NULL DEFAULT 'participation',
      params jsonb NOT NULL,
      label text NOT NULL,
      note text,
      report jsonb NOT NULL,
      created_by uuid,
      created_by_name text NOT NULL,
      created_at timestamptz NOT NULL
    )`);
    await q.query(
      `CREATE INDEX ix_report_snapshots_unit ON report_snapshots (unit_id, created_at)`,
    );
    await q.query(`CREATE FUNCTION report_snapshots_immutable() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'report_snapshots are immutable'; END $$ LANGUAGE plpgsql`);
    await q.query(`CREATE TRIGGER tr_report_snapshots_immutable BEFORE UPDATE ON report_snapshots
      FOR EACH ROW EXECUTE FUNCTION report_snapshots_immutable()`);

    // Collective prizes (giải tập thể) per khối.
    await q.query(`ALTER TABLE contests
      ADD COLUMN collective_prize_table jsonb NOT NULL
        DEFAULT '[{"rank":"Giải Nhất","count":1},{"rank":"Giải Nhì","count":1},{"rank":"Giải Ba","count":1}]',
      ADD COLUMN collective_min_rate double precision CHECK (collective_min_rate BETWEEN 0 AND 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE contests DROP COLUMN collective_prize_table, DROP COLUMN collective_min_rate`,
    );
    await q.query(`DROP TABLE report_snapshots`);
    await q.query(`DROP FUNCTION report_snapshots_immutable`);
    await q.query(`DROP TABLE roster_entries`);
    await q.query(`DROP INDEX ix_attempts_round_report`);
    await q.query(`DROP INDEX ix_attempts_report`);
    await q.query(`ALTER TABLE attempts DROP COLUMN unit_id`);
  }
}
