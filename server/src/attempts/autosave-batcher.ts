import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MetricsService } from '../metrics/metrics.service.js';

export interface AutosaveItem {
  attemptId: string;
  userId: string;
  questionId: string;
  optionIds: string[];
  seq: number;
  at: Date;
}

export type AutosaveOutcome = { seq: number; savedAt: Date } | 'closed';

interface Pending extends AutosaveItem {
  resolve: (o: AutosaveOutcome) => void;
  reject: (e: unknown) => void;
}

const MAX_BATCH = 400;
const MAX_FLUSHES_IN_FLIGHT = 4;

/**
 * Group commit for autosaves. Answers that arrive in the same turn of the event loop are written
 * by one statement (one round trip, one commit) and each request is acknowledged only after that
 * commit, so an acknowledged answer is as durable as if it had been written alone. On a busy
 * round this turns thousands of tiny transactions per second into a few hundred.
 */
@Injectable()
export class AutosaveBatcher {
  private readonly log = new Logger(AutosaveBatcher.name);
  private queue: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly ds: DataSource,
    private readonly metrics: MetricsService,
  ) {}

  save(item: AutosaveItem): Promise<AutosaveOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...item, resolve, reject });
      this.schedule();
    });
  }

  private schedule() {
    if (this.scheduled || this.inFlight >= MAX_FLUSHES_IN_FLIGHT || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const batch = this.queue.splice(0, MAX_BATCH);
      if (batch.length === 0) return;
      this.inFlight++;
      this.metrics.autosaveBatchWritten(batch.length);
      void this.write(batch).finally(() => {
        this.inFlight--;
        this.schedule();
      });
      this.schedule();
    });
  }

  private async write(batch: Pending[]): Promise<void> {
    // One row per (attempt, question): within a batch the highest seq (then the latest) wins,
    // exactly as if the writes had come one by one.
    const winners = new Map<string, Pending>();
    for (const p of batch) {
      const key = `${p.attemptId}:${p.questionId}`;
      const cur = winners.get(key);
      if (!cur || p.seq >= cur.seq) winners.set(key, p);
    }
    // A stable lock order across concurrent batches: no deadlock between them.
    const rows = [...winners.values()].sort((a, b) =>
      a.attemptId === b.attemptId
        ? a.questionId.localeCompare(b.questionId)
        : a.attemptId.localeCompare(b.attemptId),
    );
    let result: { a: string; q: string; kind: string; seq: number; saved_at: Date }[];
    try {
      result = await this.run(rows);
    } catch (e) {
      if ((e as { code?: string }).code !== '40P01') {
        for (const p of batch) p.reject(e);
        return;
      }
      this.log.warn('autosave batch deadlocked; retrying once');
      try {
        result = await this.run(rows);
      } catch (e2) {
        for (const p of batch) p.reject(e2);
        return;
      }
    }
    // Only rows this statement wrote are certain; a 'stale' row comes from the statement's snapshot,
    // which may predate another batch's commit, so those are read back below.
    const byKey = new Map(
      result.filter((r) => r.kind === 'saved').map((r) => [`${r.a}:${r.q}`, r]),
    );
    // A row another batch committed while this statement ran is invisible to its snapshot (the
    // upsert saw it and kept the higher seq): read those few back before answering.
    const missing = rows.filter((p) => !byKey.has(`${p.attemptId}:${p.questionId}`));
    if (missing.length) {
      try {
        for (const r of await this.readBack(missing)) byKey.set(`${r.a}:${r.q}`, r);
      } catch (e) {
        for (const p of batch) p.reject(e);
        return;
      }
    }
    for (const p of batch) {
      const r = byKey.get(`${p.attemptId}:${p.questionId}`);
      p.resolve(r ? { seq: r.seq, savedAt: r.saved_at } : 'closed');
    }
  }

  /** Stored answers of attempts still in progress (a closed attempt answers 'closed'). */
  private readBack(rows: Pending[]) {
    return this.ds.query(
      `SELECT aa.attempt_id AS a, aa.question_id AS q, 'stored' AS kind, aa.seq, aa.saved_at
         FROM jsonb_to_recordset($1::jsonb) AS x(a uuid, u uuid, q uuid)
         JOIN attempts t ON t.id = x.a AND t.user_id = x.u AND t.status = 'in_progress'
         JOIN attempt_answers aa ON aa.attempt_id = x.a AND aa.question_id = x.q`,
      [JSON.stringify(rows.map((p) => ({ a: p.attemptId, u: p.userId, q: p.questionId })))],
    ) as Promise<{ a: string; q: string; kind: string; seq: number; saved_at: Date }[]>;
  }

  private run(rows: Pending[]) {
    return this.ds.query(
      `WITH input AS (
         SELECT x.* FROM jsonb_to_recordset($1::jsonb) AS x(n int, a uuid, u uuid, q uuid, o jsonb, s int, t timestamptz)
       ), open AS (
         SELECT a.id FROM attempts a JOIN input x ON x.a = a.id AND x.u = a.user_id
          WHERE a.status = 'in_progress'
          ORDER BY a.id
          FOR SHARE OF a
       ), up AS (
         INSERT INTO attempt_answers (attempt_id, question_id, option_ids, seq, saved_at)
         SELECT x.a, x.q, ARRAY(SELECT jsonb_array_elements_text(x.o)), x.s, x.t
           FROM input x WHERE x.a IN (SELECT id FROM open) ORDER BY x.n
         ON CONFLICT (attempt_id, question_id) DO UPDATE
           SET option_ids = excluded.option_ids, seq = excluded.seq, saved_at = excluded.saved_at
           WHERE attempt_answers.seq <= excluded.seq
         RETURNING attempt_id, question_id, seq, saved_at
       )
       SELECT up.attempt_id AS a, up.question_id AS q, 'saved' AS kind, up.seq, up.saved_at FROM up
       UNION ALL
       SELECT aa.attempt_id, aa.question_id, 'stale', aa.seq, aa.saved_at
         FROM input x JOIN attempt_answers aa ON aa.attempt_id = x.a AND aa.question_id = x.q
        WHERE x.a IN (SELECT id FROM open)
          AND NOT EXISTS (SELECT 1 FROM up WHERE up.attempt_id = x.a AND up.question_id = x.q)`,
      [
        JSON.stringify(
          rows.map((p, n) => ({
            n,
            a: p.attemptId,
            u: p.userId,
            q: p.questionId,
            o: p.optionIds,
            s: p.seq,
            t: p.at.toISOString(),
          })),
        ),
      ],
    ) as Promise<{ a: string; q: string; kind: string; seq: number; saved_at: Date }[]>;
  }
}
