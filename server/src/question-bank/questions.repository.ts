import { Injectable } from '@nestjs/common';
import type { QuestionSource, QuestionStatus, QuestionTrack, QuestionType } from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';

export interface StoredOption {
  id: string;
  text: string;
  correct: boolean;
}

export interface QuestionRow {
  id: string;
  owner_unit_id: string;
  owner_unit_name: string | null;
  owner_path: string;
  area: string;
  difficulty: number;
  type: QuestionType;
  stem: string;
  stem_key: string;
  options: StoredOption[];
  explanation: string | null;
  source: QuestionSource | null;
  tags: string[];
  track: QuestionTrack;
  status: QuestionStatus;
  revision: number;
  created_at: Date;
  updated_at: Date;
  duplicate_of: string | null;
}

export interface QuestionContent {
  area: string;
  difficulty: number;
  type: QuestionType;
  stem: string;
  stemKey: string;
  searchText: string;
  options: StoredOption[];
  explanation: string | null;
  source: QuestionSource | null;
  tags: string[];
  track: QuestionTrack;
  status: QuestionStatus;
}

/** Visibility of a question for an actor, as SQL over `q` and its owner unit `o`. */
export interface Visibility {
  sql: string;
  params: unknown[];
}

const SELECT = `
  SELECT q.*, o.name AS owner_unit_name, o.path AS owner_path,
         (SELECT d.id FROM questions d WHERE d.stem_key = q.stem_key AND d.id <> q.id AND d.status <> 'retired'
           ORDER BY d.created_at LIMIT 1) AS duplicate_of
    FROM questions q JOIN units o ON o.id = q.owner_unit_id`;

@Injectable()
export class QuestionsRepository {
  constructor(private readonly ds: DataSource) {}

  async findVisible(id: string, vis: Visibility): Promise<QuestionRow | null> {
    const rows: QuestionRow[] = await this.ds.query(
      `${SELECT} WHERE q.id = $1 AND (${shift(vis.sql, 1)})`,
      [id, ...vis.params],
    );
    return rows[0] ?? null;
  }

