// A small streaming ZIP writer: entries one after another, deflated as they come, with the
// destination's backpressure honoured. Enough for an .xlsx; no ZIP64 (every size and offset must
// stay under 4 GB), no encryption, one disk.
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import {
  CENTRAL_HEADER,
  DATA_DESCRIPTOR,
  END_OF_CENTRAL,
  FLAG_DATA_DESCRIPTOR,
  FLAG_UTF8,
  LOCAL_HEADER,
  METHOD_DEFLATE,
} from './zip-format.js';

/**
 * A streamed entry is gathered until it holds MIN_CHUNK bytes, then deflated in pieces of at most
 * MAX_CHUNK: each deflate call has a fixed cost (a fresh zlib state) and ends with a few bytes of
 * flush, so not too small; memory stays bounded.
 */
const MIN_CHUNK = 64 * 1024;
const MAX_CHUNK = 512 * 1024;
const MAX_U32 = 0xfffffffe; // 0xFFFFFFFF means "see the ZIP64 record"
const VERSION = 20; // 2.0: deflate, data descriptors

export interface ZipWriterOptions {
  /** Deflate level, 0–9; default 1 (fast: an export is mostly compression time above that). */
  level?: number;
  /**
   * Modification time stamped on every entry. ZIP (DOS) times carry no zone: the UTC fields of
   * this Date are written as they are. Default: now, in UTC.
   */
  modified?: Date;
}

interface CentralRecord {
  name: Buffer;
  flags: number;
  crc: number;
  compressed: number;
  uncompressed: number;
  offset: number;
}

function checkSize(n: number, what: string): number {
  if (n > MAX_U32) throw new Error(`zip: ${what} exceeds 4 GB (ZIP64 is not supported)`);
  return n;
}

/** DOS date and time of `d`'s UTC fields (2-second resolution, years 1980–2107). */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/**
 * Writes a ZIP archive to `out`. Every method that writes is async and resolves once `out` has
 * room again; it rejects if `out` fails or closes first, and every call after that rejects too.
 * `finish()` writes the central directory and ends `out`.
 */
export class ZipWriter {
  private readonly level: number;
  private readonly stamp: { date: number; time: number };
  private readonly records: CentralRecord[] = [];
  private readonly names = new Set<string>();
  private offset = 0;
  private open: ZipEntry | null = null;
  private finished = false;
  private failure: Error | null = null;
  private readonly onError = (err: Error) => {
    this.failure ??= err;
  };
  private readonly onClose = () => {
    this.failure ??= new Error('zip: destination closed before the archive was finished');
  };

  constructor(
    private readonly out: Writable,
    opts: ZipWriterOptions = {},
  ) {
    this.level = opts.level ?? 1;
    this.stamp = dosDateTime(opts.modified ?? new Date());
    out.on('error', this.onError);
    out.on('close', this.onClose);
  }

  /** Adds a whole entry held in memory (small parts: XML headers, styles). */
  async addFile(name: string, data: string | Buffer): Promise<void> {
    this.assertIdle();
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const body = deflateRawSync(raw, { level: this.level });
    const record = this.record(name, FLAG_UTF8);
    record.crc = crc32(raw);
    record.uncompressed = checkSize(raw.length, name);
    record.compressed = checkSize(body.length, name);
    await this.emit(this.localHeader(record));
    await this.emit(body);
  }

  /**
   * Starts an entry whose size is not known yet: its data is compressed as it is written, and
   * its CRC and sizes follow it in a data descriptor. Only one entry can be open at a time.
   */
  async openEntry(name: string): Promise<ZipEntry> {
    this.assertIdle();
    const record = this.record(name, FLAG_UTF8 | FLAG_DATA_DESCRIPTOR);
    await this.emit(this.localHeader(record));
    this.open = new ZipEntry(this, record, this.level);
    return this.open;
  }

  /** Writes the central directory, ends `out` and waits until it has taken every byte. */
  async finish(): Promise<void> {
    this.assertIdle();
    this.finished = true;
    const start = this.offset;
    for (const r of this.records) await this.emit(this.centralHeader(r));
    const size = checkSize(this.offset - start, 'central directory');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL, 0);
    end.writeUInt16LE(this.records.length, 8);
    end.writeUInt16LE(this.records.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(checkSize(start, 'central directory offset'), 16);
    await this.emit(end);
    this.out.off('close', this.onClose);
    this.out.end();
    try {
      await finished(this.out);
    } finally {
      this.out.off('error', this.onError);
    }
  }

