import type { PendingAnswer, SavedAnswers } from './answer-queue';

/** Question numbers (1-based, in the order shown) sorted by what became of their answers. */
export interface CountedAnswers {
  /** The server holds the latest answer chosen on this device. */
  counted: number[];
  /** The server holds an earlier answer; the last change made on this device did not arrive. */
  earlierCounted: number[];
  /** Answered on this device only: the server holds nothing, so the question scores nothing. */
  lost: number[];
}

/**
 * After an attempt closed with answers still waiting on this device (signed out or offline when
 * time ran out): compares what the closed attempt holds on the server with what was never
 * acknowledged, so the person is told plainly which answers counted.
 */
export function countedAnswers(
  questionIds: readonly string[],
  stored: SavedAnswers,
  unsent: readonly PendingAnswer[],
): CountedAnswers {
  const waiting = new Map(unsent.map((item) => [item.questionId, item]));
  const out: CountedAnswers = { counted: [], earlierCounted: [], lost: [] };
  questionIds.forEach((id, index) => {
    const held = stored[id];
    const local = waiting.get(id);
    // an emptied multiple-choice answer is no answer at all
    const heldAnswer = (held?.optionIds.length ?? 0) > 0;
    // the server keeps the highest seq: a local answer at or below it did arrive
    const arrived = !local || (held !== undefined && held.seq >= local.seq);
    if (arrived) {
      if (heldAnswer) out.counted.push(index + 1);
    } else if (heldAnswer) out.earlierCounted.push(index + 1);
    else if (local.optionIds.length > 0) out.lost.push(index + 1);
  });
  return out;
}
