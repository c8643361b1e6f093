export const REDIS = Symbol('REDIS');
export interface RedisLike {
  /** ioredis: 'ready' while connected; 'connecting', 'reconnecting'… while Redis is away. */
  readonly status: string;
  ping(): Promise<unknown>;
  quit(): Promise<unknown>;
}

/**
 * ioredis reports every failed reconnect as an 'error' event, printed with a stack trace as an
 * "Unhandled error event" when nobody listens: one line when Redis goes away, one when it is back.
 */
export function reportOutages(
  client: { on(event: string, listener: (e: Error) => void): unknown },
  name: string,
  log: (msg: string) => void,
): void {
  let down = false;
  client.on('error', (e) => {
    if (down) return;
    down = true;
    log(`Redis (${name}) unreachable, reconnecting: ${e.message}`);
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    log(`Redis (${name}) is back`);
  });
}
