import { Global, Injectable, Logger, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Events go up, calls go down (docs/architecture.md). A lower feature that must tell a higher
 * one something publishes a typed event here; the higher feature subscribes in its module. The
 * publisher names the event and its payload by adding to these interfaces from its own folder
 * (`declare module '../common/events.js'`), so this file never imports a feature.
 *
 * Facts that happened: published after the commit, heard synchronously in the publisher's turn
 * (the same timing as the direct call each replaced). A listener's error is logged, never
 * thrown at the publisher: the fact is already committed.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEvents {}

/**
 * Steps a higher feature adds to a lower one's transaction (a unit merge also moves the staff
 * list): awaited in order inside the transaction, so a failure rolls the whole change back.
 * Each payload carries the `em` to run on.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainSteps {}

type Listener<T> = (payload: T) => void;
type Step<T> = (payload: T & { em: EntityManager }) => Promise<void>;

@Injectable()
export class EventBus {
  private readonly log = new Logger(EventBus.name);
  private readonly listeners = new Map<string, Listener<never>[]>();
  private readonly steps = new Map<string, Step<never>[]>();

  on<K extends keyof DomainEvents & string>(name: K, listener: Listener<DomainEvents[K]>): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener as Listener<never>]);
  }

  /** Call after the commit: every listener hears it now, in the order they subscribed. */
  publish<K extends keyof DomainEvents & string>(name: K, payload: DomainEvents[K]): void {
    for (const listener of this.listeners.get(name) ?? []) {
      try {
        (listener as Listener<DomainEvents[K]>)(payload);
      } catch (e) {
        this.log.error(e);
      }
    }
  }

  step<K extends keyof DomainSteps & string>(name: K, step: Step<DomainSteps[K]>): void {
    this.steps.set(name, [...(this.steps.get(name) ?? []), step as Step<never>]);
  }

  /** Inside the transaction: runs every step in turn; the first failure fails the transaction. */
  async run<K extends keyof DomainSteps & string>(
    name: K,
    payload: DomainSteps[K] & { em: EntityManager },
  ): Promise<void> {
    for (const step of this.steps.get(name) ?? []) await (step as Step<DomainSteps[K]>)(payload);
  }
}

/** The one bus, for every module. */
@Global()
@Module({ providers: [EventBus], exports: [EventBus] })
export class EventsModule {}
