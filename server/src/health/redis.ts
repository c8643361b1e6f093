export const REDIS = Symbol('REDIS');
export interface RedisLike {
  ping(): Promise<unknown>;
  quit(): Promise<unknown>;
}
