import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnyActorRef, SnapshotFrom, Subscription } from 'xstate';

/**
 * Keeps a Lit host in step with part of an actor's snapshot. The host re-renders only when the
 * selected value changes (`Object.is`). Subscribes on connect and unsubscribes on disconnect, so
 * an element that moves in the DOM re-reads the actor instead of going stale.
 */
export class ActorSelectorController<TActor extends AnyActorRef, TSelected> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #selector: (snapshot: SnapshotFrom<TActor>) => TSelected;
  #actor: TActor | undefined;
  #subscription: Subscription | undefined;
  #value: TSelected | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, selector: (snapshot: SnapshotFrom<TActor>) => TSelected) {
    this.#host = host;
    this.#selector = selector;
    host.addController(this);
  }

  get value(): TSelected | undefined {
    return this.#value;
  }

  /** Points the controller at another actor (or none), re-subscribing if the host is connected. */
  setActor(actor: TActor | undefined): void {
    if (actor === this.#actor) return;
    this.#unsubscribe();
    this.#actor = actor;
    this.#subscribe();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe();
  }

  #subscribe(): void {
    const actor = this.#actor;
    if (!actor || !this.#connected || this.#subscription) return;
    this.#update(actor.getSnapshot() as SnapshotFrom<TActor>);
    this.#subscription = actor.subscribe((snapshot) => this.#update(snapshot as SnapshotFrom<TActor>));
  }

  #unsubscribe(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
  }

  #update(snapshot: SnapshotFrom<TActor>): void {
    const next = this.#selector(snapshot);
    if (Object.is(next, this.#value)) return;
    this.#value = next;
    this.#host.requestUpdate();
  }
}
