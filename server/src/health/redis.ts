export const REDIS = Symbol('REDIS');
export interface RedisLike {
  /** ioredis: 'ready' while connected; 'connecting', 'reconnecting'… while Redis is away. */
  readonly status: string;
  ping(): Promise<unknown>;
  quit(): Promise<unknown>;
}
