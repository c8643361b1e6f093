import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { parseEnv } from '../config/env.js';
import { importLimits, SheetReader, type ImportLimits } from './sheet-reader.js';

const LIMITS: ImportLimits = {
  maxInflatedBytes: 1024 * 1024,
  maxEntries: 10,
  maxEntryBytes: 1024 * 1024,
  parseTimeoutMs: 300,
  parseMemoryMb: 32,
  parseConcurrency: 2,
};

/** A worker that stands in for the real parser and misbehaves as told. */
function worker(body: string): URL {
  const code = `import { parentPort, workerData } from 'node:worker_threads';\n${body}`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

const file = { originalname: 'don-vi.xlsx', buffer: Buffer.from('PK') };

async function refusal(reader: SheetReader): Promise<AppError> {
  const e = await reader.read(file).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe(SheetReader.name, () => {
  it('hands the worker the file and the archive limits, and gives back its sheet', async () => {
    const echo = worker(
      `parentPort.postMessage({ ok: true, sheet: { header: [workerData.name, String(workerData.buffer.length)], rows: [], formulas: new Set(['2:0']), limits: workerData.limits } });`,
    );
    const sheet = await new SheetReader(LIMITS, echo).read(file);
    expect(sheet).toEqual({
      header: ['don-vi.xlsx', '2'],
      rows: [],
      formulas: new Set(['2:0']),
      limits: { maxInflatedBytes: 1024 * 1024, maxEntries: 10, maxEntryBytes: 1024 * 1024 },
    });
  });

  it("passes the worker's refusal on with its code and parameters", async () => {
    const refuses = worker(
      `parentPort.postMessage({ ok: false, code: 'archive_too_large', params: { maxMb: 1 } });`,
    );
    const e = await refusal(new SheetReader(LIMITS, refuses));
    expect([e.code, e.params]).toEqual(['archive_too_large', { maxMb: 1 }]);
  });

  it('stops a parse that runs past the time cap and answers file_too_complex', async () => {
    const hangs = worker(`setInterval(() => {}, 1000);`);
    const e = await refusal(new SheetReader(LIMITS, hangs));
    expect([e.code, e.params]).toEqual(['file_too_complex', { seconds: 1, memoryMb: 32 }]);
  });

  it('stops a parse that fills its heap and answers file_too_complex', async () => {
    const grows = worker(
      `const kept = []; for (;;) kept.push({ text: 'x'.repeat(100) + Math.random() });`,
    );
    const e = await refusal(new SheetReader({ ...LIMITS, parseTimeoutMs: 60_000 }, grows));
    expect(e.code).toBe('file_too_complex');
  });

  it('parses at most parseConcurrency files at once; the others wait their turn', async () => {
    // Each worker says it started, then waits for the test's go before it answers.
    const held = worker(
      `const channel = new BroadcastChannel('sheet-reader-spec');
       channel.onmessage = (m) => {
         if (m.data !== 'go:' + workerData.name) return;
         channel.close();
         parentPort.postMessage({ ok: true, sheet: { header: [workerData.name], rows: [], formulas: new Set() } });
       };
       channel.postMessage('started:' + workerData.name);`,
    );
    const channel = new BroadcastChannel('sheet-reader-spec');
    const started: string[] = [];
    let onStart: () => void = () => {};
    channel.onmessage = (m) => {
      const text = String((m as MessageEvent).data);
      if (!text.startsWith('started:')) return;
      started.push(text.slice('started:'.length));
      onStart();
    };
    const nextStart = () => new Promise<void>((resolve) => (onStart = resolve));
    try {
      const reader = new SheetReader(
        { ...LIMITS, parseTimeoutMs: 60_000, parseConcurrency: 2 },
        held,
      );
      const first = nextStart();
      const reads = ['a.csv', 'b.csv', 'c.csv'].map((name) =>
        reader.read({ originalname: name, buffer: Buffer.from('x') }),
      );
      await first;
      if (started.length < 2) await nextStart();
      // Two run; the third has not started, and starts only once one of the two has answered.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(started.length).toBe(2);
      const third = nextStart();
      channel.postMessage(`go:${started[0]}`);
      await third;
      expect(started).toHaveLength(3);
      for (const name of started.slice(1)) channel.postMessage(`go:${name}`);
      const sheets = await Promise.all(reads);
      expect(sheets.map((s) => s.header[0])).toEqual(['a.csv', 'b.csv', 'c.csv']);
    } finally {
      channel.close();
    }
  });

  it('reports a worker that dies without answering as a server fault, not a bad file', async () => {
    const dies = worker(`process.exit(3);`);
    await expect(new SheetReader(LIMITS, dies).read(file)).rejects.toThrow(
      'sheet reader stopped before answering (3)',
    );
  });
});

describe(importLimits.name, () => {
  it('turns the megabytes of the environment into bytes', () => {
    const env = parseEnv({ IMPORT_MAX_INFLATED_MB: '3', IMPORT_MAX_ENTRY_MB: '2' });
    expect(importLimits(env)).toEqual({
      maxInflatedBytes: 3 * 1024 * 1024,
      maxEntries: 1000,
      maxEntryBytes: 2 * 1024 * 1024,
      parseTimeoutMs: 20_000,
      parseMemoryMb: 256,
      parseConcurrency: 2,
    });
  });
});
