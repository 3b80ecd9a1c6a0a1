import type { ServerEvent } from '../../shared/contract/index.ts';

export type EventListener = (event: ServerEvent) => void;

/** Fans server events out to the transports (IPC windows, WebSocket clients). */
export class EventBus {
  readonly #listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: ServerEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (err) {
        console.error('event listener failed', err);
      }
    }
  }
}
