import { events, type EventName, type EventPayload } from '../../../shared/contract';

/** A listener that receives every event, for a transport to forward. */
export type EventListener = (name: EventName, payload: unknown) => void;

/** Fans events from services out to the transports (IPC windows, preview WebSockets). Payloads are
 * checked against the contract when emitted, so a malformed event is caught at its source. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  /** Sends an event to every subscribed transport. */
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    const checked = events[name].payload.parse(payload);
    for (const listener of this.listeners) listener(name, checked);
  }

  /** Subscribes to every event; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
