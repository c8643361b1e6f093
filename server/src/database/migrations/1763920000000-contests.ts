import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Contests1763920000000 implements MigrationInterface {
  name = 'Contests1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE users ADD COLUMN track text NOT NULL DEFAULT 'staff' CHECK (track IN ('staff','citizen'))`,
    );
    await q.query(`CREATE TABLE contests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organizer_unit_id uuid NOT NULL REFERENCES units(id),
      eligible_unit_ids uuid[] NOT NULL,
      title text NOT NULL,
      description text,
      legal_basis text,
      tracks text[] NOT NULL DEFAULT '{staff}',
      prize_table jsonb NOT NULL,
      one_prize_per_person_per_contest boolean NOT NULL DEFAULT false,
      excluded_persons jsonb NOT NULL DEFAULT '[]',
      rules_text text,
      status text NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft','published','closed','results_published')),
      is_demo boolean NOT NULL DEFAULT false,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX ix_contests_organizer ON contests (organizer_unit_id)`);
    await q.query(`CREATE TABLE rounds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      contest_id uuid NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
      seq integer NOT NULL,
      title text NOT NULL,
      mode text NOT NULL DEFAULT 'self_paced' CHECK (mode IN ('self_paced','live')),
      opens_at timestamptz NOT NULL,
      closes_at timestamptz NOT NULL,
      duration_sec integer NOT NULL CHECK (duration_sec BETWEEN 60 AND 7200),
      max_attempts integer NOT NULL DEFAULT 1 CHECK (max_attempts >= 0),
      blueprint jsonb NOT NULL,
      question_count integer NOT NULL,
      shuffle_questions boolean NOT NULL DEFAULT true,
      shuffle_options boolean NOT NULL DEFAULT true,
      track text CHECK (track IN ('staff','citizen')),
      prediction_enabled boolean NOT NULL DEFAULT true,
      prediction_target text NOT NULL DEFAULT 'perfect_count'
        CHECK (prediction_target IN ('perfect_count','participant_count')),
      prediction_prompt text,
      review_after_close boolean NOT NULL DEFAULT true,
      grace_ms integer NOT NULL DEFAULT 2000,
      finalized_at timestamptz,
      actual jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_rounds_seq UNIQUE (contest_id, seq),
      CONSTRAINT ck_rounds_window CHECK (closes_at > opens_at)
    )`);
    await q.query(`CREATE TABLE attempts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      round_id uuid NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id),
      attempt_no integer NOT NULL,
      track text NOT NULL,
      status text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress','submitted','expired')),
      seed bigint NOT NULL,
      questions jsonb NOT NULL,
      total integer NOT NULL,
      started_at timestamptz NOT NULL,
      deadline timestamptz NOT NULL,
      submitted_at timestamptz,
      correct_count integer,
      duration_ms integer,
      prediction integer,
      closed_by text,
      client_ip text,
      device_hash text,
      CONSTRAINT uq_attempts_no UNIQUE (round_id, user_id, attempt_no)
    )`);
    // One open attempt per person per round, held by the database: concurrent starts race on it.
    await q.query(
      `CREATE UNIQUE INDEX uq_attempts_open ON attempts (round_id, user_id) WHERE status = 'in_progress'`,
    );
    await q.query(
      `CREATE INDEX ix_attempts_sweep ON attempts (deadline) WHERE status = 'in_progress'`,
    );
    await q.query(`CREATE INDEX ix_attempts_user ON attempts (user_id, round_id)`);
    await q.query(`CREATE TABLE attempt_answers (
      attempt_id uuid NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
      question_id uuid NOT NULL,
      option_ids text[] NOT NULL,
      seq integer NOT NULL DEFAULT 0,
      saved_at timestamptz NOT NULL,
      PRIMARY KEY (attempt_id, question_id)
    )`);
    // A person's counted attempt per round (best correct, then shortest, then earliest),
    // kept at submit time so leaderboards are an index scan, never a recompute.
    await q.query(`CREATE TABLE round_entries (
      round_id uuid NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id),
      attempt_id uuid NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
      track text NOT NULL,
      unit_id uuid NOT NULL,
      correct_count integer NOT NULL,
      total integer NOT NULL,
      duration_ms integer NOT NULL,
      submitted_at timestamptz NOT NULL,
      prediction integer,
      attempts_used integer NOT NULL DEFAULT 1,
      PRIMARY KEY (round_id, user_id)
    )`);
    await q.query(
      `CREATE INDEX ix_round_entries_rank ON round_entries (round_id, track, correct_count DESC, duration_ms, submitted_at)`,
    );
    // Frozen results: one row per (re-)finalisation, never updated or deleted.
    await q.query(`CREATE TABLE round_results (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      round_id uuid NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
      version integer NOT NULL,
      actual jsonb NOT NULL,
      rows jsonb NOT NULL,
      prizes jsonb NOT NULL,
      reason text,
      finalized_by uuid,
      finalized_at timestamptz NOT NULL,
      CONSTRAINT uq_round_results UNIQUE (round_id, version)
    )`);
    await q.query(`CREATE FUNCTION round_results_immutable() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'round_results is append-only'; END $$ LANGUAGE plpgsql`);
    await q.query(`CREATE TRIGGER tr_round_results_immutable BEFORE UPDATE ON round_results
      FOR EACH ROW EXECUTE FUNCTION round_results_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE round_results`);
    await q.query(`DROP FUNCTION round_results_immutable`);
    await q.query(`DROP TABLE round_entries`);
    await q.query(`DROP TABLE attempt_answers`);
    await q.query(`DROP TABLE attempts`);
    await q.query(`DROP TABLE rounds`);
    await q.query(`DROP TABLE contests`);
    await q.query(`ALTER TABLE users DROP COLUMN track`);
  }
}
