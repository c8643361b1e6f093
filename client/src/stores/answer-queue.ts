/**
 * The answers of one attempt that the server has not acknowledged yet.
 *
 * Every change of a question's answer gets the next sequence number of that question; the
 * server ignores a write with a lower seq than the one it holds, so a late retry can never
 * overwrite a newer choice. The queue is written to localStorage on every change so a reload,
 * a closed tab or a dead battery does not lose an answer that was never sent.
 */
export interface PendingAnswer {
  questionId: string;
  optionIds: string[];
  seq: number;
}

export interface SavedAnswers {
  [questionId: string]: { optionIds: string[]; seq: number };
}

/** What survives a reload: unsent answers and the prediction typed so far. */
interface Persisted {
  v: 1;
  pending: PendingAnswer[];
  prediction: number | null;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const queueKey = (attemptId: string) => `cchc.attempt.${attemptId}`;

/** Retry delay after `failures` failed sends in a row: 1 s, 2 s, 4 s … capped at 30 s. */
export function backoffMs(failures: number, capMs = 30_000): number {
  if (failures <= 0) return 0;
  return Math.min(capMs, 1000 * 2 ** Math.min(failures - 1, 15));
}

function isPending(value: unknown): value is PendingAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.questionId === 'string' &&
    Array.isArray(v.optionIds) &&
    v.optionIds.every((o) => typeof o === 'string') &&
    typeof v.seq === 'number' &&
    Number.isInteger(v.seq)
  );
}

export class AnswerQueue {
  /** Highest seq used or seen per question. */
  private readonly seqs = new Map<string, number>();
  /** Latest unacknowledged answer per question (older ones are superseded). */
  private readonly pending = new Map<string, PendingAnswer>();
  private predictionValue: number | null = null;

  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly key: string,
  ) {}

  /**
   * Merges what the server holds with what this device had not sent: a local answer with a
   * higher seq than the server's is still pending; one at or below it was saved already.
   */
  restore(saved: SavedAnswers): PendingAnswer[] {
    this.seqs.clear();
    this.pending.clear();
    for (const [questionId, answer] of Object.entries(saved)) {
      this.seqs.set(questionId, answer.seq);
    }
    const stored = this.read();
    this.predictionValue = stored?.prediction ?? null;
    for (const item of stored?.pending ?? []) {
      const serverSeq = this.seqs.get(item.questionId) ?? -1;
      if (item.seq <= serverSeq) continue;
      const known = this.pending.get(item.questionId);
      if (known && known.seq >= item.seq) continue;
      this.pending.set(item.questionId, item);
      this.seqs.set(item.questionId, item.seq);
    }
    this.persist();
    return this.list();
  }

  /** A new choice for a question; returns the entry to send. */
  record(questionId: string, optionIds: readonly string[]): PendingAnswer {
    const seq = (this.seqs.get(questionId) ?? 0) + 1;
    const item: PendingAnswer = { questionId, optionIds: [...optionIds], seq };
    this.seqs.set(questionId, seq);
    this.pending.delete(questionId); // re-inserted last: the list keeps the order of changes
    this.pending.set(questionId, item);
    this.persist();
    return item;
  }

  /** The server stored `seq` (or a newer one) for the question. */
  acknowledge(questionId: string, seq: number): void {
    if ((this.seqs.get(questionId) ?? -1) < seq) this.seqs.set(questionId, seq);
    const item = this.pending.get(questionId);
    if (item && item.seq <= seq) {
      this.pending.delete(questionId);
      this.persist();
    }
  }

  /** Drops an answer the server will never take (e.g. refused as invalid). */
  discard(questionId: string, seq: number): void {
    const item = this.pending.get(questionId);
    if (item && item.seq === seq) {
      this.pending.delete(questionId);
      this.persist();
    }
  }

  get(questionId: string): PendingAnswer | undefined {
    return this.pending.get(questionId);
  }

  /** The oldest-recorded first, so answers reach the server in the order they were made. */
  list(): PendingAnswer[] {
    return [...this.pending.values()];
  }

  get size(): number {
    return this.pending.size;
  }

  get prediction(): number | null {
    return this.predictionValue;
  }

  set prediction(value: number | null) {
    this.predictionValue = value;
    this.persist();
  }

  /** After the attempt is submitted nothing local is needed any more. */
  clear(): void {
    this.pending.clear();
    this.predictionValue = null;
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // storage unavailable (private mode): nothing was kept
    }
  }

  private read(): Persisted | null {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return null;
      const data = JSON.parse(raw) as Partial<Persisted>;
      const prediction =
        typeof data.prediction === 'number' && Number.isInteger(data.prediction)
          ? data.prediction
          : null;
      const pending = Array.isArray(data.pending) ? data.pending.filter(isPending) : [];
      return { v: 1, pending, prediction };
    } catch {
      return null; // a corrupt entry is ignored; the server copy stands
    }
  }

  private persist(): void {
    if (!this.storage) return;
    try {
      if (this.pending.size === 0 && this.predictionValue === null) {
        this.storage.removeItem(this.key);
        return;
      }
      const data: Persisted = { v: 1, pending: this.list(), prediction: this.predictionValue };
      this.storage.setItem(this.key, JSON.stringify(data));
    } catch {
      // quota or private mode: the answer still goes to the server, only reload-safety is lost
    }
  }
}
