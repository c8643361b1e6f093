import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CreateQuestionSchema,
  foldVietnamese,
  questionKey,
  type Area,
  type BulkQuestionActionSchema,
  type CreateAreaSchema,
  type Question,
  type QuestionListQuerySchema,
  type QuestionPage,
  type QuestionRevision,
  type UpdateQuestionSchema,
} from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import { fieldIssue } from '../common/messages.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { parseOrThrow } from '../common/zod.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { mapUniqueViolation } from '../common/unique-violation.js';
import {
  QuestionsRepository,
  type QuestionContent,
  type QuestionRow,
  type StoredOption,
  type Visibility,
} from './questions.repository.js';
import { plainText, sanitizeRich } from './sanitize.js';

type CreateInput = z.output<typeof CreateQuestionSchema>;
const CONTENT_FIELDS = [
  'area',
  'difficulty',
  'type',
  'stem',
  'options',
  'explanation',
  'source',
] as const;

const newOptionId = () => randomBytes(4).toString('hex');

@Injectable()
export class QuestionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: QuestionsRepository,
    private readonly scope: ScopePolicy,
    private readonly audit: AuditService,
  ) {}

  /**
   * Organisers read their subtree's questions plus the published questions of ancestor units
   * (read-only); they write only their subtree's. Admins see and edit everything.
   */
  readable(actor: Actor): Visibility {
    const subtree = ScopePolicy.subtreeOf(actor);
    if (subtree === null) return { sql: 'TRUE', params: [] };
    return {
      sql: `(o.path LIKE $1 OR (q.status = 'published' AND $2 LIKE o.path || '%'))`,
      params: [`${subtree}%`, subtree],
    };
  }

  writable(actor: Actor): Visibility {
    const subtree = ScopePolicy.subtreeOf(actor);
    if (subtree === null) return { sql: 'TRUE', params: [] };
    return { sql: `o.path LIKE $1`, params: [`${subtree}%`] };
  }

  toDto(row: QuestionRow, actor: Actor): Question {
    return {
      id: row.id,
      ownerUnitId: row.owner_unit_id,
      ownerUnitName: row.owner_unit_name,
      area: row.area,
      difficulty: row.difficulty,
      type: row.type,
      stem: row.stem,
      options: row.options,
      explanation: row.explanation,
      source: row.source,
      tags: row.tags,
      track: row.track,
      status: row.status,
      revision: row.revision,
      editable: this.scope.covers(actor, row.owner_path),
      duplicateOf: row.duplicate_of,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  }

  /** Sanitises and derives the stored form (keys for duplicates and accent-free search). */
  content(
    input: CreateInput | (Omit<CreateInput, 'status'> & { status: QuestionContent['status'] }),
    previous?: StoredOption[],
  ): QuestionContent {
    const stem = sanitizeRich(input.stem);
    const options = input.options.map((o, i) => ({
      id: previous?.[i]?.id ?? newOptionId(),
      text: sanitizeRich(o.text),
      correct: o.correct,
    }));
    const plainStem = plainText(stem);
    return {
      area: input.area,
      difficulty: input.difficulty,
      type: input.type,
      stem,
      stemKey: questionKey(plainStem),
      searchText: foldVietnamese(
        `${plainStem} ${options.map((o) => plainText(o.text)).join(' ')} ${(input.tags ?? []).join(' ')}`,
      ),
      options,
      explanation: input.explanation ? sanitizeRich(input.explanation) : null,
      source: input.source ?? null,
      tags: [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))],
      track: input.track,
      status: input.status,
    };
  }

  async assertArea(code: string): Promise<void> {
    const areas = await this.repo.areas();
    if (!areas.some((a) => a.code === code)) {
      throw new AppError('validation_failed', [fieldIssue('area', 'unknown_area')]);
    }
  }

  async list(actor: Actor, q: z.output<typeof QuestionListQuerySchema>): Promise<QuestionPage> {
    const { rows, total, counts } = await this.repo.list(
      this.readable(actor),
      { ...q, search: q.search ? foldVietnamese(q.search) : undefined },
      { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
    );
    return {
      items: rows.map((r) => this.toDto(r, actor)),
      total,
      page: q.page,
      pageSize: q.pageSize,
      counts,
    };
  }

  async get(actor: Actor, id: string): Promise<QuestionRow> {
    const row = await this.repo.findVisible(id, this.readable(actor));
    if (!row) throw new AppError('not_found');
    return row;
  }

  async create(actor: Actor, meta: RequestMeta, input: CreateInput): Promise<Question> {
    const ownerUnitId = input.ownerUnitId ?? actor.unitId;
    if (!ownerUnitId)
      throw new AppError('validation_failed', [fieldIssue('ownerUnitId', 'owner_unit_required')]);
    await this.scope.unitInScope(actor, ownerUnitId);
    await this.assertArea(input.area);
    const c = this.content(input);
    await this.assertNotDuplicate(actor, c.stemKey);
    const id = await this.ds.transaction(async (em) => {
      const newId = await this.repo.insert(em, ownerUnitId, c, actor.id);
      await this.audit.record(
        actor,
        meta,
        {
          action: 'question.create',
          targetType: 'question',
          targetId: newId,
          after: { area: c.area, stem: c.stem },
        },
        em,
      );
      return newId;
    });
    return this.toDto(await this.get(actor, id), actor);
  }

  async assertNotDuplicate(actor: Actor, key: string, excludeId?: string): Promise<void> {
    const existing = (await this.repo.findByKeys([key], this.readable(actor), excludeId)).get(key);
    if (existing) throw new AppError('duplicate_question', { existingId: existing });
  }

  /** Content edits make a new revision; the old one stays readable (attempts keep their text). */
  async update(
    actor: Actor,
    meta: RequestMeta,
    id: string,
    patch: z.output<typeof UpdateQuestionSchema>,
  ): Promise<Question> {
    const row = await this.get(actor, id);
    if (!this.scope.covers(actor, row.owner_path)) throw new AppError('forbidden');
    const merged = parseOrThrow(CreateQuestionSchema, {
      area: patch.area ?? row.area,
      difficulty: patch.difficulty ?? row.difficulty,
      type: patch.type ?? row.type,
      stem: patch.stem ?? row.stem,
      options: patch.options ?? row.options.map((o) => ({ text: o.text, correct: o.correct })),
      explanation:
        patch.explanation !== undefined ? patch.explanation : (row.explanation ?? undefined),
      source: patch.source !== undefined ? (patch.source ?? undefined) : (row.source ?? undefined),
      tags: patch.tags ?? row.tags,
      track: patch.track ?? row.track,
    });
    if (patch.area) await this.assertArea(patch.area);
    const c = this.content({ ...merged, status: patch.status ?? row.status }, row.options);
    if (c.stemKey !== row.stem_key && c.status !== 'retired')
      await this.assertNotDuplicate(actor, c.stemKey, id);
    const contentChanged = CONTENT_FIELDS.some(
      (f) => JSON.stringify(pick(c, f)) !== JSON.stringify(pickRow(row, f)),
    );
    const revision = contentChanged ? row.revision + 1 : row.revision;
    await this.ds.transaction(async (em) => {
      if (!(await this.repo.update(em, id, c, revision, row.revision)))
        throw new AppError('conflict');
      if (contentChanged) await this.repo.addRevision(em, id, revision, c, actor.id);
      await this.audit.record(
        actor,
        meta,
        {
          action: 'question.update',
          targetType: 'question',
          targetId: id,
          before: { revision: row.revision, status: row.status, stem: row.stem },
          after: { revision, status: c.status, stem: c.stem },
        },
        em,
      );
    });
    return this.toDto(await this.get(actor, id), actor);
  }

  retire(actor: Actor, meta: RequestMeta, id: string): Promise<Question> {
    return this.update(actor, meta, id, { status: 'retired' });
  }

  async revisions(actor: Actor, id: string): Promise<QuestionRevision[]> {
    await this.get(actor, id);
    const rows = await this.repo.revisions(id);
    return rows.map((r) => ({
      revision: r.revision,
      stem: r.stem,
      options: r.options,
      explanation: r.explanation,
      source: r.source,
      area: r.area,
      difficulty: r.difficulty,
      type: r.type,
      createdAt: r.created_at.toISOString(),
      createdBy: r.created_by_name,
    }));
  }

  async bulk(
    actor: Actor,
    meta: RequestMeta,
    input: z.output<typeof BulkQuestionActionSchema>,
  ): Promise<{ updated: number }> {
    const w = this.writable(actor);
    let updated: number;
    switch (input.action) {
      case 'publish':
        updated = await this.repo.bulkStatus(input.ids, 'published', w);
        break;
      case 'retire':
        updated = await this.repo.bulkStatus(input.ids, 'retired', w);
        break;
      case 'tag':
      case 'untag':
        if (!input.tag)
          throw new AppError('validation_failed', [fieldIssue('tag', 'tag_required')]);
        updated = await this.repo.bulkTag(input.ids, input.tag, input.action === 'tag', w);
        break;
    }
    await this.audit.record(actor, meta, {
      action: `question.bulk_${input.action}`,
      targetType: 'question',
      targetId: null,
      after: { ids: input.ids, tag: input.tag ?? null, updated },
    });
    return { updated };
  }

  async areas(): Promise<Area[]> {
    return (await this.repo.areas()).map((a) => ({
      code: a.code,
      name: a.name,
      builtIn: a.built_in,
    }));
  }

  async createArea(
    actor: Actor,
    meta: RequestMeta,
    input: z.output<typeof CreateAreaSchema>,
  ): Promise<Area> {
    try {
      await this.repo.insertArea(input.code, input.name, actor.id);
    } catch (e) {
      const mapped = mapUniqueViolation(e);
      throw mapped instanceof AppError ? new AppError('conflict') : mapped;
    }
    await this.audit.record(actor, meta, {
      action: 'question_area.create',
      targetType: 'question_area',
      targetId: input.code,
      after: input,
    });
    return { code: input.code, name: input.name, builtIn: false };
  }

  /** Inserts many already-validated questions in one transaction (import, seed). */
  async insertMany(
    em: EntityManager,
    ownerUnitId: string,
    contents: QuestionContent[],
    by: string | null,
    isDemo = false,
  ): Promise<number> {
    for (const c of contents) await this.repo.insert(em, ownerUnitId, c, by, isDemo);
    return contents.length;
  }
}

function pick(c: QuestionContent, f: (typeof CONTENT_FIELDS)[number]): unknown {
  return f === 'options' ? c.options.map((o) => [o.text, o.correct]) : c[f];
}
function pickRow(r: QuestionRow, f: (typeof CONTENT_FIELDS)[number]): unknown {
  return f === 'options' ? r.options.map((o) => [o.text, o.correct]) : r[f];
}
