import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RosterAccountsProgressTracker } from './roster-accounts-progress.js';
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

describe('RosterAccountsProgressTracker', () => {
  it('tells the owner how far the call is, keeps it a while after the end, then forgets', () => {
    let now = 1_000_000;
    const t = new RosterAccountsProgressTracker(5 * MINUTE, () => now);
    expect(t.start('p1', OWNER, 2500)).toBe(true);
    expect(t.start('p1', OTHER, 1)).toBe(false);
    expect(t.get('p1', OWNER)).toEqual({ phase: 'accounts', done: 0, total: 2500 });
    expect(t.get('p1', OTHER)).toBeNull();
    t.update('p1', { done: 1000 });
    expect(t.get('p1', OWNER)).toEqual({ phase: 'accounts', done: 1000, total: 2500 });
    // a long call is never forgotten while it runs
    now += 60 * MINUTE;
    t.update('p1', { done: 2500 });
    t.update('p1', { phase: 'slips' });
    expect(t.get('p1', OWNER)).toEqual({ phase: 'slips', done: 2500, total: 2500 });
    t.update('p1', { phase: 'done' });
    now += 5 * MINUTE;
    expect(t.get('p1', OWNER)).toEqual({ phase: 'done', done: 2500, total: 2500 });
    now += 1;
    expect(t.get('p1', OWNER)).toBeNull();
    // forgotten entries are swept on the next start, and their id is free again
    expect(t.start('p1', OTHER, 3)).toBe(true);
    expect(t.get('p1', OTHER)).toEqual({ phase: 'accounts', done: 0, total: 3 });
  });
});
