import { describe, expect, it } from 'vitest';
import { countedAnswers } from './counted-answers';

const QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5'];

describe('countedAnswers', () => {
  it('counts what the server held when time ran out and names what never arrived', () => {
    const result = countedAnswers(
      QUESTIONS,
      {
        q1: { optionIds: ['a'], seq: 1 },
        q2: { optionIds: ['b'], seq: 1 },
      },
      [
        { questionId: 'q3', optionIds: ['c'], seq: 1 },
        { questionId: 'q4', optionIds: ['d'], seq: 1 },
      ],
    );
    expect(result).toEqual({ counted: [1, 2], earlierCounted: [], lost: [3, 4] });
  });

  it('a change that did not arrive leaves the earlier saved answer counting', () => {
    const result = countedAnswers(QUESTIONS, { q2: { optionIds: ['a'], seq: 1 } }, [
      { questionId: 'q2', optionIds: ['b'], seq: 2 },
    ]);
    expect(result).toEqual({ counted: [], earlierCounted: [2], lost: [] });
  });

  it('an answer still listed on the device but already held by the server counted', () => {
    // the acknowledgement was lost on the way back: the server holds this seq or a later one
    const result = countedAnswers(QUESTIONS, { q5: { optionIds: ['e'], seq: 3 } }, [
      { questionId: 'q5', optionIds: ['e'], seq: 3 },
    ]);
    expect(result).toEqual({ counted: [5], earlierCounted: [], lost: [] });
  });

  it('an emptied multiple-choice answer is neither counted nor lost', () => {
    const result = countedAnswers(
      QUESTIONS,
      { q1: { optionIds: [], seq: 2 }, q2: { optionIds: ['a'], seq: 1 } },
      [
        { questionId: 'q2', optionIds: [], seq: 2 },
        { questionId: 'q3', optionIds: [], seq: 1 },
      ],
    );
    expect(result).toEqual({ counted: [], earlierCounted: [2], lost: [] });
  });
});
