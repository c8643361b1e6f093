import type { MigrationInterface, QueryRunner } from 'typeorm';

const BUMP_SUBMITTED = (shard: string) => `
  DECLARE shard_no integer := ${shard};
  BEGIN
    IF EXISTS (SELECT 1 FROM changed WHERE submitted_at IS NOT NULL) THEN
      UPDATE report_data_version SET v = v + 1 WHERE shard = shard_no;
    END IF;
    RETURN NULL;
  END`;
const BUMP = (shard: string) => `
  DECLARE shard_no integer := ${shard};
  BEGIN
    UPDATE report_data_version SET v = v + 1 WHERE shard = shard_no;
    RETURN NULL;
  END`;

const PER_TRANSACTION = `(txid_current() % 16)::integer`;
const RANDOM = `floor(random() * 16)::integer`;

/**
 * Fixes 1763970000000: each statement drew its own random shard, so a transaction that closes
 * several attempts (a sweep, a finalisation) locked several shard rows in random order, and two
 * such transactions running at once could deadlock (the two-process sweep test saw it under
 * load). The shard now comes from the transaction id: one transaction only ever locks one shard
 * row, however many statements bump it, so bumps alone can never deadlock.
 */
export class ReportVersionPerTransaction1764040000000 implements MigrationInterface {
  name = 'ReportVersionPerTransaction1764040000000';

  async up(q: QueryRunner): Promise<void> {
    await this.define(q, PER_TRANSACTION);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.define(q, RANDOM);
  }

  private async define(q: QueryRunner, shard: string): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION bump_report_version() RETURNS trigger AS $$
      ${BUMP(shard)} $$ LANGUAGE plpgsql`);
    await q.query(`CREATE OR REPLACE FUNCTION bump_report_version_if_submitted() RETURNS trigger AS $$
      ${BUMP_SUBMITTED(shard)} $$ LANGUAGE plpgsql`);
  }
}
