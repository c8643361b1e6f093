import { describe, expect, it } from 'vitest';
import { useLoad } from './use-load';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const text = (err: unknown) => (err instanceof Error ? err.message : 'unexpected');

describe('useLoad', () => {
  it('shows loading while it runs, then applies the answer', async () => {
    const answer = deferred<number>();
    let applied: number | null = null;
    const { loading, loadError, load } = useLoad(
      () => answer.promise,
      (v) => (applied = v),
      text,
    );
    const run = load();
    expect(loading.value).toBe(true);
    answer.resolve(42);
    await run;
    expect(applied).toBe(42);
    expect(loading.value).toBe(false);
    expect(loadError.value).toBeNull();
  });

  it('turns a failure into the error text and clears it on the next load', async () => {
    let fail = true;
    const { loadError, load } = useLoad(
      async () => {
        if (fail) throw new Error('offline');
        return 1;
      },
      () => undefined,
      text,
    );
    await load();
    expect(loadError.value).toBe('offline');
    fail = false;
    await load();
    expect(loadError.value).toBeNull();
  });

  it('drops the answer of a load overtaken by a newer one', async () => {
    const calls = [deferred<string>(), deferred<string>()];
    let n = 0;
    const applied: string[] = [];
    const { loading, loadError, load } = useLoad(
      () => calls[n++]!.promise,
      (v) => applied.push(v),
      text,
    );
    const first = load();
    const second = load();
    calls[1]!.resolve('new');
    await second;
    calls[0]!.reject(new Error('old failure'));
    await first;
    expect(applied).toEqual(['new']);
    expect(loadError.value).toBeNull();
    expect(loading.value).toBe(false);
  });
});
