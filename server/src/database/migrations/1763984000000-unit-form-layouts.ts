import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How a unit heads and signs its official forms (Biểu 01–04, the non-participants list): one
 * row per unit that set anything; a unit without a row prints the defaults.
 */
export class UnitFormLayouts1763984000000 implements MigrationInterface {
  name = 'UnitFormLayouts1763984000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE unit_form_layouts (
      unit_id uuid PRIMARY KEY REFERENCES units(id) ON DELETE CASCADE,
      superior_body text,
      issuing_unit text,
      place_name text,
      preparer_title text,
      preparer_name text,
      signer_title text,
      signer_name text,
      date_line text NOT NULL DEFAULT 'export_date' CHECK (date_line IN ('export_date', 'blank')),
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unit_form_layouts`);
  }
}
