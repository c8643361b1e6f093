import type { LeaderboardUpdate } from '@cchc/contracts';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { ensureSocketIdentity, useSocket } from '@/api/socket';
import { clockOffset } from '@/composables/use-server-clock';
import { type BoardSource, type ShownBoard, acceptBoard } from './leaderboard-version';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

/** A round's live leaderboard over socket.io: a snapshot on watch, then pushed changes. */
export const useLeaderboardStore = defineStore('leaderboard', () => {
  const socket = useSocket();

  const board = shallowRef<LeaderboardUpdate | null>(null);
  const connection = ref<ConnectionState>(socket.connected ? 'connected' : 'connecting');
  const error = ref<string | null>(null);
  /** Device time when the board last changed (for "updated … ago"). */
  const receivedAt = ref<number | null>(null);
  /** Server clock minus device clock, measured on the last push (for a server-true clock). */
  const serverOffset = ref(0);

  let watching: { roundId: string; limit: number } | null = null;
  let shown: ShownBoard | null = null;
  let epoch = 0;

  function show(update: LeaderboardUpdate, atEpoch: number, source: BoardSource) {
    if (!watching || update.roundId !== watching.roundId) return;
    if (!acceptBoard(shown, update, atEpoch, source)) return;
    shown = { version: update.version, epoch: atEpoch };
    board.value = update;
    receivedAt.value = Date.now();
  }

  function requestSnapshot() {
    if (!watching) return;
    const thisEpoch = ++epoch;
    const { roundId, limit } = watching;
    socket.emit('leaderboard:watch', { roundId, limit }, (ack) => {
      if (ack.ok) {
        error.value = null;
        show(ack.data, thisEpoch, 'snapshot');
      } else if (thisEpoch === epoch) {
        error.value = ack.error.message;
      }
    });
  }

  socket.on('connect', () => {
    connection.value = 'connected';
    // a new connection has joined no room yet: ask again, the answer is a fresh snapshot
    requestSnapshot();
  });
  socket.on('disconnect', () => {
    connection.value = 'reconnecting';
  });
  socket.io.on('reconnect_attempt', () => {
    connection.value = 'reconnecting';
  });
  socket.on('leaderboard:updated', (update) => {
    // a push is stamped when sent; a snapshot may carry the time of an older change
    serverOffset.value = clockOffset(update.emittedAt, Date.now());
    show(update, epoch, 'push');
  });

  function watch(roundId: string, limit = 20) {
    if (watching?.roundId !== roundId) {
      board.value = null;
      shown = null;
    }
    watching = { roundId, limit };
    error.value = null;
    ensureSocketIdentity();
    if (socket.connected) requestSnapshot();
    else if (!socket.active) socket.connect();
    // otherwise the 'connect' handler asks as soon as the connection is up
  }

  function unwatch() {
    if (watching && socket.connected) {
      socket.emit('leaderboard:unwatch', { roundId: watching.roundId });
    }
    watching = null;
    shown = null;
    board.value = null;
    error.value = null;
  }

  const rows = computed(() => board.value?.top ?? []);
  const total = computed(() => board.value?.total ?? 0);

  return { board, rows, total, connection, error, receivedAt, serverOffset, watch, unwatch };
});
