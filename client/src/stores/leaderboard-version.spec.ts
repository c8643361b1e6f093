import { describe, expect, it } from 'vitest';
import { acceptBoard } from './leaderboard-version';

describe('acceptBoard', () => {
  it('shows the first board whatever its version', () => {
    expect(acceptBoard(null, { version: 0 }, 1, 'push')).toBe(true);
    expect(acceptBoard(null, { version: 7 }, 1, 'snapshot')).toBe(true);
  });

  it('drops a push older than or equal to the board shown', () => {
    const shown = { version: 5, epoch: 1 };
    expect(acceptBoard(shown, { version: 4 }, 1, 'push')).toBe(false);
    expect(acceptBoard(shown, { version: 5 }, 1, 'push')).toBe(false);
    expect(acceptBoard(shown, { version: 6 }, 1, 'push')).toBe(true);
  });

  it('keeps a push that overtook the snapshot of the same watch', () => {
    const pushed = { version: 9, epoch: 2 };
    expect(acceptBoard(pushed, { version: 8 }, 2, 'snapshot')).toBe(false);
    expect(acceptBoard(pushed, { version: 9 }, 2, 'snapshot')).toBe(true);
  });

  it('after a reconnect, takes the fresh snapshot even when the server counts from zero again', () => {
    const beforeRestart = { version: 120, epoch: 1 };
    expect(acceptBoard(beforeRestart, { version: 1 }, 2, 'snapshot')).toBe(true);
  });

  it('ignores the late answer to a watch that a newer watch replaced', () => {
    const shown = { version: 1, epoch: 3 };
    expect(acceptBoard(shown, { version: 50 }, 2, 'snapshot')).toBe(false);
  });
});
