// Login slip files: the plain codes exist only while accounts are being created (staff-list
// accounts, in rosters) or codes issued in bulk (users), so the slips are rendered then, into
// files kept for their owner (the caller) for SLIP_FILES_MINUTES and
// swept after. The owner's id is in the file name, so any process sharing the directory serves
// them and nobody else's id finds them (404). Kept until expiry, not removed on first download: a
// printer jam must not cost the codes.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';

export type SlipFormat = 'pdf' | 'xlsx';

const FILE = /^([0-9a-f-]{36})\.(pdf|xlsx)$/;

/** One store for every maker of slips (provided by UsersModule, served by GET roster/slips/:file). */
export class SlipFiles {
  constructor(
    private readonly ttlMs: number,
    private readonly dir = join(tmpdir(), 'cchc-login-slips'),
    /** The server clock (ms): a test moving it sees the files expire. */
    private readonly now: () => number = Date.now,
  ) {}

  private path(ownerId: string, token: string, format: SlipFormat): string {
    return join(this.dir, `${ownerId}.${token}.${format}`);
  }

  /** A new token and a writer for each format; old files of anyone are swept first. */
  async create(ownerId: string): Promise<{ token: string; open: (f: SlipFormat) => Writable }> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await this.sweep();
    const token = randomUUID();
    return {
      token,
      open: (f) => createWriteStream(this.path(ownerId, token, f), { mode: 0o600 }),
    };
  }

  /** The file named `<token>.<format>` if it is the owner's and not expired, else null. */
  async find(
    ownerId: string,
    fileName: string,
  ): Promise<{ path: string; format: SlipFormat } | null> {
    const m = FILE.exec(fileName);
    if (!m?.[1] || !m[2]) return null;
    const format = m[2] as SlipFormat;
    const path = this.path(ownerId, m[1], format);
    const s = await stat(path).catch(() => null);
    if (!s || this.now() - s.mtimeMs > this.ttlMs) return null;
    return { path, format };
  }

  /**
   * Removes the files expired by the wall clock, whoever's. Not by the server clock: the
   * directory is shared by every server on the machine, and a test server's clock moved ahead
   * must not sweep the files of the others (`find` alone answers by the server clock).
   */
  async sweep(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      const p = join(this.dir, name);
      const s = await stat(p).catch(() => null);
      if (s && Date.now() - s.mtimeMs > this.ttlMs) await rm(p, { force: true });
    }
  }
}