  /** @internal Writes bytes to `out`, waiting while it is full. */
  async emit(buf: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.out.destroyed || this.out.writableEnded) {
      throw (this.failure = new Error('zip: destination closed before the archive was finished'));
    }
    this.offset += buf.length;
    if (this.out.write(buf)) return;
    await new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        this.out.off('drain', onDrain);
        this.out.off('error', done);
        this.out.off('close', onClose);
        if (err) reject(err);
        else resolve();
      };
      const onDrain = () => done();
      const onClose = () =>
        done(this.failure ?? new Error('zip: destination closed before it drained'));
      this.out.on('drain', onDrain);
      this.out.on('error', done);
      this.out.on('close', onClose);
    });
  }

  /** @internal Called by the open entry once its descriptor is written. */
  closed(entry: ZipEntry): void {
    if (this.open === entry) this.open = null;
  }

  private assertIdle(): void {
    if (this.failure) throw this.failure;
    if (this.finished) throw new Error('zip: archive already finished');
    if (this.open) throw new Error('zip: an entry is still open');
  }

  private record(name: string, flags: number): CentralRecord {
    if (this.names.has(name)) throw new Error(`zip: duplicate entry ${name}`);
    if (this.records.length >= 0xffff) throw new Error('zip: too many entries');
    this.names.add(name);
    const record: CentralRecord = {
      name: Buffer.from(name, 'utf8'),
      flags,
      crc: 0,
      compressed: 0,
      uncompressed: 0,
      offset: checkSize(this.offset, 'archive'),
    };
    if (record.name.length > 0xffff) throw new Error('zip: entry name too long');
    this.records.push(record);
    return record;
  }

  private localHeader(r: CentralRecord): Buffer {
    const h = Buffer.alloc(30 + r.name.length);
    h.writeUInt32LE(LOCAL_HEADER, 0);
    h.writeUInt16LE(VERSION, 4);
    h.writeUInt16LE(r.flags, 6);
    h.writeUInt16LE(METHOD_DEFLATE, 8);
    h.writeUInt16LE(this.stamp.time, 10);
    h.writeUInt16LE(this.stamp.date, 12);
    // With a data descriptor, CRC and sizes are zero here and follow the data.
    h.writeUInt32LE(r.crc >>> 0, 14);
    h.writeUInt32LE(r.compressed, 18);
    h.writeUInt32LE(r.uncompressed, 22);
    h.writeUInt16LE(r.name.length, 26);
    h.writeUInt16LE(0, 28);
    r.name.copy(h, 30);
    return h;
  }

  private centralHeader(r: CentralRecord): Buffer {
    const h = Buffer.alloc(46 + r.name.length);
    h.writeUInt32LE(CENTRAL_HEADER, 0);
    h.writeUInt16LE(VERSION, 4); // made by: MS-DOS, 2.0
    h.writeUInt16LE(VERSION, 6);
    h.writeUInt16LE(r.flags, 8);
    h.writeUInt16LE(METHOD_DEFLATE, 10);
    h.writeUInt16LE(this.stamp.time, 12);
    h.writeUInt16LE(this.stamp.date, 14);
    h.writeUInt32LE(r.crc >>> 0, 16);
    h.writeUInt32LE(r.compressed, 20);
    h.writeUInt32LE(r.uncompressed, 24);
    h.writeUInt16LE(r.name.length, 28);
    // extra, comment, disk number, internal and external attributes: 0
    h.writeUInt32LE(r.offset, 42);
    r.name.copy(h, 46);
    return h;
  }
}

/**
 * An entry being streamed. Data is gathered into pieces of at least 64 KB; each piece is
 * deflated on its own and ends with a sync flush (an empty stored block, byte-aligned, not
 * final), so the pieces join into one valid deflate stream, closed by the final piece. A piece
 * cannot refer back into the one before it: ~0.5% larger than one long stream for 256 KB pieces
 * (priming each with the previous 32 KB as a dictionary gains that back for ~7% more CPU).
 * Synchronous deflate keeps the order of bytes and the accounting of CPU simple: one 256 KB
 * piece takes ~1 ms.
 */
export class ZipEntry {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private crc = 0;
  private uncompressed = 0;
  private compressed = 0;
  private ended = false;
  private busy = false;

  /** @internal */
  constructor(
    private readonly zip: ZipWriter,
    private readonly record: CentralRecord,
    private readonly level: number,
  ) {}

  /**
   * Appends data; resolves when the destination can take more. As with Writable.write, a Buffer
   * must not be modified afterwards: it may be held until enough data has gathered.
   */
  async write(data: string | Buffer): Promise<void> {
    this.assertReady();
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (buf.length === 0) return;
    this.pending.push(buf);
    this.pendingBytes += buf.length;
    if (this.pendingBytes < MIN_CHUNK) return;
    const raw = this.pending.length === 1 ? buf : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.busy = true;
    try {
      for (let at = 0; at < raw.length; at += MAX_CHUNK) {
        await this.compress(raw.subarray(at, at + MAX_CHUNK), false);
      }
    } finally {
      this.busy = false;
    }
  }

  /** Compresses what is left, writes the data descriptor and closes the entry. */
  async end(): Promise<void> {
    this.assertReady();
    this.ended = true;
    const rest = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    await this.compress(rest, true);
    const r = this.record;
    r.crc = this.crc;
    r.uncompressed = this.uncompressed;
    r.compressed = this.compressed;
    const d = Buffer.alloc(16);
    d.writeUInt32LE(DATA_DESCRIPTOR, 0);
    d.writeUInt32LE(r.crc >>> 0, 4);
    d.writeUInt32LE(r.compressed, 8);
    d.writeUInt32LE(r.uncompressed, 12);
    await this.zip.emit(d);
    this.zip.closed(this);
  }

  private assertReady(): void {
    if (this.ended) throw new Error('zip: entry already ended');
    // Chunks must reach the destination in order: one write at a time.
    if (this.busy) throw new Error('zip: write() called before the previous write resolved');
  }

  private async compress(raw: Buffer, last: boolean): Promise<void> {
    const body = deflateRawSync(raw, {
      level: this.level,
      finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    });
    // Skipped for empty data: an empty Buffer may have no memory behind it, and zlib's crc32
    // answers 0, not `value`, for a null pointer (seen with Node 20.20).
    if (raw.length > 0) this.crc = crc32(raw, this.crc);
    this.uncompressed = checkSize(this.uncompressed + raw.length, 'entry');
    this.compressed = checkSize(this.compressed + body.length, 'compressed entry');
    await this.zip.emit(body);
  }
}
