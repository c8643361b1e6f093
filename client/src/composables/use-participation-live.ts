import type { ParticipationUpdate } from '@cchc/contracts';
import { type Ref, onBeforeUnmount, ref, watch } from 'vue';
import { ensureSocketIdentity, useSocket } from '@/api/socket';

/** Pushes come coalesced by the server; the dashboard refetches at most this often. */
export const PARTICIPATION_REFETCH_MS = 1000;

/**
 * Watches a contest's participation over the socket while `contestId` is set (the dashboard sets
 * it while a round of the shown contest is open). A push is only a signal: `refetch` reads the
 * caller's own, scoped report again, at most once a second.
 */
export function useParticipationLive(contestId: Ref<string | null>, refetch: () => void) {
  const socket = useSocket();
  /** The server accepted the watch. */
  const live = ref(false);
  let watching: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function join() {
    const id = watching;
    if (!id) return;
    socket.emit('participation:watch', { contestId: id }, (ack) => {
      if (watching === id) live.value = ack.ok;
    });
  }

  function onUpdate(update: ParticipationUpdate) {
    if (!watching || update.contestId !== watching || timer) return;
    timer = setTimeout(() => {
      timer = null;
      if (watching) refetch();
    }, PARTICIPATION_REFETCH_MS);
  }
  function onConnect() {
    // a new connection has joined no room yet
    join();
  }
  function onDisconnect() {
    live.value = false;
  }

  socket.on('participation:updated', onUpdate);
  socket.on('connect', onConnect);
  socket.on('disconnect', onDisconnect);

  function leave() {
    if (watching && socket.connected) socket.emit('participation:unwatch', { contestId: watching });
    watching = null;
    live.value = false;
    if (timer) clearTimeout(timer);
    timer = null;
  }

  watch(
    contestId,
    (id) => {
      if (id === watching) return;
      leave();
      if (!id) return;
      watching = id;
      ensureSocketIdentity();
      if (socket.connected) join();
      else if (!socket.active) socket.connect();
      // otherwise onConnect joins as soon as the connection is up
    },
    { immediate: true },
  );

  onBeforeUnmount(() => {
    leave();
    socket.off('participation:updated', onUpdate);
    socket.off('connect', onConnect);
    socket.off('disconnect', onDisconnect);
  });

  return { live };
}
