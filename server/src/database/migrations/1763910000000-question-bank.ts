import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFAULT_AREAS: [string, string][] = [
  ['the_che', 'Cải cách thể chế'],
  ['thu_tuc_hanh_chinh', 'Cải cách thủ tục hành chính'],
  ['to_chuc_bo_may', 'Cải cách tổ chức bộ máy hành chính nhà nước'],
  ['che_do_cong_vu', 'Cải cách chế độ công vụ'],
  ['tai_chinh_cong', 'Cải cách tài chính công'],
  ['chinh_quyen_so', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số'],
  ['chi_dao_tuyen_truyen', 'Chỉ đạo, điều hành và tuyên truyền cải cách hành chính'],
];

export class QuestionBank1763910000000 implements MigrationInterface {
  name = 'QuestionBank1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE TABLE question_areas (
      code text PRIMARY KEY,
      name text NOT NULL,
      built_in boolean NOT NULL DEFAULT false,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    for (const [code, name] of DEFAULT_AREAS) {
      await q.query(`INSERT INTO question_areas (code, name, built_in) VALUES ($1, $2, true)`, [
        code,
        name,
      ]);
    }
    await q.query(`CREATE TABLE questions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_unit_id uuid NOT NULL REFERENCES units(id),
      area text NOT NULL REFERENCES question_areas(code),
      difficulty smallint NOT NULL CHECK (difficulty BETWEEN 1 AND 3),
      type text NOT NULL CHECK (type IN ('single','multiple','true_false')),
      stem text NOT NULL,
      stem_key text NOT NULL,
      search_text text NOT NULL,
      options jsonb NOT NULL,
      explanation text,
      source jsonb,
      tags text[] NOT NULL DEFAULT '{}',
      track text NOT NULL DEFAULT 'both' CHECK (track IN ('staff','citizen','both')),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published','retired')),
      revision integer NOT NULL DEFAULT 1,
      is_demo boolean NOT NULL DEFAULT false,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX ix_questions_owner ON questions (owner_unit_id)`);
    await q.query(`CREATE INDEX ix_questions_key ON questions (stem_key)`);
    await q.query(`CREATE INDEX ix_questions_filters ON questions (area, difficulty, status)`);
    await q.query(
      `CREATE INDEX ix_questions_search ON questions USING gin (search_text gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX ix_questions_tags ON questions USING gin (tags)`);
    await q.query(`CREATE TABLE question_revisions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      question_id uuid NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
      revision integer NOT NULL,
      area text NOT NULL,
      difficulty smallint NOT NULL,
      type text NOT NULL,
      stem text NOT NULL,
      options jsonb NOT NULL,
      explanation text,
      source jsonb,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_question_revisions UNIQUE (question_id, revision)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE question_revisions`);
    await q.query(`DROP TABLE questions`);
    await q.query(`DROP TABLE question_areas`);
  }
}
