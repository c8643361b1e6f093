import type { MigrationInterface, QueryRunner } from 'typeorm';

const BUMP = `
  DECLARE shard_no integer := floor(random() * 16)::integer;
  BEGIN
    UPDATE report_data_version SET v = v + 1 WHERE shard = shard_no;`;

/**
 * Fixes 1763960000000: `random()` in the WHERE clause was drawn again for every row, so a bump
 * could touch no shard at all (and a changed report looked unchanged). The shard is now drawn
 * once per call.
 */
export class ReportVersionShard1763970000000 implements MigrationInterface {
  name = 'ReportVersionShard1763970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION bump_report_version() RETURNS trigger AS $$
      ${BUMP}
        RETURN NULL;
      END $$ LANGUAGE plpgsql`);
    await q.query(`CREATE OR REPLACE FUNCTION bump_report_version_if_submitted() RETURNS trigger AS $$
      DECLARE shard_no integer := floor(random() * 16)::integer;
      BEGIN
        IF EXISTS (SELECT 1 FROM changed WHERE submitted_at IS NOT NULL) THEN
          UPDATE report_data_version SET v = v + 1 WHERE shard = shard_no;
        END IF;
        RETURN NULL;
      END $$ LANGUAGE plpgsql`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION bump_report_version() RETURNS trigger AS $$
      BEGIN
        UPDATE report_data_version SET v = v + 1 WHERE shard = floor(random() * 16)::int;
        RETURN NULL;
      END $$ LANGUAGE plpgsql`);
    await q.query(`CREATE OR REPLACE FUNCTION bump_report_version_if_submitted() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed WHERE submitted_at IS NOT NULL) THEN
          UPDATE report_data_version SET v = v + 1 WHERE shard = floor(random() * 16)::int;
        END IF;
        RETURN NULL;
      END $$ LANGUAGE plpgsql`);
  }
}
