import type { BlueprintItem, QuestionSource } from '@cchc/contracts';

// A round's question pool and the blueprint rule that picks from it. Contests check a blueprint
// against the pool; attempts draw from it (attempts/draw.ts) and keep the snapshot.

/** The exact question an attempt showed: later edits of the bank never change it. */
export interface SnapshotQuestion {
  id: string;
  revision: number;
  area: string;
  difficulty: number;
  type: 'single' | 'multiple' | 'true_false';
  stem: string;
  /** In the order this attempt shows them. */
  options: { id: string; text: string; correct: boolean }[];
  explanation: string | null;
  source: QuestionSource | null;
}

export interface PoolQuestion extends SnapshotQuestion {
  track: string;
}

/** A bank question fits a blueprint line: same area, and same difficulty when the line sets one. */
export const matches = (q: { area: string; difficulty: number }, line: BlueprintItem) =>
  q.area === line.area && (line.difficulty === undefined || q.difficulty === line.difficulty);
