import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1763900000000 implements MigrationInterface {
  name = 'Init1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE units (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL,
      name text NOT NULL,
      name_folded text NOT NULL,
      kind text NOT NULL,
      unit_group text NOT NULL,
      parent_id uuid REFERENCES units(id) ON DELETE RESTRICT,
      path text NOT NULL,
      headcount integer CHECK (headcount >= 0),
      target double precision NOT NULL DEFAULT 1 CHECK (target >= 0 AND target <= 1),
      active_from timestamptz NOT NULL DEFAULT now(),
      active_to timestamptz,
      merged_into_id uuid REFERENCES units(id),
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_units_code UNIQUE (code)
    )`);
    await q.query(`CREATE INDEX ix_units_path ON units (path text_pattern_ops)`);
    await q.query(`CREATE INDEX ix_units_parent ON units (parent_id)`);

    await q.query(`CREATE TABLE unit_headcounts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
      value integer NOT NULL CHECK (value >= 0),
      declared_by uuid,
      declared_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX ix_unit_headcounts_unit ON unit_headcounts (unit_id, declared_at)`);

    await q.query(`CREATE TABLE unit_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
      kind text NOT NULL,
      before jsonb,
      after jsonb,
      actor_id uuid,
      at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX ix_unit_events_unit ON unit_events (unit_id, at)`);

    await q.query(`CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      full_name text NOT NULL,
      role text NOT NULL CHECK (role IN ('participant','organizer','reporter','admin')),
      unit_id uuid REFERENCES units(id) ON DELETE RESTRICT,
      phone text,
      email text,
      citizen_id text,
      password_hash text NOT NULL,
      consent_at timestamptz,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ck_users_unit CHECK (role = 'admin' OR unit_id IS NOT NULL),
      CONSTRAINT ck_users_login CHECK (phone IS NOT NULL OR email IS NOT NULL)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_users_phone ON users (phone) WHERE phone IS NOT NULL`);
    await q.query(
      `CREATE UNIQUE INDEX uq_users_email ON users (lower(email)) WHERE email IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX uq_users_citizen_id ON users (citizen_id) WHERE citizen_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_users_unit ON users (unit_id)`);

    await q.query(`CREATE TABLE auth_sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      token_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      CONSTRAINT uq_auth_sessions_token UNIQUE (token_hash)
    )`);
    await q.query(`CREATE INDEX ix_auth_sessions_user ON auth_sessions (user_id)`);

    await q.query(`CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      actor_id uuid,
      actor_role text,
      action text NOT NULL,
      target_type text NOT NULL,
      target_id text,
      before jsonb,
      after jsonb,
      request_id text,
      at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX ix_audit_log_target ON audit_log (target_type, target_id)`);
    await q.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql`);
    await q.query(`CREATE TRIGGER tr_audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
    await q.query(`DROP TABLE auth_sessions`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE unit_events`);
    await q.query(`DROP TABLE unit_headcounts`);
    await q.query(`DROP TABLE units`);
  }
}
