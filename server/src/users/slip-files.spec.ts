import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlipFiles } from './slip-files.js';

const OWNER = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const MINUTE = 60_000;

describe('SlipFiles', () => {
  let dir: string;
  let shift: number; // how far the server clock stands ahead of the wall clock
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'slip-files-'));
    shift = 0;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function made(files: SlipFiles, owner = OWNER): Promise<string> {
    const { token, open } = await files.create(owner);
    for (const f of ['pdf', 'xlsx'] as const) {
      const w = open(f);
      w.end(`slips ${f}`);
      await finished(w);
    }
    return token;
  }

  it('serves its owner until the time is up by the server clock, then answers nothing', async () => {
    const files = new SlipFiles(10 * MINUTE, dir, () => Date.now() + shift);
    const token = await made(files);
    expect(await files.find(OWNER, `${token}.pdf`)).toMatchObject({ format: 'pdf' });
    expect(await files.find(OTHER, `${token}.pdf`)).toBeNull();
    expect(await files.find(OWNER, `${token}.doc`)).toBeNull();
    expect(await files.find(OWNER, `../${token}.pdf`)).toBeNull();
    shift = 9 * MINUTE;
    expect(await files.find(OWNER, `${token}.xlsx`)).toMatchObject({ format: 'xlsx' });
    shift = 11 * MINUTE;
    expect(await files.find(OWNER, `${token}.xlsx`)).toBeNull();
    expect(await files.find(OWNER, `${token}.pdf`)).toBeNull();
  });

  it('sweeps by the wall clock only: a clock moved ahead removes no one’s files', async () => {
    const files = new SlipFiles(10 * MINUTE, dir, () => Date.now() + shift);
    await made(files);
    shift = 60 * MINUTE;
    await made(files, OTHER); // sweeps first
    expect(await readdir(dir)).toHaveLength(4);
    // with a TTL already passed by the wall clock, the sweep removes the old files
    const strict = new SlipFiles(0, dir);
    await new Promise((r) => setTimeout(r, 5));
    await strict.sweep();
    expect(await readdir(dir)).toHaveLength(0);
  });
});
