import { numberedSlug, slugify } from '@cchc/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public contest pages: each contest gets an address (/cuoc-thi/<slug>) and a short link
 * (/c/<short_code>). Every slug a contest has held stays in contest_slugs, so a link shared
 * by Zalo or printed on a poster keeps working after the organiser changes it, and can never
 * lead to another contest.
 */
export class ContestPublicLinks1763983000000 implements MigrationInterface {
  name = 'ContestPublicLinks1763983000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contests ADD COLUMN slug text, ADD COLUMN short_code text`);
    await q.query(`CREATE TABLE contest_slugs (
      slug text PRIMARY KEY,
      contest_id uuid NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX ix_contest_slugs_contest ON contest_slugs (contest_id)`);
    // Six characters that cannot be misread on a poster (no 0/o, 1/l/i): 31^6 ≈ 887 million codes.
    await q.query(`CREATE FUNCTION new_contest_short_code() RETURNS text AS $$
      DECLARE
        alphabet constant text := 'abcdefghjkmnpqrstuvwxyz23456789';
        code text;
      BEGIN
        LOOP
          code := '';
          FOR i IN 1..6 LOOP
            code := code || substr(alphabet, 1 + floor(random() * length(alphabet))::int, 1);
          END LOOP;
          EXIT WHEN NOT EXISTS (SELECT 1 FROM contests WHERE short_code = code);
        END LOOP;
        RETURN code;
      END $$ LANGUAGE plpgsql VOLATILE`);

    // Existing contests: the oldest keeps the plain slug of its title, later namesakes get -2, -3…
    const rows = (await q.query(`SELECT id, title FROM contests ORDER BY created_at, id`)) as {
      id: string;
      title: string;
    }[];
    const taken = new Set<string>();
    for (const row of rows) {
      const base = slugify(row.title);
      let n = 1;
      while (taken.has(numberedSlug(base, n))) n++;
      const slug = numberedSlug(base, n);
      taken.add(slug);
      await q.query(
        `UPDATE contests SET slug = $2, short_code = new_contest_short_code() WHERE id = $1`,
        [row.id, slug],
      );
    }
    await q.query(`INSERT INTO contest_slugs (slug, contest_id) SELECT slug, id FROM contests`);
    await q.query(
      `ALTER TABLE contests ALTER COLUMN slug SET NOT NULL, ALTER COLUMN short_code SET NOT NULL`,
    );
    await q.query(`ALTER TABLE contests ADD CONSTRAINT uq_contests_slug UNIQUE (slug),
      ADD CONSTRAINT uq_contests_short_code UNIQUE (short_code)`);

    // The server picks a slug from the title; rows written straight into the table (demo data,
    // test fixtures, benchmarks) get one from their short code, so no contest is ever without.
    await q.query(`CREATE FUNCTION contest_links_fill() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.short_code IS DISTINCT FROM OLD.short_code THEN
            RAISE EXCEPTION 'the short link of a contest never changes';
          END IF;
          RETURN NEW;
        END IF;
        IF NEW.short_code IS NULL THEN NEW.short_code := new_contest_short_code(); END IF;
        IF NEW.slug IS NULL THEN NEW.slug := 'cuoc-thi-' || NEW.short_code; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await q.query(`CREATE TRIGGER tr_contests_links_fill BEFORE INSERT OR UPDATE OF short_code
      ON contests FOR EACH ROW EXECUTE FUNCTION contest_links_fill()`);
    await q.query(`CREATE FUNCTION contest_slugs_record() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM contest_slugs WHERE slug = NEW.slug AND contest_id <> NEW.id) THEN
          RAISE EXCEPTION 'slug % belongs to another contest', NEW.slug
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'contest_slugs_pkey';
        END IF;
        INSERT INTO contest_slugs (slug, contest_id) VALUES (NEW.slug, NEW.id)
          ON CONFLICT (slug) DO NOTHING;
        RETURN NULL;
      END $$ LANGUAGE plpgsql`);
    await q.query(`CREATE TRIGGER tr_contests_slug_history AFTER INSERT OR UPDATE OF slug
      ON contests FOR EACH ROW EXECUTE FUNCTION contest_slugs_record()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_contests_slug_history ON contests`);
    await q.query(`DROP TRIGGER tr_contests_links_fill ON contests`);
    await q.query(`DROP FUNCTION contest_slugs_record`);
    await q.query(`DROP FUNCTION contest_links_fill`);
    await q.query(`DROP TABLE contest_slugs`);
    await q.query(`ALTER TABLE contests DROP COLUMN slug, DROP COLUMN short_code`);
    await q.query(`DROP FUNCTION new_contest_short_code`);
  }
}
