/**
 * Which leaderboard wins when pushes and snapshots cross on the wire.
 *
 * Every `leaderboard:watch` starts a new epoch (the first one, and one after each reconnect).
 * Within an epoch the version only grows, so an older push is dropped. A snapshot answering a
 * watch is authoritative for its epoch: after a reconnect the server may have restarted and
 * counted versions from zero again, so what was shown in an earlier epoch never blocks it.
 */
export interface ShownBoard {
  version: number;
  epoch: number;
}

export type BoardSource = 'snapshot' | 'push';

export function acceptBoard(
  shown: ShownBoard | null,
  incoming: { version: number },
  epoch: number,
  source: BoardSource,
): boolean {
  if (shown === null) return true;
  if (epoch > shown.epoch) return true;
  if (epoch < shown.epoch) return false; // an answer to a watch that was superseded
  // Same epoch: a push that overtook the snapshot keeps its place if it is newer.
  return source === 'snapshot'
    ? incoming.version >= shown.version
    : incoming.version > shown.version;
}
