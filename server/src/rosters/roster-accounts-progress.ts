import type { RosterAccountsProgress } from '@cchc/contracts';

interface Tracked extends RosterAccountsProgress {
  ownerId: string;
  /** When the entry may be forgotten (ms, by the clock given to the tracker). */
  until: number;
}

/**
 * How far each running "accounts from the staff list" call is, under the id its client chose, so
 * the page can show "Đã tạo X/Y tài khoản…" while the one POST works. In this process's memory
 * only: the entries are tiny, live as long as the slip files (`ttlMs`) and are swept on each
 * start; another process (several behind one address) answers 404 and the client simply waits
 * for the POST, which stays the one source of the result. Nothing here is needed for the result:
 * it is a courtesy, never a record. Owner-only: another account gets the same 404 as an unknown
 * id, so a progress id tells nothing to whoever did not start the call.
 */
export class RosterAccountsProgressTracker {
  private readonly calls = new Map<string, Tracked>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** False when the id is already in use (by anyone): the caller answers a conflict. */
  start(id: string, ownerId: string, total: number): boolean {
    this.sweep();
    if (this.calls.has(id)) return false;
    this.calls.set(id, {
      ownerId,
      phase: 'accounts',
      done: 0,
      total,
      until: this.now() + this.ttlMs,
    });
    return true;
  }

  update(id: string, patch: Partial<RosterAccountsProgress>): void {
    const t = this.calls.get(id);
    if (!t) return;
    Object.assign(t, patch);
    // a finished call is kept for ttlMs after it ended, whatever it took
    if (patch.phase === 'done' || patch.phase === 'failed') t.until = this.now() + this.ttlMs;
  }

  /** The call's progress if it is the owner's and not forgotten yet. */
  get(id: string, ownerId: string): RosterAccountsProgress | null {
    const t = this.calls.get(id);
    if (!t || t.ownerId !== ownerId || this.expired(t)) return null;
    return { phase: t.phase, done: t.done, total: t.total };
  }

  private expired(t: Tracked): boolean {
    return t.phase !== 'accounts' && t.phase !== 'slips' && this.now() > t.until;
  }

  private sweep(): void {
    for (const [id, t] of this.calls) if (this.expired(t)) this.calls.delete(id);
  }
}
