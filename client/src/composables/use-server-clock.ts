import { getCurrentScope, onScopeDispose, readonly, ref } from 'vue';

/**
 * The server owns time. A phone's clock may be minutes off, so every countdown is computed
 * from the server's `now` and the gap to the device clock measured when that answer arrived.
 */
export function clockOffset(serverNow: string | number, receivedAt: number): number {
  const server = typeof serverNow === 'number' ? serverNow : Date.parse(serverNow);
  return Number.isFinite(server) ? server - receivedAt : 0;
}

/** Milliseconds left until `deadline`, never negative. */
export function remainingMs(deadline: string, offsetMs: number, clientNow: number): number {
  const end = Date.parse(deadline);
  if (!Number.isFinite(end)) return 0;
  return Math.max(0, end - (clientNow + offsetMs));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A countdown: whole seconds rounded up (so it reads 00:00 only when time is really up). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/** Time taken: mm:ss, or mm:ss.s with tenths (the projector breaks ties visibly). */
export function formatDuration(ms: number, tenths = false): string {
  const safe = Math.max(0, Math.floor(ms));
  if (tenths) {
    const totalTenths = Math.floor(safe / 100);
    const m = Math.floor(totalTenths / 600);
    const s = Math.floor((totalTenths % 600) / 10);
    return `${pad(m)}:${pad(s)}.${totalTenths % 10}`;
  }
  const total = Math.floor(safe / 1000);
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/**
 * A ticking server clock: `sync()` with each server timestamp received, read `now` (server epoch
 * ms) in templates. The timer stops with the component or effect scope that created it.
 */
export function useServerClock(tickMs = 250) {
  const offset = ref(0);
  const now = ref(Date.now());

  function sync(serverNow: string | number, receivedAt = Date.now()) {
    offset.value = clockOffset(serverNow, receivedAt);
    now.value = Date.now() + offset.value;
  }

  const timer = setInterval(() => (now.value = Date.now() + offset.value), tickMs);
  const stop = () => clearInterval(timer);
  if (getCurrentScope()) onScopeDispose(stop);

  return { offset: readonly(offset), now: readonly(now), sync, stop };
}