  async list(
    vis: Visibility,
    f: {
      area?: string;
      difficulty?: number;
      type?: string;
      status?: string;
      track?: string;
      tag?: string;
      search?: string;
    },
    page: { limit: number; offset: number } | null,
  ): Promise<{
    rows: QuestionRow[];
    total: number;
    counts: { area: string; difficulty: number; count: number }[];
  }> {
    const where = [vis.sql];
    const params = [...vis.params];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.area) add('q.area = ?', f.area);
    if (f.difficulty) add('q.difficulty = ?', f.difficulty);
    if (f.type) add('q.type = ?', f.type);
    if (f.status) add('q.status = ?', f.status);
    if (f.track) add(`(q.track = ? OR q.track = 'both')`, f.track);
    if (f.tag) add('q.tags @> ARRAY[?]::text[]', f.tag);
    // Every word of the (accent-folded) search must appear, in any order.
    for (const word of (f.search ?? '').split(/\s+/).filter(Boolean).slice(0, 10)) {
      add(`q.search_text LIKE ?`, `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    const whereSql = where.join(' AND ');
    const base = `FROM questions q JOIN units o ON o.id = q.owner_unit_id WHERE ${whereSql}`;
    // One pass over the matches gives both the per-area counts and the page of ids; the page's
    // rows are then read by primary key. (Two separate queries scanned the matches twice.)
    const paging = page ? ` LIMIT ${Number(page.limit)} OFFSET ${Number(page.offset)}` : '';
    const [summary] = (await this.ds.query(
      `WITH m AS MATERIALIZED (SELECT q.id, q.area, q.difficulty, q.created_at ${base}),
            c AS (SELECT area, difficulty::int AS difficulty, count(*)::int AS count FROM m GROUP BY area, difficulty),
            p AS (SELECT id, created_at FROM m ORDER BY created_at DESC, id${paging})
       SELECT (SELECT coalesce(json_agg(c ORDER BY c.area, c.difficulty), '[]') FROM c) AS counts,
              (SELECT coalesce(json_agg(p.id ORDER BY p.created_at DESC, p.id), '[]') FROM p) AS ids`,
      params,
    )) as { counts: { area: string; difficulty: number; count: number }[]; ids: string[] }[];
    const counts = summary?.counts ?? [];
    const ids = summary?.ids ?? [];
    const found: QuestionRow[] = ids.length
      ? await this.ds.query(`${SELECT} WHERE q.id = ANY($1)`, [ids])
      : [];
    const byId = new Map(found.map((r) => [r.id, r]));
    const rows = ids.map((id) => byId.get(id)!).filter(Boolean);
    const total = counts.reduce((n, c) => n + c.count, 0);
    return { rows, total, counts };
  }

  /** Ids of questions with one of these keys, among those the actor can see (not retired). */
  async findByKeys(
    keys: string[],
    vis: Visibility,
    excludeId?: string,
  ): Promise<Map<string, string>> {
    if (!keys.length) return new Map();
    const rows: { id: string; stem_key: string }[] = await this.ds.query(
      `SELECT q.id, q.stem_key FROM questions q JOIN units o ON o.id = q.owner_unit_id
        WHERE q.stem_key = ANY($1) AND q.status <> 'retired' AND q.id <> $2 AND (${shift(vis.sql, 2)})
        ORDER BY q.created_at`,
      [keys, excludeId ?? '00000000-0000-0000-0000-000000000000', ...vis.params],
    );
    const out = new Map<string, string>();
    for (const r of rows) if (!out.has(r.stem_key)) out.set(r.stem_key, r.id);
    return out;
  }

  async insert(
    em: EntityManager,
    ownerUnitId: string,
    c: QuestionContent,
    createdBy: string | null,
    isDemo = false,
  ): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO questions (owner_unit_id, area, difficulty, type, stem, stem_key, search_text, options, explanation, source, tags, track, status, created_by, is_demo)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) RETURNING id`,
      [
        ownerUnitId,
        c.area,
        c.difficulty,
        c.type,
        c.stem,
        c.stemKey,
        c.searchText,
        JSON.stringify(c.options),
        c.explanation,
        c.source ? JSON.stringify(c.source) : null,
        c.tags,
        c.track,
        c.status,
        createdBy,
        isDemo,
      ],
    )) as { id: string }[];
    await this.addRevision(em, row!.id, 1, c, createdBy);
    return row!.id;
  }

  /**
   * Writes the edit if the question is still at the revision it was read at; false when another
   * edit got there first (two edits from the same revision would both claim the next one).
   */
  async update(
    em: EntityManager,
    id: string,
    c: QuestionContent,
    revision: number,
    readAt: number,
  ): Promise<boolean> {
    const [rows] = (await em.query(
      `UPDATE questions SET area=$2, difficulty=$3, type=$4, stem=$5, stem_key=$6, search_text=$7, options=$8, explanation=$9,
              source=$10, tags=$11, track=$12, status=$13, revision=$14, updated_at=now()
        WHERE id=$1 AND revision=$15
        RETURNING id`,
      [
        id,
        c.area,
        c.difficulty,
        c.type,
        c.stem,
        c.stemKey,
        c.searchText,
        JSON.stringify(c.options),
        c.explanation,
        c.source ? JSON.stringify(c.source) : null,
        c.tags,
        c.track,
        c.status,
        revision,
        readAt,
      ],
    )) as [{ id: string }[], number];
    return rows.length === 1;
  }

  async addRevision(
    em: EntityManager,
    questionId: string,
    revision: number,
    c: QuestionContent,
    by: string | null,
  ) {
    await em.query(
      `INSERT INTO question_revisions (question_id, revision, area, difficulty, type, stem, options, explanation, source, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
      [
        questionId,
        revision,
        c.area,
        c.difficulty,
        c.type,
        c.stem,
        JSON.stringify(c.options),
        c.explanation,
        c.source ? JSON.stringify(c.source) : null,
        by,
      ],
    );
  }

  revisions(questionId: string) {
    return this.ds.query(
      `SELECT r.*, u.full_name AS created_by_name FROM question_revisions r LEFT JOIN users u ON u.id = r.created_by
        WHERE r.question_id = $1 ORDER BY r.revision DESC`,
      [questionId],
    ) as Promise<(Omit<QuestionRow, 'owner_unit_id'> & { created_by_name: string | null })[]>;
  }

  async bulkStatus(ids: string[], status: QuestionStatus, editable: Visibility): Promise<number> {
    const res = (await this.ds.query(
      `UPDATE questions q SET status = $2, updated_at = now() FROM units o
        WHERE o.id = q.owner_unit_id AND q.id = ANY($1) AND (${shift(editable.sql, 2)})`,
      [ids, status, ...editable.params],
    )) as [unknown, number];
    return res[1];
  }

  async bulkTag(ids: string[], tag: string, add: boolean, editable: Visibility): Promise<number> {
    const expr = add
      ? `CASE WHEN $2 = ANY(q.tags) THEN q.tags ELSE array_append(q.tags, $2) END`
      : `array_remove(q.tags, $2)`;
    const res = (await this.ds.query(
      `UPDATE questions q SET tags = ${expr}, updated_at = now() FROM units o
        WHERE o.id = q.owner_unit_id AND q.id = ANY($1) AND (${shift(editable.sql, 2)})`,
      [ids, tag, ...editable.params],
    )) as [unknown, number];
    return res[1];
  }

  areas(): Promise<{ code: string; name: string; built_in: boolean }[]> {
    return this.ds.query(
      `SELECT code, name, built_in FROM question_areas ORDER BY built_in DESC, created_at, code`,
    );
  }

  async insertArea(code: string, name: string, by: string): Promise<void> {
    await this.ds.query(`INSERT INTO question_areas (code, name, created_by) VALUES ($1, $2, $3)`, [
      code,
      name,
      by,
    ]);
  }
}

/** Renumbers $1..$n placeholders of a fragment to follow `offset` earlier parameters. */
export function shift(sql: string, offset: number): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}
