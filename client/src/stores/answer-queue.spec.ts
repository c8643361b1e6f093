import { describe, expect, it } from 'vitest';
import { AnswerQueue, backoffMs, type KeyValueStorage, queueKey } from './answer-queue';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const KEY = queueKey('a1');

describe(AnswerQueue.name, () => {
  it('numbers the changes of a question upwards from what the server already holds', () => {
    const queue = new AnswerQueue(memoryStorage(), KEY);
    queue.restore({ q1: { optionIds: ['aaaaaaaa'], seq: 4 } });
    expect(queue.record('q1', ['bbbbbbbb']).seq).toBe(5);
    expect(queue.record('q1', ['cccccccc']).seq).toBe(6);
    expect(queue.record('q2', ['dddddddd']).seq).toBe(1);
  });

  it('keeps only the latest choice per question, in the order the changes were made', () => {
    const queue = new AnswerQueue(memoryStorage(), KEY);
    queue.restore({});
    queue.record('q1', ['aaaaaaaa']);
    queue.record('q2', ['bbbbbbbb']);
    queue.record('q1', ['cccccccc']);
    expect(queue.list()).toEqual([
      { questionId: 'q2', optionIds: ['bbbbbbbb'], seq: 1 },
      { questionId: 'q1', optionIds: ['cccccccc'], seq: 2 },
    ]);
  });

  it('an acknowledgement of an older send does not drop a newer choice made meanwhile', () => {
    const queue = new AnswerQueue(memoryStorage(), KEY);
    queue.restore({});
    const first = queue.record('q1', ['aaaaaaaa']);
    queue.record('q1', ['bbbbbbbb']);
    queue.acknowledge('q1', first.seq);
    expect(queue.get('q1')?.optionIds).toEqual(['bbbbbbbb']);
    queue.acknowledge('q1', 2);
    expect(queue.size).toBe(0);
  });

  it('survives a reload: unsent answers and the prediction come back from storage', () => {
    const storage = memoryStorage();
    const before = new AnswerQueue(storage, KEY);
    before.restore({});
    before.record('q1', ['aaaaaaaa']);
    before.record('q2', ['bbbbbbbb']);
    before.acknowledge('q1', 1);
    before.prediction = 12;

    const after = new AnswerQueue(storage, KEY);
    // the server got q1 before the reload, q2 never arrived
    const resend = after.restore({ q1: { optionIds: ['aaaaaaaa'], seq: 1 } });
    expect(resend).toEqual([{ questionId: 'q2', optionIds: ['bbbbbbbb'], seq: 1 }]);
    expect(after.prediction).toBe(12);
    expect(after.record('q2', ['cccccccc']).seq).toBe(2);
  });

  it('after a reload, drops local answers the server already holds at the same or a newer seq', () => {
    const storage = memoryStorage();
    const before = new AnswerQueue(storage, KEY);
    before.restore({});
    before.record('q1', ['aaaaaaaa']); // sent, but the tab closed before the answer came back

    const after = new AnswerQueue(storage, KEY);
    expect(after.restore({ q1: { optionIds: ['aaaaaaaa'], seq: 1 } })).toEqual([]);
    expect(storage.data.has(KEY)).toBe(false);
  });

  it('ignores a corrupt storage entry and keeps the server copy', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, '{not json');
    const queue = new AnswerQueue(storage, KEY);
    expect(queue.restore({ q1: { optionIds: ['aaaaaaaa'], seq: 3 } })).toEqual([]);
    expect(queue.record('q1', []).seq).toBe(4);
  });

  it('forgets everything local once the attempt is submitted', () => {
    const storage = memoryStorage();
    const queue = new AnswerQueue(storage, KEY);
    queue.restore({});
    queue.record('q1', ['aaaaaaaa']);
    queue.prediction = 3;
    queue.clear();
    expect(queue.size).toBe(0);
    expect(storage.data.size).toBe(0);
  });

  it('still works without storage (private mode)', () => {
    const queue = new AnswerQueue(null, KEY);
    queue.restore({});
    expect(queue.record('q1', ['aaaaaaaa']).seq).toBe(1);
  });
});

describe('backoffMs', () => {
  it('doubles from one second and stops at thirty', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((n) => backoffMs(n))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(backoffMs(0)).toBe(0);
  });
});
