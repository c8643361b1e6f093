import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version number of everything participation figures are computed from, kept by triggers,
 * so a computed report can be reused until the data under it changes. The counter is spread
 * over 16 rows: concurrent submissions rarely wait on the same row.
 */
export class ReportVersion1763960000000 implements MigrationInterface {
  name = 'ReportVersion1763960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE report_data_version (
      shard integer PRIMARY KEY,
      v bigint NOT NULL DEFAULT 0
    )`);
    await q.query(`INSERT INTO report_data_version SELECT g, 0 FROM generate_series(0, 15) g`);
    await q.query(`CREATE FUNCTION bump_report_version() RETURNS trigger AS $$
      BEGIN
        UPDATE report_data_version SET v = v + 1 WHERE shard = floor(random() * 16)::int;
        RETURN NULL;
      END $$ LANGUAGE plpgsql`);
    // Attempts: only statements that leave submitted rows behind (starts and autosaves do not).
    await q.query(`CREATE FUNCTION bump_report_version_if_submitted() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed WHERE submitted_at IS NOT NULL) THEN
          UPDATE report_data_version SET v = v + 1 WHERE shard = floor(random() * 16)::int;
        END IF;
        RETURN NULL;
      END $$ LANGUAGE plpgsql`);
    await q.query(`CREATE TRIGGER tr_attempts_report_insert AFTER INSERT ON attempts
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
      EXECUTE FUNCTION bump_report_version_if_submitted()`);
    await q.query(`CREATE TRIGGER tr_attempts_report_update AFTER UPDATE ON attempts
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
      EXECUTE FUNCTION bump_report_version_if_submitted()`);
    await q.query(`CREATE TRIGGER tr_attempts_report_delete AFTER DELETE ON attempts
      FOR EACH STATEMENT EXECUTE FUNCTION bump_report_version()`);
    for (const table of [
      'units',
      'unit_headcounts',
      'roster_entries',
      'rounds',
      'contests',
      'users',
    ])
      await q.query(`CREATE TRIGGER tr_${table}_report_version
        AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION bump_report_version()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'units',
      'unit_headcounts',
      'roster_entries',
      'rounds',
      'contests',
      'users',
    ])
      await q.query(`DROP TRIGGER tr_${table}_report_version ON ${table}`);
    await q.query(`DROP TRIGGER tr_attempts_report_delete ON attempts`);
    await q.query(`DROP TRIGGER tr_attempts_report_update ON attempts`);
    await q.query(`DROP TRIGGER tr_attempts_report_insert ON attempts`);
    await q.query(`DROP FUNCTION bump_report_version_if_submitted`);
    await q.query(`DROP FUNCTION bump_report_version`);
    await q.query(`DROP TABLE report_data_version`);
  }
}
