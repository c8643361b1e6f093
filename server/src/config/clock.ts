/** The server owns time: rules code asks the clock, so tests can move it. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * Test-only clock (TEST_HOOKS=true): real time shifted by an offset, or frozen at a fixed instant,
 * so deadline tests can stand exactly 1 ms before or after a boundary.
 */
export class AdjustableClock extends Clock {
  private offsetMs = 0;
  private frozen: number | null = null;

  now(): Date {
    return new Date(this.frozen ?? Date.now() + this.offsetMs);
  }

  set(opts: { at?: number | null; offsetMs?: number }): void {
    if (opts.at !== undefined) this.frozen = opts.at;
    if (opts.offsetMs !== undefined) this.offsetMs = opts.offsetMs;
  }
}
